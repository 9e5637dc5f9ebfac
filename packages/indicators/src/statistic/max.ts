import type { OutputOptions } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'
import { extremeRange, WindowExtremeStream } from './windowExtreme.js'

/** Options of {@link max} and {@link MAX}. */
export interface MaxOptions {
  /** Window length, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function periodOf(options: MaxOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link max} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link MaxOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { maxLookback } from '@aitrade/indicators'
 * maxLookback({ period: 20 }) // 19
 * ```
 * @see TA-Lib `TA_MAX_Lookback`.
 */
export function maxLookback(options: MaxOptions = {}): number {
  return periodOf(options) - 1
}

/**
 * Highest value over the last `period` values (TA-Lib `MAX`).
 *
 * `NaN` inside the input is skipped except where TA-Lib's rescan starts on it: when the tracked extreme leaves the
 * window and the window's oldest value is `NaN`, that bar's output is `NaN`, exactly as TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link MaxOptions}.
 * @returns A `Float64Array` of the input's length, in input units; the first {@link maxLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { max } from '@aitrade/indicators'
 * max([3, 1, 4, 1, 5], { period: 3 }) // Float64Array [NaN, NaN, 4, 4, 5]
 * ```
 * @see TA-Lib `TA_MAX` (ta_MAX.c).
 */
export function max(values: ArrayLike<number>, options: MaxOptions & OutputOptions = {}): Float64Array {
  const period = periodOf(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  extremeRange(values, 0, n, period, true, out, null)
  return out
}

/**
 * Streaming highest value (TA-Lib `MAX`), O(1) amortized per update with a monotonic deque; outputs equal
 * {@link max}'s exactly.
 *
 * @example
 * ```ts
 * import { MAX } from '@aitrade/indicators'
 * const m = new MAX({ period: 3 })
 * for (const x of [3, 1, 4]) m.update(x)
 * m.update(1) // 4
 * ```
 * @see TA-Lib `TA_MAX` (ta_MAX.c).
 */
export class MAX extends WindowExtremeStream {
  /**
   * @param options - See {@link MaxOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: MaxOptions = {}) {
    super('MAX', periodOf(options), true, false)
  }
}
