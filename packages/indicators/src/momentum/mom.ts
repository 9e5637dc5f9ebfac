import type { OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { LagChangeStream, lagChangeBatch } from './lagChange.js'

/** Parameters of {@link mom} and {@link MOM}. */
export interface MomOptions {
  /** Number of bars back, integer ≥ 1. Default `10` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link mom}: `period` bars.
 *
 * @param options - {@link MomOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { momLookback } from '@aitrade/indicators'
 * momLookback({ period: 10 }) // 10
 * ```
 * @see TA-Lib `TA_MOM_Lookback`.
 */
export function momLookback(options: MomOptions = {}): number {
  return checkPeriod('period', options.period ?? 10, 1)
}

/**
 * Momentum (TA-Lib `MOM`): `price − price[period bars ago]`. Raw difference; not normalised, so not comparable across instruments (TA-Lib's own note). Metastock calls it ROC (Point).
 *
 * @param values - Prices, oldest first. A `NaN` makes the outputs that use it `NaN`.
 * @param options - {@link MomOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in price units, `NaN` for the first {@link momLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1,
 *   `values` is not array-like, or `out` is too short.
 * @example
 * ```ts
 * import { mom } from '@aitrade/indicators'
 * mom([10, 11, 12, 11.5, 13, 12.5], { period: 2 })[5] // 1
 * ```
 * @see TA-Lib `TA_MOM` (ta_MOM.c); John J. Murphy, *Technical Analysis of the Financial Markets* (1999), ch. 10 "Momentum".
 */
export function mom(values: ArrayLike<number>, options: MomOptions & OutputOptions = {}): Float64Array {
  return lagChangeBatch('mom', values, options.period, options.out)
}

/**
 * Streaming {@link mom}: O(1) per update over a ring of the last `period` inputs; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { MOM } from '@aitrade/indicators'
 * const ind = new MOM({ period: 2 })
 * for (const x of [10, 11, 12, 11.5, 13, 12.5]) ind.update(x) // last: 1
 * ```
 * @see {@link mom} for the formula.
 */
export class MOM extends LagChangeStream {
  /**
   * @param options - {@link MomOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: MomOptions = {}) {
    super('MOM', 'mom', options.period)
  }
}
