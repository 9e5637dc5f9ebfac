import type { OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { LagChangeStream, lagChangeBatch } from './lagChange.js'

/** Parameters of {@link rocr} and {@link ROCR}. */
export interface RocrOptions {
  /** Number of bars back, integer ≥ 1. Default `10` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link rocr}: `period` bars.
 *
 * @param options - {@link RocrOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { rocrLookback } from '@aitrade/indicators'
 * rocrLookback({ period: 10 }) // 10
 * ```
 * @see TA-Lib `TA_ROCR_Lookback`.
 */
export function rocrLookback(options: RocrOptions = {}): number {
  return checkPeriod('period', options.period ?? 10, 1)
}

/**
 * Rate of change ratio (TA-Lib `ROCR`): `price / price[period bars ago]` (`0` when the earlier price is 0).
 *
 * @param values - Prices, oldest first. A `NaN` makes the outputs that use it `NaN`.
 * @param options - {@link RocrOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in ratio centred at 1, `NaN` for the first {@link rocrLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1,
 *   `values` is not array-like, or `out` is too short.
 * @example
 * ```ts
 * import { rocr } from '@aitrade/indicators'
 * rocr([10, 11, 12, 11.5, 13, 12.5], { period: 2 })[5] // 1.086957
 * ```
 * @see TA-Lib `TA_ROCR` (ta_ROCR.c); John J. Murphy, *Technical Analysis of the Financial Markets* (1999), ch. 10.
 */
export function rocr(values: ArrayLike<number>, options: RocrOptions & OutputOptions = {}): Float64Array {
  return lagChangeBatch('rocr', values, options.period, options.out)
}

/**
 * Streaming {@link rocr}: O(1) per update over a ring of the last `period` inputs; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { ROCR } from '@aitrade/indicators'
 * const ind = new ROCR({ period: 2 })
 * for (const x of [10, 11, 12, 11.5, 13, 12.5]) ind.update(x) // last: 1.086957
 * ```
 * @see {@link rocr} for the formula.
 */
export class ROCR extends LagChangeStream {
  /**
   * @param options - {@link RocrOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: RocrOptions = {}) {
    super('ROCR', 'rocr', options.period)
  }
}
