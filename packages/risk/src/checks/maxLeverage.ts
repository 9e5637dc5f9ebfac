import {
  Decimal,
  marginRateOf,
  type OrderRequest,
  type PreTradeCheck,
  type PreTradeContext,
  type PreTradeDecision,
  parseWith,
} from '@aitrade/core'
import { z } from 'zod'
import { AmountLimits, fractionOfEquity, riskReason } from './decision.js'
import { CheckNameSchema } from './limitSchemas.js'
import { contractSizeOf, currentNet, grossNotionalExcept, netBySymbol, orderSign } from './positionMath.js'

const Schema = z
  .object({
    name: CheckNameSchema,
    maxLeverage: z.number().positive().finite().optional(),
    maxMarginUsage: z.number().positive().max(1).optional(),
  })
  .refine((c) => c.maxLeverage !== undefined || c.maxMarginUsage !== undefined, {
    message: 'give maxLeverage and/or maxMarginUsage',
    path: ['maxLeverage'],
  })

/** Options of {@link maxLeverage}. At least one limit is required. */
export interface MaxLeverageOptions {
  /** Check name used in reasons. Default `maxLeverage`. */
  name?: string
  /** Largest effective leverage: gross notional / equity (e.g. `5` = 5:1). */
  maxLeverage?: number
  /** Largest margin in use as a fraction of equity, in (0, 1] (`0.5` = half the equity may be margin). */
  maxMarginUsage?: number
}

/**
 * Pre-trade check on effective leverage (gross notional after the order / equity, code `MAX_LEVERAGE`) and margin
 * usage (margin after the order / equity, code `MAX_MARGIN_USAGE`). The order symbol's margin after the order is
 * |net lots| × contractSize × price × margin rate (from `context.instrument` via `marginRateOf`, else
 * `1 / account.leverage`); the other symbols keep the margin the account reports. Resizes or rejects.
 *
 * @param options - Limits; see {@link MaxLeverageOptions}.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field.
 *
 * @example
 * ```ts
 * import { maxLeverage } from '@aitrade/risk'
 *
 * maxLeverage({ maxLeverage: 10, maxMarginUsage: 0.5 }).name // 'maxLeverage'
 * ```
 */
export function maxLeverage(options: MaxLeverageOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'maxLeverage'
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      const nets = netBySymbol(ctx)
      const n = currentNet(order, nets)
      const s = orderSign(order)
      const perLot = contractSizeOf(order.symbol, order, ctx).mul(ctx.price)
      const absAfter = n.add(order.amount.mul(s)).abs()
      const eq = ctx.account.equity
      const limits = new AmountLimits(order)
      if (cfg.maxLeverage !== undefined) {
        const max = cfg.maxLeverage
        const others = grossNotionalExcept(order.symbol, nets, order, ctx)
        const actual = fractionOfEquity(others.add(absAfter.mul(perLot)), eq)
        limits.absNet(n, s, eq.mul(max).sub(others).div(perLot), () =>
          riskReason(name, 'MAX_LEVERAGE', `leverage would be ${actual} > ${max}`, max, actual),
        )
      }
      if (cfg.maxMarginUsage !== undefined) {
        const u = cfg.maxMarginUsage
        const rate =
          ctx.instrument !== undefined ? marginRateOf(ctx.instrument) : new Decimal(1).div(ctx.account.leverage)
        let own = new Decimal(0)
        for (const p of ctx.positions) if (p.symbol === order.symbol) own = own.add(p.margin)
        const others = Decimal.max(ctx.account.margin.sub(own), 0)
        const perLotMargin = perLot.mul(rate)
        const actual = fractionOfEquity(others.add(absAfter.mul(perLotMargin)), eq)
        limits.absNet(n, s, eq.mul(u).sub(others).div(perLotMargin), () =>
          riskReason(name, 'MAX_MARGIN_USAGE', `margin usage would be ${actual} > ${u}`, u, actual),
        )
      }
      return limits.decide(ctx.instrument)
    },
  }
}
