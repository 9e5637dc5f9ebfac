import {
  type OrderRequest,
  type PreTradeCheck,
  type PreTradeContext,
  type PreTradeDecision,
  parseWith,
} from '@aitrade/core'
import { z } from 'zod'
import { AmountLimits, fractionOfEquity, rejectWith, riskReason } from './decision.js'
import { CheckNameSchema, EquityFractionSchema } from './limitSchemas.js'
import { contractSizeOf, currentNet, grossNotionalExcept, netBySymbol, orderSign } from './positionMath.js'

const Schema = z.object({
  name: CheckNameSchema,
  by: z.enum(['symbol', 'assetClass', 'sector']),
  maxEquityFraction: EquityFractionSchema,
})

/** Options of {@link maxConcentration}. */
export interface MaxConcentrationOptions {
  /** Check name used in reasons. Default `maxConcentration:<by>`. */
  name?: string
  /** Grouping: one symbol, the instrument's `assetClass`, or its `sector`. */
  by: 'symbol' | 'assetClass' | 'sector'
  /** Largest gross notional of one group as a fraction of equity (`0.25` = 25 % of equity). */
  maxEquityFraction: number
}

/**
 * Pre-trade check limiting the gross notional held in one group (symbol, asset class or sector) as a fraction of
 * equity, including the order. Group membership of other symbols is read from `context.instruments`; symbols whose
 * instrument is unknown are not counted in an asset-class or sector group. An instrument without a `sector` forms a
 * group of its own. When grouping by asset class or sector and `context.instrument` is missing, the order is rejected
 * with code `CONCENTRATION_GROUP_UNKNOWN`; over the limit it is resized or rejected with code `MAX_CONCENTRATION`.
 *
 * @param options - Grouping and limit; see {@link MaxConcentrationOptions}.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field.
 *
 * @example
 * ```ts
 * import { maxConcentration } from '@aitrade/risk'
 *
 * maxConcentration({ by: 'sector', maxEquityFraction: 0.3 }).name // 'maxConcentration:sector'
 * ```
 */
export function maxConcentration(options: MaxConcentrationOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? `maxConcentration:${cfg.by}`
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      const by = cfg.by
      let group: string | undefined
      if (by === 'symbol') group = `symbol:${order.symbol}`
      else if (ctx.instrument === undefined) {
        return rejectWith(
          riskReason(
            name,
            'CONCENTRATION_GROUP_UNKNOWN',
            `instrument of ${order.symbol} unknown; cannot group by ${by}`,
          ),
        )
      } else {
        group = by === 'assetClass' ? ctx.instrument.assetClass : (ctx.instrument.sector ?? `symbol:${order.symbol}`)
      }
      const groupOf = (symbol: string): string | undefined => {
        if (by === 'symbol') return `symbol:${symbol}`
        const i = ctx.instruments?.get(symbol)
        if (i === undefined) return undefined
        return by === 'assetClass' ? i.assetClass : (i.sector ?? `symbol:${symbol}`)
      }
      const nets = netBySymbol(ctx)
      const n = currentNet(order, nets)
      const s = orderSign(order)
      const perLot = contractSizeOf(order.symbol, order, ctx).mul(ctx.price)
      const others = grossNotionalExcept(order.symbol, nets, order, ctx, (sym) => groupOf(sym) === group)
      const after = others.add(n.add(order.amount.mul(s)).abs().mul(perLot))
      const eq = ctx.account.equity
      const f = cfg.maxEquityFraction
      const actual = fractionOfEquity(after, eq)
      const limits = new AmountLimits(order)
      limits.absNet(n, s, eq.mul(f).sub(others).div(perLot), () =>
        riskReason(name, 'MAX_CONCENTRATION', `${group} would be ${actual} of equity > ${f}`, f, actual),
      )
      return limits.decide(ctx.instrument)
    },
  }
}
