import { EMA } from '../overlap/ema.js'
import { createMa, MaType } from '../overlap/ma.js'
import { checkPeriod, checkSeries } from '../validate.js'
import { macdKernel } from './macd.js'
import { type MacdOutput, type MacdOutputOptions, MacdStream, macdBuffers } from './macdStream.js'

/** Parameters of {@link macdFix} and {@link MACDFIX}. */
export interface MacdFixOptions {
  /** Signal EMA period, integer ≥ 1. Default `9` (TA-Lib `optInSignalPeriod`). */
  signalPeriod?: number
}

/**
 * Lookback of {@link macdFix}: `25 + (signalPeriod − 1)` bars.
 *
 * @param options - {@link MacdFixOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `signalPeriod` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { macdFixLookback } from '@aitrade/indicators'
 * macdFixLookback() // 33
 * ```
 * @see TA-Lib `TA_MACDFIX_Lookback`.
 */
export function macdFixLookback(options: MacdFixOptions = {}): number {
  return 25 + checkPeriod('signalPeriod', options.signalPeriod ?? 9, 1) - 1
}

/**
 * MACD with the classic fixed 12/26 averages (TA-Lib `MACDFIX`): as {@link macd} with `fastPeriod` 12 and
 * `slowPeriod` 26, but with TA-Lib's fixed smoothing factors `0.15` and `0.075` (the rounded "15 %" and
 * "7.5 %" trend percentages of Appel's original, instead of `2/13` and `2/27`).
 *
 * With `signalPeriod` 1 the signal equals the MACD line. (TA-Lib 0.6 takes a 1-period EMA's lookback as −1 there:
 * it writes an uninitialised value one bar early and shifts its signal line; its MACD line agrees with ours.)
 *
 * @param values - Prices (e.g. closes), oldest first. A `NaN` propagates to every later output.
 * @param options - {@link MacdFixOptions} and {@link MacdOutputOptions}.
 * @returns `{ macd, signal, histogram }`, `Float64Array`s of the input's length in price units, `NaN` for the first
 *   {@link macdFixLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `signalPeriod` is not an integer ≥ 1,
 *   `values` is not array-like or a buffer is too short.
 * @example
 * ```ts
 * import { macdFix } from '@aitrade/indicators'
 * const close = Array.from({ length: 60 }, (_, i) => 100 + i * 0.5 + 5 * Math.sin(i / 3))
 * macdFix(close).macd[59] // ≈ 3.4304
 * ```
 * @see TA-Lib `TA_MACDFIX` (ta_MACDFIX.c); Gerald Appel, *The Moving Average Convergence-Divergence Trading
 *   Method* (1979).
 */
export function macdFix(values: ArrayLike<number>, options: MacdFixOptions & MacdOutputOptions = {}): MacdOutput {
  const signal = checkPeriod('signalPeriod', options.signalPeriod ?? 9, 1)
  const n = checkSeries('values', values)
  return macdKernel(values, n, 12, 26, signal, 0.15, 0.075, macdBuffers(n, options))
}

/**
 * Streaming {@link macdFix}: O(1) per update; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { MACDFIX } from '@aitrade/indicators'
 * const ind = new MACDFIX({ signalPeriod: 9 })
 * ind.update(101.5).signal // NaN until 34 values
 * ```
 * @see {@link macdFix} for the formula.
 */
export class MACDFIX extends MacdStream {
  /**
   * @param options - {@link MacdFixOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `signalPeriod` is not an integer ≥ 1.
   */
  constructor(options: MacdFixOptions = {}) {
    const signalPeriod = checkPeriod('signalPeriod', options.signalPeriod ?? 9, 1)
    super(
      'MACDFIX',
      { signalPeriod },
      25 + signalPeriod - 1,
      new EMA({ period: 26 }, 0.075),
      0,
      new EMA({ period: 12 }, 0.15),
      14,
      25,
      createMa(MaType.EMA, signalPeriod),
    )
  }
}
