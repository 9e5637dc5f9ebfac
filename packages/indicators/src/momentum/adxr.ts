import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput, OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { DIRECTIONAL_STATE, directionalBatch, directionalStep } from './directional.js'

/** Parameters of {@link adxr} and {@link ADXR}. */
export interface AdxrOptions {
  /** Smoothing period in bars, integer ≥ 2. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link adxr}: `3 · period − 2` bars (ADX's `2 · period − 1` plus `period − 1`).
 *
 * @param options - {@link AdxrOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { adxrLookback } from '@aitrade/indicators'
 * adxrLookback({ period: 14 }) // 40
 * ```
 * @see TA-Lib `TA_ADXR_Lookback`.
 */
export function adxrLookback(options: AdxrOptions = {}): number {
  return 3 * checkPeriod('period', options.period ?? 14, 2) - 2
}

/**
 * Average directional movement index rating (TA-Lib `ADXR`): `(ADX + ADX[period − 1 bars ago]) / 2`, with
 * ADX as {@link adx}.
 *
 * @param bars - `high`, `low` and `close` arrays of equal length, oldest first. A `NaN` propagates as in TA-Lib.
 * @param options - {@link AdxrOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in percent `[0, 100]`, `NaN` for the first {@link adxrLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2, a field
 *   is missing or of a different length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { adxr } from '@aitrade/indicators'
 * const bars = {
 *   high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5],
 *   low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4],
 *   close: [9.5, 10.9, 11.8, 10.6, 12.8, 12.1, 13.7, 12.5, 11.2, 12.3],
 * }
 * adxr(bars, { period: 3 })[9] // ≈ 60.4625
 * ```
 * @see TA-Lib `TA_ADXR` (ta_ADXR.c); J. Welles Wilder Jr., *New Concepts in Technical Trading Systems* (1978).
 */
export function adxr(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: AdxrOptions & OutputOptions = {},
): Float64Array {
  const period = checkPeriod('period', options.period ?? 14, 2)
  const out = directionalBatch('adx', bars, period, options.out)
  const n = bars.close.length
  const lb = 3 * period - 2
  for (let i = n - 1; i >= lb; i--) out[i] = ((out[i] as number) + (out[i - (period - 1)] as number)) / 2.0
  out.fill(Number.NaN, 0, Math.min(n, lb))
  return out
}

/**
 * Streaming {@link adxr}: O(1) per update; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { ADXR } from '@aitrade/indicators'
 * const ind = new ADXR({ period: 14 })
 * ind.update({ high: 10, low: 9, close: 9.5 }) // NaN until 41 bars
 * ```
 * @see {@link adxr} for the formula.
 */
export class ADXR extends StateStream<Pick<OhlcvBar, 'high' | 'low' | 'close'>, number> {
  readonly lookback: number
  private readonly period: number

  /**
   * @param options - {@link AdxrOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: AdxrOptions = {}) {
    const period = checkPeriod('period', options.period ?? 14, 2)
    super('ADXR', { period }, new Float64Array(DIRECTIONAL_STATE), { count: 1, length: period - 1 })
    this.period = period
    this.lookback = 3 * period - 2
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    const adx = directionalStep('adx', this.period, this.s, this.count, bar.high, bar.low, bar.close)
    const ring = this.rings[0] as Float64Array
    const slot = (this.count - 1) % (this.period - 1)
    const old = ring[slot] as number
    ring[slot] = adx
    return this.count > this.lookback ? (adx + old) / 2.0 : Number.NaN
  }
}
