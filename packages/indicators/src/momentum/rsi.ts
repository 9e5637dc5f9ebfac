import type { OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { GainLossStream, gainLossBatch } from './gainLoss.js'

/** Parameters of {@link rsi} and {@link RSI}. */
export interface RsiOptions {
  /** Smoothing period in bars, integer ≥ 2. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link rsi}: `period` bars before the first value.
 *
 * @param options - {@link RsiOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { rsiLookback } from '@aitrade/indicators'
 * rsiLookback({ period: 14 }) // 14
 * ```
 * @see TA-Lib `TA_RSI_Lookback`.
 */
export function rsiLookback(options: RsiOptions = {}): number {
  return checkPeriod('period', options.period ?? 14, 2)
}

/**
 * Relative Strength Index (TA-Lib `RSI`): `100 · avgGain / (avgGain + avgLoss)`, where the averages of
 * the bar-to-bar gains and losses are seeded with their plain mean over the first `period` changes and
 * then Wilder-smoothed: `avg = (avg · (period − 1) + today) / period`. `0` when both averages are zero.
 * Same results as TA-Lib 0.6 with its default (classic, not Metastock) compatibility and unstable period 0.
 *
 * @param values - Prices (e.g. closes), oldest first. `NaN` inside propagates as in TA-Lib (every later value is `NaN`).
 * @param options - {@link RsiOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length: oscillator in `[0, 100]`, `NaN` for the first {@link rsiLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2, `values`
 *   is not array-like, or `out` is too short.
 * @example
 * ```ts
 * import { rsi } from '@aitrade/indicators'
 * const r = rsi([44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.1], { period: 5 })
 * r[5] // ≈ 61.84 (r[0..4] are NaN)
 * ```
 * @see TA-Lib `TA_RSI` (ta_RSI.c); J. Welles Wilder Jr., *New Concepts in Technical Trading Systems* (1978).
 */
export function rsi(values: ArrayLike<number>, options: RsiOptions & OutputOptions = {}): Float64Array {
  return gainLossBatch(values, options.period, options.out, false)
}

/**
 * Streaming {@link rsi}: `update(close)` returns the newest RSI (`NaN` for the first `period` inputs).
 * O(1) per update without allocation; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { RSI } from '@aitrade/indicators'
 * const ind = new RSI({ period: 14 })
 * for (const close of [44.34, 44.09, 44.15]) ind.update(close)
 * ind.isReady // false until 15 closes
 * ```
 * @see {@link rsi} for the formula and TA-Lib reference.
 */
export class RSI extends GainLossStream {
  /**
   * @param options - {@link RsiOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: RsiOptions = {}) {
    super('RSI', options.period, false)
  }
}
