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

const Schema = z.object({
  name: CheckNameSchema,
  maxOrders: z.number().int().positive(),
  windowMs: z.number().int().positive(),
})

/** Options of {@link orderRateThrottle}. */
export interface OrderRateThrottleOptions {
  /** Check name used in reasons. Default `orderRateThrottle`. */
  name?: string
  /** Most orders accepted within any window (integer ≥ 1). */
  maxOrders: number
  /** Sliding window length, ms (integer ≥ 1). */
  windowMs: number
}

/**
 * Pre-trade order-rate throttle over a sliding window: an order is rejected (code `ORDER_RATE_LIMIT`) when
 * `maxOrders` orders were already accepted in `(context.time − windowMs, context.time]`. Time is the engine's clock
 * (`context.time`), never the wall clock, so backtests are deterministic. Accepted orders are recorded in
 * `onAccepted` (the engine calls it after every check passed) in a fixed ring buffer: no allocation per order.
 *
 * @param options - Rate; see {@link OrderRateThrottleOptions}.
 * @returns A stateful {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field.
 *
 * @example
 * ```ts
 * import { orderRateThrottle } from '@aitrade/risk'
 *
 * orderRateThrottle({ maxOrders: 5, windowMs: 1_000 }).name // 'orderRateThrottle'
 * ```
 */
export function orderRateThrottle(options: OrderRateThrottleOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'orderRateThrottle'
  const ring = new Float64Array(cfg.maxOrders)
  let count = 0
  let head = 0
  return {
    name,
    check(_order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      if (count < cfg.maxOrders) return { action: 'allow' }
      const oldest = ring[head]!
      if (oldest <= ctx.time - cfg.windowMs) return { action: 'allow' }
      return rejectWith(
        riskReason(
          name,
          'ORDER_RATE_LIMIT',
          `${cfg.maxOrders} orders within ${cfg.windowMs} ms already`,
          cfg.maxOrders,
          cfg.maxOrders + 1,
        ),
      )
    },
    onAccepted(_order: OrderRequest, ctx: PreTradeContext): void {
      ring[head] = ctx.time
      head = (head + 1) % cfg.maxOrders
      if (count < cfg.maxOrders) count++
    },
  }
}
