import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'
import { extremeRange, type WindowExtreme, WindowRangeStream } from './windowExtreme.js'

/** Options of {@link minMaxIndex} and {@link MINMAXINDEX}. */
export interface MinMaxIndexOptions {
  /** Window length, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

/** Output buffers of {@link minMaxIndex}, each of at least the input's length. */
export interface MinMaxIndexOutputOptions {
  /** Buffer for `minIdx`. */
  outMinIdx?: Float64Array
  /** Buffer for `maxIdx`. */
  outMaxIdx?: Float64Array
}

/** Output of {@link minMaxIndex}: integer indices. */
export interface MinMaxIndexOutput<T = Float64Array> {
  /** Index of the lowest value of the window. */
  minIdx: T
  /** Index of the highest value of the window. */
  maxIdx: T
}

function periodOf(options: MinMaxIndexOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link minMaxIndex} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link MinMaxIndexOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { minMaxIndexLookback } from '@aitrade/indicators'
 * minMaxIndexLookback({ period: 20 }) // 19
 * ```
 * @see TA-Lib `TA_MINMAXINDEX_Lookback`.
 */
export function minMaxIndexLookback(options: MinMaxIndexOptions = {}): number {
  return periodOf(options) - 1
}

/**
 * Indices of the lowest and highest values over the last `period` values (TA-Lib `MINMAXINDEX`), each tracked as TA-Lib's `MIN`/`MAX` (see `maxIndex` for the tie-breaking). Indices are absolute 0-based positions in the input, as TA-Lib returns them, in `Float64Array`s so the warm-up can be `NaN`; for a streaming instance they count updates since construction or `reset()`.
 *
 * `NaN` inside the input is skipped except where TA-Lib's rescan starts on it (see `max`), exactly as TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and optional `outMinIdx`/`outMaxIdx` buffers.
 * @returns `{ minIdx, maxIdx }`, `Float64Array`s of the input's length (integer indices); the first {@link minMaxIndexLookback} are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or an output buffer is too short.
 * @example
 * ```ts
 * import { minMaxIndex } from '@aitrade/indicators'
 * minMaxIndex([3, 1, 4, 1, 5], { period: 3 }) // { minIdx: [NaN, NaN, 1, 3, 3], maxIdx: [NaN, NaN, 2, 2, 4] }
 * ```
 * @see TA-Lib `TA_MINMAXINDEX` (ta_MINMAXINDEX.c).
 */
export function minMaxIndex(
  values: ArrayLike<number>,
  options: MinMaxIndexOptions & MinMaxIndexOutputOptions = {},
): MinMaxIndexOutput {
  const period = periodOf(options)
  const n = checkSeries('values', values)
  const minIdx = outputBuffer(n, options.outMinIdx, 'outMinIdx')
  const maxIdx = outputBuffer(n, options.outMaxIdx, 'outMaxIdx')
  minIdx.fill(Number.NaN, 0, Math.min(n, period - 1))
  maxIdx.fill(Number.NaN, 0, Math.min(n, period - 1))
  extremeRange(values, 0, n, period, false, null, minIdx)
  extremeRange(values, 0, n, period, true, null, maxIdx)
  return { minIdx, maxIdx }
}

/**
 * Streaming indices of the lowest and highest values (TA-Lib `MINMAXINDEX`), O(1) amortized per update; outputs equal {@link minMaxIndex}'s exactly.
 * Each update returns a new object.
 *
 * @example
 * ```ts
 * import { MINMAXINDEX } from '@aitrade/indicators'
 * const m = new MINMAXINDEX({ period: 3 })
 * for (const x of [3, 1, 4]) m.update(x)
 * m.update(1) // { minIdx: 3, maxIdx: 2 }
 * ```
 * @see TA-Lib `TA_MINMAXINDEX` (ta_MINMAXINDEX.c).
 */
export class MINMAXINDEX extends WindowRangeStream<MinMaxIndexOutput<number>> {
  /**
   * @param options - See {@link MinMaxIndexOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: MinMaxIndexOptions = {}) {
    super('MINMAXINDEX', periodOf(options))
  }

  /** @internal */
  protected pack(lo: WindowExtreme, hi: WindowExtreme): MinMaxIndexOutput<number> {
    if (!hi.isReady) return { minIdx: Number.NaN, maxIdx: Number.NaN }
    return { minIdx: lo.index, maxIdx: hi.index }
  }
}
