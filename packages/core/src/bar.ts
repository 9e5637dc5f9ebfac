import { z } from 'zod'
import { EpochMsSchema } from './schemas.js'

/**
 * One OHLCV bar (candle). Market data is a measurement, not a ledger amount, so every field is a plain
 * `number` (DESIGN §4); orders, fills and balances use `Decimal` instead.
 *
 * Invariants (checked by {@link BarSchema} and by `BarSeries.fromColumns`): all fields finite, prices and
 * volume `>= 0`, `low <= min(open, close)` and `high >= max(open, close, low)`.
 */
export interface Bar {
  /** Bar open time, epoch milliseconds UTC. */
  time: number
  /** First traded price of the bar, in quote currency. */
  open: number
  /** Highest price of the bar, in quote currency. */
  high: number
  /** Lowest price of the bar, in quote currency. */
  low: number
  /** Last traded price of the bar, in quote currency. */
  close: number
  /** Traded volume during the bar, in base units (or the venue's volume unit, e.g. tick volume). `0` if unknown. */
  volume: number
}

const price = z.number().finite().nonnegative()

/**
 * zod schema of a {@link Bar}: validates finiteness, non-negative prices and volume and the OHLC ordering
 * (`high >= max(open, close, low)`, `low <= min(open, close)`); issues carry the offending field in `path`.
 * Use it where single bars enter from outside (HTTP bodies, exchange responses); bulk files go through
 * `parseBarsCsv`.
 *
 * @example
 * ```ts
 * import { BarSchema } from '@aitrade/core'
 *
 * BarSchema.parse({ time: 1704067200000, open: 10, high: 12, low: 9, close: 11, volume: 5 }).close // 11
 * BarSchema.safeParse({ time: 1704067200000, open: 10, high: 9, low: 9.5, close: 9.5, volume: 5 }).success // false
 * ```
 */
export const BarSchema: z.ZodType<Bar> = z
  .object({
    time: EpochMsSchema,
    open: price,
    high: price,
    low: price,
    close: price,
    volume: price,
  })
  .check((ctx) => {
    const b = ctx.value
    if (b.low > Math.min(b.open, b.close)) {
      ctx.issues.push({ code: 'custom', input: b.low, path: ['low'], message: 'low must be <= min(open, close)' })
    }
    if (b.high < Math.max(b.open, b.close, b.low)) {
      ctx.issues.push({
        code: 'custom',
        input: b.high,
        path: ['high'],
        message: 'high must be >= max(open, close, low)',
      })
    }
  })
