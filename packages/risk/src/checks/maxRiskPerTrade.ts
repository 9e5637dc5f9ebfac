import {
  type Decimal,
  type OrderRequest,
  type PreTradeCheck,
  type PreTradeContext,
  type PreTradeDecision,
  parseWith,
} from '@aitrade/core'
import { z } from 'zod'
import { AmountLimits, fractionOfEquity, rejectWith, riskReason } from './decision.js'
import { CheckNameSchema, EquityFractionSchema, PositiveAmountSchema } from './limitSchemas.js'
import { contractSizeOf, entryPrice, isReducing, netBySymbol } from './positionMath.js'

const Schema = z
  .object({
    name: CheckNameSchema,
    maxEquityFraction: EquityFractionSchema.optional(),
    maxAmount: PositiveAmountSchema.optional(),
  })
  .refine((c) => c.maxEquityFraction !== undefined || c.maxAmount !== undefined, {
    message: 'give maxEquityFraction and/or maxAmount',
    path: ['maxEquityFraction'],
  })

/** Options of {@link maxRiskPerTrade}. At least one limit is required. */
export interface MaxRiskPerTradeOptions {
  /** Check name used in reasons. Default `maxRiskPerTrade`. */
  name?: string
  /** Largest loss at the stop-loss as a fraction of equity (`0.02` = 2 % risk per trade). */
  maxEquityFraction?: number
  /** Largest loss at the stop-loss, quote currency (taken to be the account currency). */
  maxAmount?: Decimal.Value
}

/**
 * Pre-trade check on the money at risk of an opening order: `|entry − stopLoss| × amount × contractSize`. An opening
 * order without a stop-loss is rejected with code `STOP_LOSS_REQUIRED` (its risk is unbounded); above the limit it is
 * resized to the largest amount that fits (rounded down to the lot step) or rejected with code `MAX_RISK_PER_TRADE`.
 *
 * @param options - Limits; see {@link MaxRiskPerTradeOptions}.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field.
 * @see Van K. Tharp, *Trade Your Way to Financial Freedom* (1998), ch. 14, "percent risk" position sizing.
 *
 * @example
 * ```ts
 * import { maxRiskPerTrade } from '@aitrade/risk'
 *
 * maxRiskPerTrade({ maxEquityFraction: 0.02 }).name // 'maxRiskPerTrade'
 * ```
 */
export function maxRiskPerTrade(options: MaxRiskPerTradeOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'maxRiskPerTrade'
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      if (isReducing(order, netBySymbol(ctx))) return { action: 'allow' }
      if (order.stopLoss === undefined) {
        return rejectWith(riskReason(name, 'STOP_LOSS_REQUIRED', 'risk per trade needs a stop-loss'))
      }
      const perLot = entryPrice(order, ctx)
        .sub(order.stopLoss.price)
        .abs()
        .mul(contractSizeOf(order.symbol, order, ctx))
      if (perLot.isZero()) return { action: 'allow' }
      const risk = perLot.mul(order.amount)
      const limits = new AmountLimits(order)
      const code = 'MAX_RISK_PER_TRADE'
      if (cfg.maxAmount !== undefined) {
        const max = cfg.maxAmount
        limits.amount(max.div(perLot), () => riskReason(name, code, `risk ${risk} > ${max}`, max, risk))
      }
      if (cfg.maxEquityFraction !== undefined) {
        const f = cfg.maxEquityFraction
        const eq = ctx.account.equity
        const actual = fractionOfEquity(risk, eq)
        limits.amount(eq.mul(f).div(perLot), () => riskReason(name, code, `risk ${actual} of equity > ${f}`, f, actual))
      }
      return limits.decide(ctx.instrument)
    },
  }
}
