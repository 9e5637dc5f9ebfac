import {
  type OrderRequest,
  type PreTradeCheck,
  type PreTradeContext,
  type PreTradeDecision,
  parseWith,
} from '@aitrade/core'
import { z } from 'zod'
import { rejectWith, riskReason } from './decision.js'
import { CheckNameSchema } from './limitSchemas.js'
import { netBySymbol } from './positionMath.js'

const Schema = z.object({ name: CheckNameSchema, max: z.number().int().min(0) })

/** Options of {@link maxOpenPositions}. */
export interface MaxOpenPositionsOptions {
  /** Check name used in reasons. Default `maxOpenPositions`. */
  name?: string
  /** Most symbols with an open position at once (integer ≥ 0). */
  max: number
}

/**
 * Pre-trade check limiting the number of open positions (symbols with a non-zero net position). Working entry
 * orders (not `reduceOnly`) in symbols without a position count as positions about to open, so that several pending
 * entries cannot overshoot the limit. An order that would open a position beyond `max` is rejected with code
 * `MAX_OPEN_POSITIONS`; orders in symbols already held pass.
 *
 * @param options - The limit; see {@link MaxOpenPositionsOptions}.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `options.max` is not an integer ≥ 0.
 *
 * @example
 * ```ts
 * import { maxOpenPositions } from '@aitrade/risk'
 *
 * maxOpenPositions({ max: 10 }).name // 'maxOpenPositions'
 * ```
 */
export function maxOpenPositions(options: MaxOpenPositionsOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'maxOpenPositions'
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      if (order.reduceOnly || order.positionId !== undefined) return { action: 'allow' }
      const open = new Set<string>()
      for (const [symbol, { net }] of netBySymbol(ctx)) if (!net.isZero()) open.add(symbol)
      if (open.has(order.symbol)) return { action: 'allow' }
      for (const o of ctx.openOrders) if (!o.reduceOnly && o.parentId === undefined) open.add(o.symbol)
      if (open.has(order.symbol)) return { action: 'allow' }
      const after = open.size + 1
      if (after <= cfg.max) return { action: 'allow' }
      return rejectWith(
        riskReason(name, 'MAX_OPEN_POSITIONS', `${after} open positions would exceed ${cfg.max}`, cfg.max, after),
      )
    },
  }
}
