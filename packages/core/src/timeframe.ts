import { z } from 'zod'
import { InvalidArgumentError } from './errors.js'

/**
 * Every supported bar timeframe, shortest first, written as ccxt writes them
 * (`m` minutes, `h` hours, `d` days, `w` weeks, `M` calendar months).
 *
 * @example
 * ```ts
 * import { TIMEFRAMES } from '@aitrade/core'
 *
 * TIMEFRAMES.includes('4h') // true
 * TIMEFRAMES[0]             // '1m'
 * ```
 * @see ccxt's unified `timeframes` map, https://docs.ccxt.com/#/README?id=ohlcv-candlestick-charts
 */
export const TIMEFRAMES = [
  '1m',
  '3m',
  '5m',
  '15m',
  '30m',
  '1h',
  '2h',
  '4h',
  '6h',
  '8h',
  '12h',
  '1d',
  '3d',
  '1w',
  '1M',
] as const

/**
 * A bar timeframe in ccxt notation: `'1m' | '3m' | '5m' | '15m' | '30m' | '1h' | '2h' | '4h' | '6h' | '8h' |
 * '12h' | '1d' | '3d' | '1w' | '1M'`. The string is its own canonical format (`1M` is a month, `1m` a minute).
 */
export type Timeframe = (typeof TIMEFRAMES)[number]

/**
 * zod schema of {@link Timeframe}; use it to validate timeframes arriving in files, HTTP bodies or options.
 *
 * @example
 * ```ts
 * import { TimeframeSchema } from '@aitrade/core'
 *
 * TimeframeSchema.parse('1h')           // '1h'
 * TimeframeSchema.safeParse('1H').success // false
 * ```
 */
export const TimeframeSchema: z.ZodEnum<{ [K in Timeframe]: K }> = z.enum(TIMEFRAMES)

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const WEEK = 7 * DAY
/** ccxt's nominal month (30 days), used only by {@link timeframeToMs}. */
const NOMINAL_MONTH = 30 * DAY
/** 1970-01-01 was a Thursday; the first Monday 00:00 UTC is 4 days later. */
const FIRST_MONDAY = 4 * DAY

const DURATION_MS: Readonly<Record<Timeframe, number>> = {
  '1m': MINUTE,
  '3m': 3 * MINUTE,
  '5m': 5 * MINUTE,
  '15m': 15 * MINUTE,
  '30m': 30 * MINUTE,
  '1h': HOUR,
  '2h': 2 * HOUR,
  '4h': 4 * HOUR,
  '6h': 6 * HOUR,
  '8h': 8 * HOUR,
  '12h': 12 * HOUR,
  '1d': DAY,
  '3d': 3 * DAY,
  '1w': WEEK,
  '1M': NOMINAL_MONTH,
}

/**
 * Type guard: `true` when `value` is one of {@link TIMEFRAMES} (case-sensitive).
 *
 * @param value - Anything.
 * @returns Whether `value` is a {@link Timeframe}; narrows the type.
 *
 * @example
 * ```ts
 * import { isTimeframe } from '@aitrade/core'
 *
 * isTimeframe('15m') // true
 * isTimeframe('10m') // false
 * ```
 */
export function isTimeframe(value: unknown): value is Timeframe {
  return typeof value === 'string' && Object.hasOwn(DURATION_MS, value)
}

/**
 * Parses a timeframe string written as ccxt writes it. Case matters: `1m` is one minute, `1M` one month.
 *
 * @param value - Timeframe text, e.g. `'4h'`. Surrounding whitespace is ignored.
 * @returns The {@link Timeframe}.
 * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when `value` is not one of {@link TIMEFRAMES}.
 *
 * @example
 * ```ts
 * import { parseTimeframe } from '@aitrade/core'
 *
 * parseTimeframe(' 1d ') // '1d'
 * // parseTimeframe('1D') throws InvalidArgumentError (code 'INVALID_ARGUMENT')
 * ```
 */
export function parseTimeframe(value: string): Timeframe {
  const s = typeof value === 'string' ? value.trim() : value
  if (!isTimeframe(s)) {
    throw new InvalidArgumentError(
      'timeframe',
      `unknown timeframe ${JSON.stringify(value)}; expected one of ${TIMEFRAMES.join(', ')}`,
      {
        details: { value: String(value) },
      },
    )
  }
  return s
}

/**
 * Duration of one bar in milliseconds.
 *
 * `1M` has no fixed length: like ccxt's `parseTimeframe`, it returns a **nominal 30 days** (2 592 000 000 ms),
 * fine for rough sizing (how many bars fit in a window) but not for bar boundaries — use {@link alignTime} and
 * {@link nextBarTime}, which follow the calendar.
 *
 * @param timeframe - The timeframe.
 * @returns Bar length in ms (`1m` → 60 000, `1d` → 86 400 000, `1M` → 2 592 000 000).
 * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when `timeframe` is not a {@link Timeframe}.
 *
 * @example
 * ```ts
 * import { timeframeToMs } from '@aitrade/core'
 *
 * timeframeToMs('4h') // 14400000
 * ```
 * @see ccxt `Exchange.parseTimeframe` (month = 30 days)
 */
export function timeframeToMs(timeframe: Timeframe): number {
  if (!isTimeframe(timeframe)) parseTimeframe(timeframe)
  return DURATION_MS[timeframe]
}

/**
 * Formats a bar length as a timeframe: the fixed-length timeframe lasting exactly `durationMs`.
 *
 * @param durationMs - Bar length in milliseconds.
 * @returns The {@link Timeframe} (`3_600_000` → `'1h'`), or `undefined` when no timeframe has that length.
 *   `1M` is never returned: months have no fixed length.
 *
 * @example
 * ```ts
 * import { timeframeFromMs } from '@aitrade/core'
 *
 * timeframeFromMs(300_000)    // '5m'
 * timeframeFromMs(86_400_000) // '1d'
 * timeframeFromMs(120_000)    // undefined
 * ```
 */
export function timeframeFromMs(durationMs: number): Timeframe | undefined {
  return FROM_MS.get(durationMs)
}

const FROM_MS: ReadonlyMap<number, Timeframe> = new Map(
  TIMEFRAMES.filter((tf) => tf !== '1M').map((tf) => [DURATION_MS[tf], tf] as const),
)

function checkTime(timeMs: number): void {
  if (!Number.isFinite(timeMs)) {
    throw new InvalidArgumentError('timeMs', `must be a finite epoch time in ms, got ${String(timeMs)}`)
  }
}

/**
 * Floors a time to the open of the bar that contains it, in UTC.
 *
 * - Minute, hour and day timeframes (and `3d`) are aligned to multiples of their length since the Unix epoch
 *   (so `4h` bars open at 00, 04, 08 … UTC and `1d` bars at 00:00 UTC), as exchanges and ccxt do.
 * - `1w` bars open on **Monday 00:00 UTC**.
 * - `1M` bars open on the first day of the calendar month, 00:00 UTC.
 *
 * @param timeMs - Epoch milliseconds, UTC. Must be finite.
 * @param timeframe - The bar timeframe.
 * @returns Epoch ms (UTC) of the bar open, `<= timeMs`.
 * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when `timeMs` is not finite or `timeframe` is unknown.
 *
 * @example
 * ```ts
 * import { alignTime } from '@aitrade/core'
 *
 * alignTime(Date.UTC(2024, 0, 3, 13, 47), '4h') === Date.UTC(2024, 0, 3, 12) // true
 * alignTime(Date.UTC(2024, 0, 3, 13, 47), '1w') === Date.UTC(2024, 0, 1)     // true (a Monday)
 * alignTime(Date.UTC(2024, 1, 29, 23), '1M') === Date.UTC(2024, 1, 1)       // true
 * ```
 * @see ccxt `roundTimeframe` (epoch multiples, used here up to `3d`; it would put weeks on Thursdays); Binance
 *   kline open times (weekly bars open Monday 00:00 UTC, monthly bars on the 1st)
 */
export function alignTime(timeMs: number, timeframe: Timeframe): number {
  checkTime(timeMs)
  if (timeframe === '1M') {
    const d = new Date(timeMs)
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
  }
  const step = timeframeToMs(timeframe)
  const origin = timeframe === '1w' ? FIRST_MONDAY : 0
  return Math.floor((timeMs - origin) / step) * step + origin
}

/**
 * Open time of the bar after the one containing `timeMs` (equivalently, the close time of that bar).
 *
 * @param timeMs - Epoch milliseconds, UTC. Must be finite.
 * @param timeframe - The bar timeframe; `1M` steps to the first of the next calendar month.
 * @returns Epoch ms (UTC), `> timeMs`.
 * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when `timeMs` is not finite or `timeframe` is unknown.
 *
 * @example
 * ```ts
 * import { nextBarTime } from '@aitrade/core'
 *
 * nextBarTime(Date.UTC(2024, 0, 31, 10), '1M') === Date.UTC(2024, 1, 1)     // true
 * nextBarTime(Date.UTC(2024, 0, 3, 13, 47), '1h') === Date.UTC(2024, 0, 3, 14) // true
 * ```
 */
export function nextBarTime(timeMs: number, timeframe: Timeframe): number {
  const open = alignTime(timeMs, timeframe)
  if (timeframe === '1M') {
    const d = new Date(open)
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
  }
  return open + DURATION_MS[timeframe]
}
