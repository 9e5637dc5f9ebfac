import {
  type Decimal,
  type OrderRequest,
  type PreTradeCheck,
  type PreTradeContext,
  type PreTradeDecision,
  parseWith,
} from '@aitrade/core'
import { z } from 'zod'
import { AmountLimits, fractionOfEquity, riskReason } from './decision.js'
import { CheckNameSchema, EquityFractionSchema, PositiveAmountSchema } from './limitSchemas.js'
import { contractSizeOf, currentNet, netBySymbol, orderSign } from './positionMath.js'

const Schema = z
  .object({
    name: CheckNameSchema,
    maxEquityFraction: EquityFractionSchema.optional(),
    maxNotional: PositiveAmountSchema.optional(),
    maxAmount: PositiveAmountSchema.optional(),
  })
  .refine((c) => c.maxEquityFraction !== undefined || c.maxNotional !== undefined || c.maxAmount !== undefined, {
    message: 'give at least one of maxEquityFraction, maxNotional, maxAmount',
    path: ['maxEquityFraction'],
  })

/** Options of {@link maxPositionSize}. At least one limit is required; every limit given applies. */
export interface MaxPositionSizeOptions {
  /** Check name used in reasons. Default `maxPositionSize`. */
  name?: string
  /** Largest position notional as a fraction of equity (`0.2` = 20 %); notional = |lots| × contractSize × price. */
  maxEquityFraction?: number
  /** Largest position notional, quote currency (taken to be the account currency). */
  maxNotional?: Decimal.Value
  /** Largest position, in lots. */
  maxAmount?: Decimal.Value
}

/**
 * Pre-trade check limiting the position in the order's symbol after the order fills (netting view: the order's
 * signed amount is added to the net position). Orders that do not increase the position pass; otherwise the order is
 * resized to the largest amount that keeps the position within every limit (rounded down to the lot step) or
 * rejected, with code `MAX_POSITION_SIZE`.
 *
 * @param options - Limits; see {@link MaxPositionSizeOptions} for units.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field (e.g. `options.maxNotional`).
 *
 * @example
 * ```ts
 * import { maxPositionSize } from '@aitrade/risk'
 *
 * const check = maxPositionSize({ maxEquityFraction: 0.2, maxAmount: '100' })
 * check.name // 'maxPositionSize'
 * ```
 */
export function maxPositionSize(options: MaxPositionSizeOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'maxPositionSize'
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      const n = currentNet(order, netBySymbol(ctx))
      const s = orderSign(order)
      const after = n.add(order.amount.mul(s)).abs()
      const perLot = contractSizeOf(order.symbol, order, ctx).mul(ctx.price)
      const limits = new AmountLimits(order)
      const code = 'MAX_POSITION_SIZE'
      if (cfg.maxAmount !== undefined) {
        const max = cfg.maxAmount
        limits.absNet(n, s, max, () => riskReason(name, code, `position would be ${after} lots > ${max}`, max, after))
      }
      if (cfg.maxNotional !== undefined) {
        const max = cfg.maxNotional
        const actual = after.mul(perLot)
        limits.absNet(n, s, max.div(perLot), () =>
          riskReason(name, code, `position notional would be ${actual} > ${max}`, max, actual),
        )
      }
      if (cfg.maxEquityFraction !== undefined) {
        const f = cfg.maxEquityFraction
        const eq = ctx.account.equity
        const actual = fractionOfEquity(after.mul(perLot), eq)
        const cap = eq.gt(0) ? eq.mul(f).div(perLot) : eq.mul(0)
        limits.absNet(n, s, cap, () =>
          riskReason(name, code, `position notional would be ${actual} of equity > ${f}`, f, actual),
        )
      }
      return limits.decide(ctx.instrument)
    },
  }
}
