import {
  Decimal,
  type OrderRequest,
  type PreTradeCheck,
  type PreTradeContext,
  type PreTradeDecision,
  parseWith,
} from '@aitrade/core'
import { z } from 'zod'
import { AmountLimits, fractionOfEquity, riskReason } from './decision.js'
import { CheckNameSchema, EquityFractionSchema } from './limitSchemas.js'
import { contractSizeOf, entryPrice, isReducing, netBySymbol } from './positionMath.js'

const Schema = z.object({ name: CheckNameSchema, maxEquityFraction: EquityFractionSchema })

/** Options of {@link maxOpenRisk}. */
export interface MaxOpenRiskOptions {
  /** Check name used in reasons. Default `maxOpenRisk`. */
  name?: string
  /** Largest total loss if every stop is hit, as a fraction of equity (`0.1` = 10 %). */
  maxEquityFraction: number
}

/**
 * Pre-trade check on the total money at risk: for each open position the loss from its mark price to its protective
 * stop (the farthest working `stop`/`stop_limit` order on the opposite side in `context.openOrders`), plus the
 * order's own risk to its stop-loss. A position or order without a stop counts its whole notional as at risk. Above
 * the limit the order is resized or rejected with code `MAX_OPEN_RISK`; reducing orders pass.
 *
 * @param options - The limit; see {@link MaxOpenRiskOptions}.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `options.maxEquityFraction` is not > 0.
 *
 * @example
 * ```ts
 * import { maxOpenRisk } from '@aitrade/risk'
 *
 * maxOpenRisk({ maxEquityFraction: 0.1 }).name // 'maxOpenRisk'
 * ```
 */
export function maxOpenRisk(options: MaxOpenRiskOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'maxOpenRisk'
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      if (isReducing(order, netBySymbol(ctx))) return { action: 'allow' }
      let open = new Decimal(0)
      for (const p of ctx.positions) {
        const cs = contractSizeOf(p.symbol, order, ctx)
        const closeSide = p.side === 'long' ? 'sell' : 'buy'
        let stop: Decimal | undefined
        for (const o of ctx.openOrders) {
          if (o.symbol !== p.symbol || o.side !== closeSide || o.stopPrice === undefined) continue
          if (o.type !== 'stop' && o.type !== 'stop_limit') continue
          if (stop === undefined || (p.side === 'long' ? o.stopPrice.lt(stop) : o.stopPrice.gt(stop)))
            stop = o.stopPrice
        }
        const perUnit =
          stop === undefined
            ? p.markPrice
            : Decimal.max(p.side === 'long' ? p.markPrice.sub(stop) : stop.sub(p.markPrice), 0)
        open = open.add(perUnit.mul(p.amount).mul(cs))
      }
      const entry = entryPrice(order, ctx)
      const cs = contractSizeOf(order.symbol, order, ctx)
      const perLot = (order.stopLoss === undefined ? entry : entry.sub(order.stopLoss.price).abs()).mul(cs)
      const eq = ctx.account.equity
      const f = cfg.maxEquityFraction
      const after = open.add(perLot.mul(order.amount))
      const actual = fractionOfEquity(after, eq)
      const limits = new AmountLimits(order)
      if (perLot.gt(0)) {
        limits.amount(eq.mul(f).sub(open).div(perLot), () =>
          riskReason(name, 'MAX_OPEN_RISK', `open risk would be ${actual} of equity > ${f}`, f, actual),
        )
      }
      return limits.decide(ctx.instrument)
    },
  }
}
