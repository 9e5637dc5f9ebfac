import type { OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { LagChangeStream, lagChangeBatch } from './lagChange.js'

/** Parameters of {@link rocr100} and {@link ROCR100}. */
export interface Rocr100Options {
  /** Number of bars back, integer ≥ 1. Default `10` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link rocr100}: `period` bars.
 *
 * @param options - {@link Rocr100Options}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { rocr100Lookback } from '@aitrade/indicators'
 * rocr100Lookback({ period: 10 }) // 10
 * ```
 * @see TA-Lib `TA_ROCR100_Lookback`.
 */
export function rocr100Lookback(options: Rocr100Options = {}): number {
  return checkPeriod('period', options.period ?? 10, 1)
}

/**
 * Rate of change ratio on a 100 scale (TA-Lib `ROCR100`): `price / price[period bars ago] · 100` (`0` when the earlier price is 0). Metastock calls it MO.
 *
 * @param values - Prices, oldest first. A `NaN` makes the outputs that use it `NaN`.
 * @param options - {@link Rocr100Options}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in ratio centred at 100, `NaN` for the first {@link rocr100Lookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1,
 *   `values` is not array-like, or `out` is too short.
 * @example
 * ```ts
 * import { rocr100 } from '@aitrade/indicators'
 * rocr100([10, 11, 12, 11.5, 13, 12.5], { period: 2 })[5] // 108.695652
 * ```
 * @see TA-Lib `TA_ROCR100` (ta_ROCR100.c); John J. Murphy, *Technical Analysis of the Financial Markets* (1999), ch. 10.
 */
export function rocr100(values: ArrayLike<number>, options: Rocr100Options & OutputOptions = {}): Float64Array {
  return lagChangeBatch('rocr100', values, options.period, options.out)
}

/**
 * Streaming {@link rocr100}: O(1) per update over a ring of the last `period` inputs; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { ROCR100 } from '@aitrade/indicators'
 * const ind = new ROCR100({ period: 2 })
 * for (const x of [10, 11, 12, 11.5, 13, 12.5]) ind.update(x) // last: 108.695652
 * ```
 * @see {@link rocr100} for the formula.
 */
export class ROCR100 extends LagChangeStream {
  /**
   * @param options - {@link Rocr100Options}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: Rocr100Options = {}) {
    super('ROCR100', 'rocr100', options.period)
  }
}
