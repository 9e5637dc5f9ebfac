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
import { contractSizeOf } from './positionMath.js'

const Schema = z
  .object({
    name: CheckNameSchema,
    maxNotional: PositiveAmountSchema.optional(),
    maxEquityFraction: EquityFractionSchema.optional(),
  })
  .refine((c) => c.maxNotional !== undefined || c.maxEquityFraction !== undefined, {
    message: 'give maxNotional and/or maxEquityFraction',
    path: ['maxNotional'],
  })

/** Options of {@link maxOrderNotional}. At least one limit is required. */
export interface MaxOrderNotionalOptions {
  /** Check name used in reasons. Default `maxOrderNotional`. */
  name?: string
  /** Largest notional of one order (amount × contractSize × price), quote currency. */
  maxNotional?: Decimal.Value
  /** Largest notional of one order as a fraction of equity. */
  maxEquityFraction?: number
}

/**
 * Pre-trade "fat finger" check on the notional of a single order (every order, reducing ones included):
 * `amount × contractSize × price`. Too large an order is resized to the largest amount that fits or rejected with code
 * `MAX_ORDER_NOTIONAL`.
 *
 * @param options - Limits; see {@link MaxOrderNotionalOptions}.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field.
 *
 * @example
 * ```ts
 * import { maxOrderNotional } from '@aitrade/risk'
 *
 * maxOrderNotional({ maxNotional: '50000' }).name // 'maxOrderNotional'
 * ```
 */
export function maxOrderNotional(options: MaxOrderNotionalOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'maxOrderNotional'
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      const perLot = contractSizeOf(order.symbol, order, ctx).mul(ctx.price)
      const notional = perLot.mul(order.amount)
      const limits = new AmountLimits(order)
      const code = 'MAX_ORDER_NOTIONAL'
      if (cfg.maxNotional !== undefined) {
        const max = cfg.maxNotional
        limits.amount(max.div(perLot), () =>
          riskReason(name, code, `order notional ${notional} > ${max}`, max, notional),
        )
      }
      if (cfg.maxEquityFraction !== undefined) {
        const f = cfg.maxEquityFraction
        const eq = ctx.account.equity
        const actual = fractionOfEquity(notional, eq)
        limits.amount(eq.mul(f).div(perLot), () =>
          riskReason(name, code, `order notional ${actual} of equity > ${f}`, f, actual),
        )
      }
      return limits.decide(ctx.instrument)
    },
  }
}
