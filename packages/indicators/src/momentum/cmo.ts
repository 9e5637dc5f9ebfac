import type { OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { GainLossStream, gainLossBatch } from './gainLoss.js'

/** Parameters of {@link cmo} and {@link CMO}. */
export interface CmoOptions {
  /** Smoothing period in bars, integer ≥ 2. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link cmo}: `period` bars before the first value.
 *
 * @param options - {@link CmoOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { cmoLookback } from '@aitrade/indicators'
 * cmoLookback({ period: 14 }) // 14
 * ```
 * @see TA-Lib `TA_CMO_Lookback`.
 */
export function cmoLookback(options: CmoOptions = {}): number {
  return checkPeriod('period', options.period ?? 14, 2)
}

/**
 * Chande Momentum Oscillator (TA-Lib `CMO`): `100 · (avgGain − avgLoss) / (avgGain + avgLoss)`, where the averages of
 * the bar-to-bar gains and losses are seeded with their plain mean over the first `period` changes and
 * then Wilder-smoothed: `avg = (avg · (period − 1) + today) / period`. `0` when both averages are zero.
 * Same results as TA-Lib 0.6 with its default (classic, not Metastock) compatibility and unstable period 0.
 *
 * @param values - Prices (e.g. closes), oldest first. `NaN` inside propagates as in TA-Lib (every later value is `NaN`).
 * @param options - {@link CmoOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length: oscillator in `[-100, 100]`, `NaN` for the first {@link cmoLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2, `values`
 *   is not array-like, or `out` is too short.
 * @example
 * ```ts
 * import { cmo } from '@aitrade/indicators'
 * const r = cmo([44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.1], { period: 5 })
 * r[5] // ≈ 23.67 (r[0..4] are NaN)
 * ```
 * @see TA-Lib `TA_CMO` (ta_CMO.c; TA-Lib smooths like RSI, Chande's original sums over the window); Tushar Chande & Stanley Kroll, *The New Technical Trader* (1994).
 */
export function cmo(values: ArrayLike<number>, options: CmoOptions & OutputOptions = {}): Float64Array {
  return gainLossBatch(values, options.period, options.out, true)
}

/**
 * Streaming {@link cmo}: `update(close)` returns the newest CMO (`NaN` for the first `period` inputs).
 * O(1) per update without allocation; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { CMO } from '@aitrade/indicators'
 * const ind = new CMO({ period: 14 })
 * for (const close of [44.34, 44.09, 44.15]) ind.update(close)
 * ind.isReady // false until 15 closes
 * ```
 * @see {@link cmo} for the formula and TA-Lib reference.
 */
export class CMO extends GainLossStream {
  /**
   * @param options - {@link CmoOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: CmoOptions = {}) {
    super('CMO', options.period, true)
  }
}
