import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'
import { extremeRange, type WindowExtreme, WindowRangeStream } from './windowExtreme.js'

/** Options of {@link minMax} and {@link MINMAX}. */
export interface MinMaxOptions {
  /** Window length, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

/** Output buffers of {@link minMax}, each of at least the input's length. */
export interface MinMaxOutputOptions {
  /** Buffer for `min`. */
  outMin?: Float64Array
  /** Buffer for `max`. */
  outMax?: Float64Array
}

/** Output of {@link minMax}: input units. */
export interface MinMaxOutput<T = Float64Array> {
  /** Lowest value of the window. */
  min: T
  /** Highest value of the window. */
  max: T
}

function periodOf(options: MinMaxOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link minMax} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link MinMaxOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { minMaxLookback } from '@aitrade/indicators'
 * minMaxLookback({ period: 20 }) // 19
 * ```
 * @see TA-Lib `TA_MINMAX_Lookback`.
 */
export function minMaxLookback(options: MinMaxOptions = {}): number {
  return periodOf(options) - 1
}

/**
 * Lowest and highest values over the last `period` values (TA-Lib `MINMAX`), each tracked as TA-Lib's `MIN`/`MAX`.
 *
 * `NaN` inside the input is skipped except where TA-Lib's rescan starts on it (see `max`), exactly as TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and optional `outMin`/`outMax` buffers.
 * @returns `{ min, max }`, `Float64Array`s of the input's length (input units); the first {@link minMaxLookback} are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or an output buffer is too short.
 * @example
 * ```ts
 * import { minMax } from '@aitrade/indicators'
 * minMax([3, 1, 4, 1, 5], { period: 3 }) // { min: [NaN, NaN, 1, 1, 1], max: [NaN, NaN, 4, 4, 5] }
 * ```
 * @see TA-Lib `TA_MINMAX` (ta_MINMAX.c).
 */
export function minMax(values: ArrayLike<number>, options: MinMaxOptions & MinMaxOutputOptions = {}): MinMaxOutput {
  const period = periodOf(options)
  const n = checkSeries('values', values)
  const min = outputBuffer(n, options.outMin, 'outMin')
  const max = outputBuffer(n, options.outMax, 'outMax')
  min.fill(Number.NaN, 0, Math.min(n, period - 1))
  max.fill(Number.NaN, 0, Math.min(n, period - 1))
  extremeRange(values, 0, n, period, false, min, null)
  extremeRange(values, 0, n, period, true, max, null)
  return { min, max }
}

/**
 * Streaming lowest and highest values (TA-Lib `MINMAX`), O(1) amortized per update; outputs equal {@link minMax}'s exactly.
 * Each update returns a new object.
 *
 * @example
 * ```ts
 * import { MINMAX } from '@aitrade/indicators'
 * const m = new MINMAX({ period: 3 })
 * for (const x of [3, 1, 4]) m.update(x)
 * m.update(1) // { min: 1, max: 4 }
 * ```
 * @see TA-Lib `TA_MINMAX` (ta_MINMAX.c).
 */
export class MINMAX extends WindowRangeStream<MinMaxOutput<number>> {
  /**
   * @param options - See {@link MinMaxOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: MinMaxOptions = {}) {
    super('MINMAX', periodOf(options))
  }

  /** @internal */
  protected pack(lo: WindowExtreme, hi: WindowExtreme): MinMaxOutput<number> {
    if (!hi.isReady) return { min: Number.NaN, max: Number.NaN }
    return { min: lo.value, max: hi.value }
  }
}
