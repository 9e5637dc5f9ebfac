import type { OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { LagChangeStream, lagChangeBatch } from './lagChange.js'

/** Parameters of {@link roc} and {@link ROC}. */
export interface RocOptions {
  /** Number of bars back, integer ≥ 1. Default `10` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link roc}: `period` bars.
 *
 * @param options - {@link RocOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { rocLookback } from '@aitrade/indicators'
 * rocLookback({ period: 10 }) // 10
 * ```
 * @see TA-Lib `TA_ROC_Lookback`.
 */
export function rocLookback(options: RocOptions = {}): number {
  return checkPeriod('period', options.period ?? 10, 1)
}

/**
 * Rate of change in percent (TA-Lib `ROC`): `(price / price[period bars ago] − 1) · 100` (`0` when the earlier price is 0). Same as TradeStation ROC and Metastock ROC (Percent).
 *
 * @param values - Prices, oldest first. A `NaN` makes the outputs that use it `NaN`.
 * @param options - {@link RocOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in percent (`5` = +5 %), `NaN` for the first {@link rocLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1,
 *   `values` is not array-like, or `out` is too short.
 * @example
 * ```ts
 * import { roc } from '@aitrade/indicators'
 * roc([10, 11, 12, 11.5, 13, 12.5], { period: 2 })[5] // 8.695652
 * ```
 * @see TA-Lib `TA_ROC` (ta_ROC.c); John J. Murphy, *Technical Analysis of the Financial Markets* (1999), ch. 10.
 */
export function roc(values: ArrayLike<number>, options: RocOptions & OutputOptions = {}): Float64Array {
  return lagChangeBatch('roc', values, options.period, options.out)
}

/**
 * Streaming {@link roc}: O(1) per update over a ring of the last `period` inputs; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { ROC } from '@aitrade/indicators'
 * const ind = new ROC({ period: 2 })
 * for (const x of [10, 11, 12, 11.5, 13, 12.5]) ind.update(x) // last: 8.695652
 * ```
 * @see {@link roc} for the formula.
 */
export class ROC extends LagChangeStream {
  /**
   * @param options - {@link RocOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: RocOptions = {}) {
    super('ROC', 'roc', options.period)
  }
}
