import type { OutputOptions } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'
import { extremeRange, WindowExtremeStream } from './windowExtreme.js'

/** Options of {@link min} and {@link MIN}. */
export interface MinOptions {
  /** Window length, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function periodOf(options: MinOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link min} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link MinOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { minLookback } from '@aitrade/indicators'
 * minLookback({ period: 20 }) // 19
 * ```
 * @see TA-Lib `TA_MIN_Lookback`.
 */
export function minLookback(options: MinOptions = {}): number {
  return periodOf(options) - 1
}

/**
 * Lowest value over the last `period` values (TA-Lib `MIN`).
 *
 * `NaN` inside the input is skipped except where TA-Lib's rescan starts on it: when the tracked extreme leaves the
 * window and the window's oldest value is `NaN`, that bar's output is `NaN`, exactly as TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link MinOptions}.
 * @returns A `Float64Array` of the input's length, in input units; the first {@link minLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { min } from '@aitrade/indicators'
 * min([3, 1, 4, 1, 5], { period: 3 }) // Float64Array [NaN, NaN, 1, 1, 1]
 * ```
 * @see TA-Lib `TA_MIN` (ta_MIN.c).
 */
export function min(values: ArrayLike<number>, options: MinOptions & OutputOptions = {}): Float64Array {
  const period = periodOf(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  extremeRange(values, 0, n, period, false, out, null)
  return out
}

/**
 * Streaming lowest value (TA-Lib `MIN`), O(1) amortized per update with a monotonic deque; outputs equal
 * {@link min}'s exactly.
 *
 * @example
 * ```ts
 * import { MIN } from '@aitrade/indicators'
 * const m = new MIN({ period: 3 })
 * for (const x of [3, 1, 4]) m.update(x)
 * m.update(1) // 1
 * ```
 * @see TA-Lib `TA_MIN` (ta_MIN.c).
 */
export class MIN extends WindowExtremeStream {
  /**
   * @param options - See {@link MinOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: MinOptions = {}) {
    super('MIN', periodOf(options), false, false)
  }
}
