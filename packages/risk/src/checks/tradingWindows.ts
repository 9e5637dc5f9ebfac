import {
  type OrderRequest,
  type PreTradeCheck,
  type PreTradeContext,
  type PreTradeDecision,
  parseWith,
} from '@aitrade/core'
import { z } from 'zod'
import { MS_PER_DAY, TimeZoneSchema, WallTimeSchema, ZonedClock } from '../time/zonedClock.js'
import { rejectWith, riskReason } from './decision.js'
import { CheckNameSchema } from './limitSchemas.js'
import { isReducing, netBySymbol } from './positionMath.js'

const WindowSchema = z.object({
  days: z.array(z.number().int().min(0).max(6)).min(1).optional(),
  start: WallTimeSchema,
  end: WallTimeSchema,
})

const Schema = z.object({
  name: CheckNameSchema,
  timeZone: TimeZoneSchema,
  windows: z.array(WindowSchema).min(1),
  allowReducing: z.boolean().default(true),
})

/** One daily trading window in local wall-clock time. */
export interface TradingWindow {
  /** Local weekdays on which the window opens, 0 = Sunday … 6 = Saturday. Default: every day. */
  days?: readonly number[]
  /** Opening wall-clock time `HH:mm` (inclusive). */
  start: string
  /** Closing wall-clock time `HH:mm` (exclusive). When `end ≤ start` the window runs past midnight into the next day. */
  end: string
}

/** Options of {@link tradingWindows}. */
export interface TradingWindowsOptions {
  /** Check name used in reasons. Default `tradingWindows`. */
  name?: string
  /** IANA time zone of the windows, e.g. `America/New_York`. */
  timeZone: string
  /** Windows in which opening orders are allowed. */
  windows: readonly TradingWindow[]
  /** Let orders that only reduce a position through outside the windows. Default `true`. */
  allowReducing?: boolean
}

/**
 * Pre-trade check allowing opening orders only inside daily windows of local wall-clock time in an IANA time zone
 * (DST-correct: `09:30–16:00 America/New_York` follows US daylight saving). Outside every window the order is
 * rejected with code `OUTSIDE_TRADING_WINDOW`. Uses `context.time`.
 *
 * @param options - Zone and windows; see {@link TradingWindowsOptions}.
 * @returns A {@link @aitrade/core!index.PreTradeCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field (e.g. `options.timeZone`,
 *   `options.windows.0.start`).
 *
 * @example
 * ```ts
 * import { tradingWindows } from '@aitrade/risk'
 *
 * tradingWindows({ timeZone: 'America/New_York', windows: [{ days: [1, 2, 3, 4, 5], start: '09:30', end: '16:00' }] }).name
 * // 'tradingWindows'
 * ```
 */
export function tradingWindows(options: TradingWindowsOptions): PreTradeCheck {
  const cfg = parseWith(Schema, options, 'options')
  const name = cfg.name ?? 'tradingWindows'
  const clock = new ZonedClock(cfg.timeZone)
  const inWindow = (t: number): boolean => {
    const l = clock.local(t)
    for (const w of cfg.windows) {
      const opensOn = (d: number) => w.days === undefined || w.days.includes(d)
      if (w.start < w.end) {
        if (opensOn(l.weekday) && l.msOfDay >= w.start && l.msOfDay < w.end) return true
      } else {
        if (opensOn(l.weekday) && l.msOfDay >= w.start) return true
        if (opensOn((l.weekday + 6) % 7) && l.msOfDay < w.end) return true
      }
    }
    return false
  }
  return {
    name,
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      if (inWindow(ctx.time)) return { action: 'allow' }
      if (cfg.allowReducing && isReducing(order, netBySymbol(ctx))) return { action: 'allow' }
      const l = clock.local(ctx.time)
      const hhmm = new Date(l.msOfDay % MS_PER_DAY).toISOString().slice(11, 16)
      return rejectWith(
        riskReason(name, 'OUTSIDE_TRADING_WINDOW', `${hhmm} ${cfg.timeZone} is outside the trading windows`),
      )
    },
  }
}
