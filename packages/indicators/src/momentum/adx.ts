import type { OhlcvInput, OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { DirectionalStream, directionalBatch } from './directional.js'

/** Parameters of {@link adx} and {@link ADX}. */
export interface AdxOptions {
  /** Smoothing period in bars, an integer ≥ 2. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link adx}: `2 · period − 1` bars.
 *
 * @param options - {@link AdxOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { adxLookback } from '@aitrade/indicators'
 * adxLookback({ period: 14 }) // 27
 * ```
 * @see TA-Lib `TA_ADX_Lookback`.
 */
export function adxLookback(options: AdxOptions = {}): number {
  const period = checkPeriod('period', options.period ?? 14, 2)
  return 2 * period - 1
}

/**
 * Average directional movement index (TA-Lib `ADX`): the mean of the first `period` DX values (see {@link dx}), then Wilder-smoothed `ADX = (ADX · (period − 1) + DX) / period`.
 * Same results as TA-Lib 0.6 (unstable period 0, no Wilder rounding).
 *
 * @param bars - `high`, `low` and `close` arrays of equal length, oldest first. A `NaN` propagates as in TA-Lib.
 * @param options - {@link AdxOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in percent `[0, 100]`, `NaN` for the first {@link adxLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2, a field
 *   is missing or of a different length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { adx } from '@aitrade/indicators'
 * const bars = { high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5], low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4], close: [9.5, 10.9, 11.8, 10.6, 12.8, 12.1, 13.7, 12.5, 11.2, 12.3] }
 * adx(bars, { period: 3 })[9] // ≈ 42.4070
 * ```
 * @see TA-Lib `TA_ADX` (ta_ADX.c); J. Welles Wilder Jr., *New Concepts in Technical Trading Systems* (1978), Directional Movement.
 */
export function adx(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: AdxOptions & OutputOptions = {},
): Float64Array {
  return directionalBatch('adx', bars, options.period, options.out)
}

/**
 * Streaming {@link adx}: `update(bar)` reads `high`, `low` and `close`; O(1) per update, no allocation; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { ADX } from '@aitrade/indicators'
 * const ind = new ADX({ period: 14 })
 * ind.update({ high: 10, low: 9, close: 9.5 }) // NaN until ready
 * ```
 * @see {@link adx} for the formula.
 */
export class ADX extends DirectionalStream {
  /**
   * @param options - {@link AdxOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: AdxOptions = {}) {
    super('ADX', 'adx', options.period)
  }
}
