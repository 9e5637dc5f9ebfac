import type { OhlcvInput, OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { DirectionalStream, directionalBatch } from './directional.js'

/** Parameters of {@link minusDi} and {@link MINUS_DI}. */
export interface MinusDiOptions {
  /** Smoothing period in bars, an integer ≥ 1. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link minusDi}: `period` bars (`1` when `period = 1`).
 *
 * @param options - {@link MinusDiOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { minusDiLookback } from '@aitrade/indicators'
 * minusDiLookback({ period: 14 }) // 14
 * ```
 * @see TA-Lib `TA_MINUS_DI_Lookback`.
 */
export function minusDiLookback(options: MinusDiOptions = {}): number {
  const period = checkPeriod('period', options.period ?? 14, 1)
  return Math.max(period, 1)
}

/**
 * Minus directional indicator (TA-Lib `MINUS_DI`): `100 · −DM / TR` with −DM and the true range TR both Wilder-smoothed over `period` (see {@link minusDm}); `0` when TR is zero. With `period = 1`, TA-Lib returns the unscaled ratio `−DM1 / TR1`.
 * Same results as TA-Lib 0.6 (unstable period 0, no Wilder rounding).
 *
 * @param bars - `high`, `low` and `close` arrays of equal length, oldest first. A `NaN` propagates as in TA-Lib.
 * @param options - {@link MinusDiOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in percent `[0, 100]`, `NaN` for the first {@link minusDiLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1, a field
 *   is missing or of a different length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { minusDi } from '@aitrade/indicators'
 * const bars = { high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5], low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4], close: [9.5, 10.9, 11.8, 10.6, 12.8, 12.1, 13.7, 12.5, 11.2, 12.3] }
 * minusDi(bars, { period: 3 })[9] // ≈ 21.0906
 * ```
 * @see TA-Lib `TA_MINUS_DI` (ta_MINUS_DI.c); J. Welles Wilder Jr., *New Concepts in Technical Trading Systems* (1978), Directional Movement.
 */
export function minusDi(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: MinusDiOptions & OutputOptions = {},
): Float64Array {
  return directionalBatch('minusDi', bars, options.period, options.out)
}

/**
 * Streaming {@link minusDi}: `update(bar)` reads `high`, `low` and `close`; O(1) per update, no allocation; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { MINUS_DI } from '@aitrade/indicators'
 * const ind = new MINUS_DI({ period: 14 })
 * ind.update({ high: 10, low: 9, close: 9.5 }) // NaN until ready
 * ```
 * @see {@link minusDi} for the formula.
 */
export class MINUS_DI extends DirectionalStream {
  /**
   * @param options - {@link MinusDiOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: MinusDiOptions = {}) {
    super('MINUS_DI', 'minusDi', options.period)
  }
}
