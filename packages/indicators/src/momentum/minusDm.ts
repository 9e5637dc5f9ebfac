import type { OhlcvInput, OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { DirectionalStream, directionalBatch } from './directional.js'

/** Parameters of {@link minusDm} and {@link MINUS_DM}. */
export interface MinusDmOptions {
  /** Smoothing period in bars, an integer ≥ 1. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link minusDm}: `period − 1` bars (`1` when `period = 1`).
 *
 * @param options - {@link MinusDmOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { minusDmLookback } from '@aitrade/indicators'
 * minusDmLookback({ period: 14 }) // 13
 * ```
 * @see TA-Lib `TA_MINUS_DM_Lookback`.
 */
export function minusDmLookback(options: MinusDmOptions = {}): number {
  const period = checkPeriod('period', options.period ?? 14, 1)
  return period > 1 ? period - 1 : 1
}

/**
 * Minus directional movement (TA-Lib `MINUS_DM`): −DM1 = `prevLow − low` when that down-move is positive and larger than the up-move `high − prevHigh`, else 0; summed over the first `period − 1` bars, then Wilder-smoothed `DM = DM − DM/period + DM1`. With `period = 1`, the raw −DM1.
 * Same results as TA-Lib 0.6 (unstable period 0, no Wilder rounding).
 *
 * @param bars - `high` and `low` arrays of equal length, oldest first. A `NaN` propagates as in TA-Lib.
 * @param options - {@link MinusDmOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in price units, `NaN` for the first {@link minusDmLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1, a field
 *   is missing or of a different length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { minusDm } from '@aitrade/indicators'
 * const bars = { high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5], low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4] }
 * minusDm(bars, { period: 3 })[9] // ≈ 0.9152
 * ```
 * @see TA-Lib `TA_MINUS_DM` (ta_MINUS_DM.c); J. Welles Wilder Jr., *New Concepts in Technical Trading Systems* (1978), Directional Movement.
 */
export function minusDm(
  bars: Pick<OhlcvInput, 'high' | 'low'>,
  options: MinusDmOptions & OutputOptions = {},
): Float64Array {
  return directionalBatch('minusDm', bars, options.period, options.out)
}

/**
 * Streaming {@link minusDm}: `update(bar)` reads `high` and `low`; O(1) per update, no allocation; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { MINUS_DM } from '@aitrade/indicators'
 * const ind = new MINUS_DM({ period: 14 })
 * ind.update({ high: 10, low: 9, close: 9.5 }) // NaN until ready
 * ```
 * @see {@link minusDm} for the formula.
 */
export class MINUS_DM extends DirectionalStream {
  /**
   * @param options - {@link MinusDmOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: MinusDmOptions = {}) {
    super('MINUS_DM', 'minusDm', options.period)
  }
}
