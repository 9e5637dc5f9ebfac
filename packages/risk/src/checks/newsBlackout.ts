import {
  EpochMsSchema,
  type OrderRequest,
  type PreTradeCheck,
  type PreTradeContext,
  type PreTradeDecision,
  parseWith,
} from '@aitrade/core'
import { z } from 'zod'
import { rejectWith, riskReason } from './decision.js'
import { CheckNameSchema } from './limitSchemas.js'
import { isReducing, netBySymbol } from './positionMath.js'

const EventSchema = z
  .object({
    time: EpochMsSchema,
    end: EpochMsSchema.optional(),
    label: z.string().optional(),
    symbols: z.array(z.string().min(1)).optional(),
  })
  .refine((e) => e.end === undefined || e.end >= e.time, { message: 'end must be >= time', path: ['end'] })

const Schema = z.object({
  name: CheckNameSchema,
  events: z.array(EventSchema),
  beforeMs: z.number().int().min(0).default(0),
  afterMs: z.number().int().min(0).default(0),
  allowReducing: z.boolean().default(true),
})

/** A scheduled news release, or a calendar interval (`time` … `end`). */
export interface NewsEvent {
  /** Release time (or interval start), epoch ms UTC. */
  time: number
  /** Interval end, epoch ms UTC (≥ `time`); default `time`. */
  end?: number
  /** Name shown in reasons, e.g. `US Non-Farm Payrolls`. */
  label?: string
  /** Symbols affected; default: all. */
  symbols?: readonly string[]
}

/** Options of {@link newsBlackout}. */
export interface NewsBlackoutOptions {
  /** Check name used in reasons. Default `newsBlackout`. */
  name?: string
  /** The calendar. */
  events: readonly NewsEvent[]
  /** Blackout starts this many ms before each release. Default 0. */
  beforeMs?: number
  /** Blackout ends this many ms after each release. Default 0. */
  afterMs?: number
  /** Let orders that only reduce a position through during a blackout. Default `true`. */
  allowReducing?: boolean
}

/**
 * Pre-trade news blackout: rejects opening orders (code `NEWS_BLACKOUT`) while `context.time` lies in
 * `[event.time − beforeMs, (event.end ?? event.time) + afterMs]` of an event that affects the order's symbol. The5%ers High Stakes,
 * for instance, forbids executing orders from 2 minutes before to 2 minutes after high-impact news:
 * `newsBlackout({ events, beforeMs: 120_000, afterMs: 120_000 })`.
 *
 * @param options - Calendar and window; see {@link NewsBlackoutOptions}.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field (e.g. `options.events.3.time`).
 * @see https://www.propfirmlabs.com/firms/The5ers (High Stakes news rule, third-party summary)
 *
 * @example
 * ```ts
 * import { newsBlackout } from '@aitrade/risk'
 *
 * newsBlackout({ events: [{ time: Date.UTC(2024, 0, 5, 13, 30), label: 'NFP' }], beforeMs: 120_000, afterMs: 120_000 }).name
 * // 'newsBlackout'
 * ```
 */
export function newsBlackout(options: NewsBlackoutOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'newsBlackout'
  const events = [...cfg.events].sort((a, b) => a.time - b.time)
  const starts = Float64Array.from(events, (e) => e.time - cfg.beforeMs)
  const ends = Float64Array.from(events, (e) => (e.end ?? e.time) + cfg.afterMs)
  let longest = 0
  for (let i = 0; i < starts.length; i++) longest = Math.max(longest, ends[i]! - starts[i]!)
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      // first window that can still contain ctx.time: start >= ctx.time − longest window
      const t = ctx.time
      let lo = 0
      let hi = starts.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (starts[mid]! < t - longest) lo = mid + 1
        else hi = mid
      }
      for (let i = lo; i < starts.length && starts[i]! <= t; i++) {
        if (ends[i]! < t) continue
        const e = events[i]!
        if (e.symbols !== undefined && !e.symbols.includes(order.symbol)) continue
        if (cfg.allowReducing && isReducing(order, netBySymbol(ctx))) return { action: 'allow' }
        return rejectWith(
          riskReason(name, 'NEWS_BLACKOUT', `news blackout around ${e.label ?? new Date(e.time).toISOString()}`),
        )
      }
      return { action: 'allow' }
    },
  }
}
