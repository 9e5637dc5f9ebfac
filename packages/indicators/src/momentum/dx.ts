import type { OhlcvInput, OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { DirectionalStream, directionalBatch } from './directional.js'

/** Parameters of {@link dx} and {@link DX}. */
export interface DxOptions {
  /** Smoothing period in bars, an integer ≥ 2. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link dx}: `period` bars.
 *
 * @param options - {@link DxOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { dxLookback } from '@aitrade/indicators'
 * dxLookback({ period: 14 }) // 14
 * ```
 * @see TA-Lib `TA_DX_Lookback`.
 */
export function dxLookback(options: DxOptions = {}): number {
  const period = checkPeriod('period', options.period ?? 14, 2)
  return period
}

/**
 * Directional movement index (TA-Lib `DX`): `100 · |−DI − +DI| / (−DI + +DI)` from the Wilder-smoothed directional indicators (see {@link plusDi}); when TR or the DI sum is zero, the previous DX (or `0` for the first).
 * Same results as TA-Lib 0.6 (unstable period 0, no Wilder rounding).
 *
 * @param bars - `high`, `low` and `close` arrays of equal length, oldest first. A `NaN` propagates as in TA-Lib.
 * @param options - {@link DxOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in percent `[0, 100]`, `NaN` for the first {@link dxLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2, a field
 *   is missing or of a different length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { dx } from '@aitrade/indicators'
 * const bars = { high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5], low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4], close: [9.5, 10.9, 11.8, 10.6, 12.8, 12.1, 13.7, 12.5, 11.2, 12.3] }
 * dx(bars, { period: 3 })[9] // ≈ 12.2240
 * ```
 * @see TA-Lib `TA_DX` (ta_DX.c); J. Welles Wilder Jr., *New Concepts in Technical Trading Systems* (1978), Directional Movement.
 */
export function dx(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: DxOptions & OutputOptions = {},
): Float64Array {
  return directionalBatch('dx', bars, options.period, options.out)
}

/**
 * Streaming {@link dx}: `update(bar)` reads `high`, `low` and `close`; O(1) per update, no allocation; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { DX } from '@aitrade/indicators'
 * const ind = new DX({ period: 14 })
 * ind.update({ high: 10, low: 9, close: 9.5 }) // NaN until ready
 * ```
 * @see {@link dx} for the formula.
 */
export class DX extends DirectionalStream {
  /**
   * @param options - {@link DxOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: DxOptions = {}) {
    super('DX', 'dx', options.period)
  }
}
