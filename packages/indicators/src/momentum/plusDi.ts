import type { OhlcvInput, OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { DirectionalStream, directionalBatch } from './directional.js'

/** Parameters of {@link plusDi} and {@link PLUS_DI}. */
export interface PlusDiOptions {
  /** Smoothing period in bars, an integer ≥ 1. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link plusDi}: `period` bars (`1` when `period = 1`).
 *
 * @param options - {@link PlusDiOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { plusDiLookback } from '@aitrade/indicators'
 * plusDiLookback({ period: 14 }) // 14
 * ```
 * @see TA-Lib `TA_PLUS_DI_Lookback`.
 */
export function plusDiLookback(options: PlusDiOptions = {}): number {
  const period = checkPeriod('period', options.period ?? 14, 1)
  return Math.max(period, 1)
}

/**
 * Plus directional indicator (TA-Lib `PLUS_DI`): `100 · +DM / TR` with +DM and the true range TR both Wilder-smoothed over `period` (see {@link plusDm}); `0` when TR is zero. With `period = 1`, TA-Lib returns the unscaled ratio `+DM1 / TR1`.
 * Same results as TA-Lib 0.6 (unstable period 0, no Wilder rounding).
 *
 * @param bars - `high`, `low` and `close` arrays of equal length, oldest first. A `NaN` propagates as in TA-Lib.
 * @param options - {@link PlusDiOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in percent `[0, 100]`, `NaN` for the first {@link plusDiLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1, a field
 *   is missing or of a different length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { plusDi } from '@aitrade/indicators'
 * const bars = { high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5], low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4], close: [9.5, 10.9, 11.8, 10.6, 12.8, 12.1, 13.7, 12.5, 11.2, 12.3] }
 * plusDi(bars, { period: 3 })[9] // ≈ 26.9649
 * ```
 * @see TA-Lib `TA_PLUS_DI` (ta_PLUS_DI.c); J. Welles Wilder Jr., *New Concepts in Technical Trading Systems* (1978), Directional Movement.
 */
export function plusDi(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: PlusDiOptions & OutputOptions = {},
): Float64Array {
  return directionalBatch('plusDi', bars, options.period, options.out)
}

/**
 * Streaming {@link plusDi}: `update(bar)` reads `high`, `low` and `close`; O(1) per update, no allocation; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { PLUS_DI } from '@aitrade/indicators'
 * const ind = new PLUS_DI({ period: 14 })
 * ind.update({ high: 10, low: 9, close: 9.5 }) // NaN until ready
 * ```
 * @see {@link plusDi} for the formula.
 */
export class PLUS_DI extends DirectionalStream {
  /**
   * @param options - {@link PlusDiOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: PlusDiOptions = {}) {
    super('PLUS_DI', 'plusDi', options.period)
  }
}
