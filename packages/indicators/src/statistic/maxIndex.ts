import type { OutputOptions } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'
import { extremeRange, WindowExtremeStream } from './windowExtreme.js'

/** Options of {@link maxIndex} and {@link MAXINDEX}. */
export interface MaxIndexOptions {
  /** Window length, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function periodOf(options: MaxIndexOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link maxIndex} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link MaxIndexOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { maxIndexLookback } from '@aitrade/indicators'
 * maxIndexLookback({ period: 20 }) // 19
 * ```
 * @see TA-Lib `TA_MAXINDEX_Lookback`.
 */
export function maxIndexLookback(options: MaxIndexOptions = {}): number {
  return periodOf(options) - 1
}

/**
 * Index of the highest value over the last `period` values (TA-Lib `MAXINDEX`). Indices are absolute positions in the input (0-based), as TA-Lib returns them; among equal highs the index follows TA-Lib (the latest when a new value ties, the earliest after a rescan). Returned as a `Float64Array` so the warm-up can be `NaN` (TA-Lib leaves 0 there); for a streaming instance the index counts updates since construction or `reset()`.
 *
 * `NaN` inside the input is skipped except where TA-Lib's rescan starts on it: when the tracked extreme leaves the
 * window and the window's oldest value is `NaN`, that bar's output is the index of that `NaN`, exactly as TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link MaxIndexOptions}.
 * @returns A `Float64Array` of the input's length holding integer indices; the first {@link maxIndexLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { maxIndex } from '@aitrade/indicators'
 * maxIndex([3, 1, 4, 1, 5], { period: 3 }) // Float64Array [NaN, NaN, 2, 2, 4]
 * ```
 * @see TA-Lib `TA_MAXINDEX` (ta_MAXINDEX.c).
 */
export function maxIndex(values: ArrayLike<number>, options: MaxIndexOptions & OutputOptions = {}): Float64Array {
  const period = periodOf(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  extremeRange(values, 0, n, period, true, null, out)
  return out
}

/**
 * Streaming index of the highest value (TA-Lib `MAXINDEX`), O(1) amortized per update with a monotonic deque; outputs equal
 * {@link maxIndex}'s exactly.
 *
 * @example
 * ```ts
 * import { MAXINDEX } from '@aitrade/indicators'
 * const m = new MAXINDEX({ period: 3 })
 * for (const x of [3, 1, 4]) m.update(x)
 * m.update(1) // 2
 * ```
 * @see TA-Lib `TA_MAXINDEX` (ta_MAXINDEX.c).
 */
export class MAXINDEX extends WindowExtremeStream {
  /**
   * @param options - See {@link MaxIndexOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: MaxIndexOptions = {}) {
    super('MAXINDEX', periodOf(options), true, true)
  }
}
