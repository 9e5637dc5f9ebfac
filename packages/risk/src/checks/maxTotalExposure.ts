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
import { contractSizeOf, currentNet, grossNotionalExcept, netBySymbol, orderSign } from './positionMath.js'

const Schema = z
  .object({
    name: CheckNameSchema,
    maxEquityFraction: EquityFractionSchema.optional(),
    maxNotional: PositiveAmountSchema.optional(),
  })
  .refine((c) => c.maxEquityFraction !== undefined || c.maxNotional !== undefined, {
    message: 'give maxEquityFraction and/or maxNotional',
    path: ['maxEquityFraction'],
  })

/** Options of {@link maxTotalExposure}. At least one limit is required. */
export interface MaxTotalExposureOptions {
  /** Check name used in reasons. Default `maxTotalExposure`. */
  name?: string
  /** Largest gross notional of all positions as a fraction of equity (`1` = 100 % of equity, `3` = 3× gross). */
  maxEquityFraction?: number
  /** Largest gross notional, quote currency (taken to be the account currency). */
  maxNotional?: Decimal.Value
}

/**
 * Pre-trade check limiting gross exposure: Σ over symbols of |net lots| × contractSize × price, including the
 * order's effect on its symbol. Resizes to the largest amount that fits or rejects with code `MAX_TOTAL_EXPOSURE`;
 * orders that do not increase gross exposure pass. Prices of other symbols come from `context.prices`, else the
 * positions' mark prices.
 *
 * @param options - Limits; see {@link MaxTotalExposureOptions}.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field.
 *
 * @example
 * ```ts
 * import { maxTotalExposure } from '@aitrade/risk'
 *
 * maxTotalExposure({ maxEquityFraction: 2 }).name // 'maxTotalExposure'
 * ```
 */
export function maxTotalExposure(options: MaxTotalExposureOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'maxTotalExposure'
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      const nets = netBySymbol(ctx)
      const n = currentNet(order, nets)
      const s = orderSign(order)
      const perLot = contractSizeOf(order.symbol, order, ctx).mul(ctx.price)
      const others = grossNotionalExcept(order.symbol, nets, order, ctx)
      const after = others.add(n.add(order.amount.mul(s)).abs().mul(perLot))
      const limits = new AmountLimits(order)
      const code = 'MAX_TOTAL_EXPOSURE'
      if (cfg.maxNotional !== undefined) {
        const max = cfg.maxNotional
        limits.absNet(n, s, max.sub(others).div(perLot), () =>
          riskReason(name, code, `gross exposure would be ${after} > ${max}`, max, after),
        )
      }
      if (cfg.maxEquityFraction !== undefined) {
        const f = cfg.maxEquityFraction
        const eq = ctx.account.equity
        const actual = fractionOfEquity(after, eq)
        limits.absNet(n, s, eq.mul(f).sub(others).div(perLot), () =>
          riskReason(name, code, `gross exposure would be ${actual} of equity > ${f}`, f, actual),
        )
      }
      return limits.decide(ctx.instrument)
    },
  }
}
