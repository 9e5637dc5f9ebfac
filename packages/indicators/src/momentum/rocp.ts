import type { OutputOptions } from '../types.js'
import { checkPeriod } from '../validate.js'
import { LagChangeStream, lagChangeBatch } from './lagChange.js'

/** Parameters of {@link rocp} and {@link ROCP}. */
export interface RocpOptions {
  /** Number of bars back, integer ≥ 1. Default `10` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link rocp}: `period` bars.
 *
 * @param options - {@link RocpOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { rocpLookback } from '@aitrade/indicators'
 * rocpLookback({ period: 10 }) // 10
 * ```
 * @see TA-Lib `TA_ROCP_Lookback`.
 */
export function rocpLookback(options: RocpOptions = {}): number {
  return checkPeriod('period', options.period ?? 10, 1)
}

/**
 * Rate of change as a fraction (TA-Lib `ROCP`): `(price − price[period bars ago]) / price[period bars ago]` (`0` when the earlier price is 0). TradeStation calls it PercentChange.
 *
 * @param values - Prices, oldest first. A `NaN` makes the outputs that use it `NaN`.
 * @param options - {@link RocpOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in fraction (`0.05` = +5 %), `NaN` for the first {@link rocpLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1,
 *   `values` is not array-like, or `out` is too short.
 * @example
 * ```ts
 * import { rocp } from '@aitrade/indicators'
 * rocp([10, 11, 12, 11.5, 13, 12.5], { period: 2 })[5] // 0.086957
 * ```
 * @see TA-Lib `TA_ROCP` (ta_ROCP.c); John J. Murphy, *Technical Analysis of the Financial Markets* (1999), ch. 10.
 */
export function rocp(values: ArrayLike<number>, options: RocpOptions & OutputOptions = {}): Float64Array {
  return lagChangeBatch('rocp', values, options.period, options.out)
}

/**
 * Streaming {@link rocp}: O(1) per update over a ring of the last `period` inputs; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { ROCP } from '@aitrade/indicators'
 * const ind = new ROCP({ period: 2 })
 * for (const x of [10, 11, 12, 11.5, 13, 12.5]) ind.update(x) // last: 0.086957
 * ```
 * @see {@link rocp} for the formula.
 */
export class ROCP extends LagChangeStream {
  /**
   * @param options - {@link RocpOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: RocpOptions = {}) {
    super('ROCP', 'rocp', options.period)
  }
}
