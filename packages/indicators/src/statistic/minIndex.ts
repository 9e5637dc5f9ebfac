import type { OutputOptions } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'
import { extremeRange, WindowExtremeStream } from './windowExtreme.js'

/** Options of {@link minIndex} and {@link MININDEX}. */
export interface MinIndexOptions {
  /** Window length, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function periodOf(options: MinIndexOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link minIndex} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link MinIndexOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { minIndexLookback } from '@aitrade/indicators'
 * minIndexLookback({ period: 20 }) // 19
 * ```
 * @see TA-Lib `TA_MININDEX_Lookback`.
 */
export function minIndexLookback(options: MinIndexOptions = {}): number {
  return periodOf(options) - 1
}

/**
 * Index of the lowest value over the last `period` values (TA-Lib `MININDEX`). Indices are absolute positions in the input (0-based), as TA-Lib returns them; among equal lows the index follows TA-Lib (the latest when a new value ties, the earliest after a rescan). Returned as a `Float64Array` so the warm-up can be `NaN` (TA-Lib leaves 0 there); for a streaming instance the index counts updates since construction or `reset()`.
 *
 * `NaN` inside the input is skipped except where TA-Lib's rescan starts on it: when the tracked extreme leaves the
 * window and the window's oldest value is `NaN`, that bar's output is the index of that `NaN`, exactly as TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link MinIndexOptions}.
 * @returns A `Float64Array` of the input's length holding integer indices; the first {@link minIndexLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { minIndex } from '@aitrade/indicators'
 * minIndex([3, 1, 4, 1, 5], { period: 3 }) // Float64Array [NaN, NaN, 1, 3, 3]
 * ```
 * @see TA-Lib `TA_MININDEX` (ta_MININDEX.c).
 */
export function minIndex(values: ArrayLike<number>, options: MinIndexOptions & OutputOptions = {}): Float64Array {
  const period = periodOf(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  extremeRange(values, 0, n, period, false, null, out)
  return out
}

/**
 * Streaming index of the lowest value (TA-Lib `MININDEX`), O(1) amortized per update with a monotonic deque; outputs equal
 * {@link minIndex}'s exactly.
 *
 * @example
 * ```ts
 * import { MININDEX } from '@aitrade/indicators'
 * const m = new MININDEX({ period: 3 })
 * for (const x of [3, 1, 4]) m.update(x)
 * m.update(1) // 3
 * ```
 * @see TA-Lib `TA_MININDEX` (ta_MININDEX.c).
 */
export class MININDEX extends WindowExtremeStream {
  /**
   * @param options - See {@link MinIndexOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: MinIndexOptions = {}) {
    super('MININDEX', periodOf(options), false, true)
  }
}
