import { InvalidArgumentError } from '@aitrade/core'
import type { OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, outputBuffer } from '../validate.js'

/** Options of {@link zigZag}. */
export interface ZigZagOptions {
  /** Minimum move that confirms a reversal, as a fraction of the pivot price (`0.05` = 5 %), in (0, 1). Default `0.05`. */
  deviation?: number
}

/**
 * Lookback of {@link zigZag}: `0`. ZigZag has no fixed warm-up: a pivot is confirmed only once price has
 * moved `deviation` away from it, an unknown number of bars later.
 * @param options - As for {@link zigZag}.
 * @returns `0`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `deviation` is outside (0, 1).
 * @example
 * ```ts
 * import { zigZagLookback } from '@aitrade/indicators'
 *
 * zigZagLookback() // 0
 * ```
 * @see {@link zigZag} for the formula and its source.
 */
export function zigZagLookback(options: ZigZagOptions = {}): number {
  zigZagDeviation(options)
  return 0
}

function zigZagDeviation(options: ZigZagOptions): number {
  const d = options.deviation ?? 0.05
  if (typeof d !== 'number' || !(d > 0 && d < 1)) {
    throw new InvalidArgumentError('deviation', `must be a fraction in (0, 1), got ${String(d)}`)
  }
  return d
}

/**
 * ZigZag: alternating swing highs and lows, each at least `deviation` away from the one before. Peaks are
 * highs and troughs are lows. Scanning forward, the first swing starts from whichever of the running highest
 * high and lowest low came first once they are `deviation` apart; then a peak candidate is raised by every
 * higher high and confirmed when a low falls to `peak·(1 − deviation)` (a new extreme on a bar is taken before
 * a reversal on the same bar), and the mirror rule confirms troughs at `trough·(1 + deviation)`.
 *
 * ZigZag repaints by nature: the last point (the current swing's extreme) is provisional and moves, and a
 * pivot is known only bars after it happened. It therefore has no streaming class: a live value at bar `i`
 * could not equal the batch value at `i`. Use it for labelling history and charts, never as a signal at the
 * pivot's bar. Bars with a `NaN` high or low are skipped.
 *
 * @param bars - High and low of equal lengths.
 * @param options - `deviation` (default `0.05`) and an optional `out` buffer.
 * @returns Input length: the pivot's price (high for a peak, low for a trough) at each pivot bar, `NaN`
 *   elsewhere; the last point is the provisional extreme of the unfinished swing.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad `deviation` or short `out`.
 *
 * @example
 * ```ts
 * import { zigZag } from '@aitrade/indicators'
 *
 * const z = zigZag({ high: [10, 12, 11, 10, 13], low: [9, 11, 10, 9, 12] }, { deviation: 0.1 })
 * Array.from(z) // [9, 12, NaN, 9, 13]: trough 9, peak 12 (low 9 ≤ 12·0.9), trough 9, provisional 13
 * ```
 * @see StockCharts ChartSchool, "ZigZag"; Arthur A. Merrill, *Filtered Waves: Basic Theory* (1977).
 */
export function zigZag(
  bars: Pick<OhlcvInput, 'high' | 'low'>,
  options: ZigZagOptions & OutputOptions = {},
): Float64Array {
  const dev = zigZagDeviation(options)
  const n = checkBars(bars, ['high', 'low'])
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, n)
  const { high, low } = bars
  const up = 1 + dev
  const down = 1 - dev
  let dir = 0
  let hi = Number.NEGATIVE_INFINITY
  let hiIdx = -1
  let lo = Number.POSITIVE_INFINITY
  let loIdx = -1
  for (let i = 0; i < n; i++) {
    const h = high[i] as number
    const l = low[i] as number
    if (Number.isNaN(h) || Number.isNaN(l)) continue
    if (dir === 0) {
      if (h > hi) {
        hi = h
        hiIdx = i
      }
      if (l < lo) {
        lo = l
        loIdx = i
      }
      // a single bar's own range does not start a swing: its high and low have no order
      if (hi >= lo * up && loIdx !== hiIdx) {
        if (loIdx < hiIdx) {
          out[loIdx] = lo
          dir = 1
        } else {
          out[hiIdx] = hi
          dir = -1
        }
      }
    } else if (dir === 1) {
      if (h > hi) {
        hi = h
        hiIdx = i
      } else if (l <= hi * down) {
        out[hiIdx] = hi
        dir = -1
        lo = l
        loIdx = i
      }
    } else if (l < lo) {
      lo = l
      loIdx = i
    } else if (h >= lo * up) {
      out[loIdx] = lo
      dir = 1
      hi = h
      hiIdx = i
    }
  }
  if (dir === 1) out[hiIdx] = hi
  else if (dir === -1) out[loIdx] = lo
  return out
}
