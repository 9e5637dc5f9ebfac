import { payoffRatio } from './payoffRatio.js'
import { profitFactor } from './profitFactor.js'
import { winRate } from './winRate.js'

/**
 * CPC index: {@link profitFactor} × {@link winRate} × {@link payoffRatio}. Convention: quantstats `cpc_index`
 * (period-based).
 *
 * Edge cases: no losing period → `NaN` (the payoff ratio is undefined).
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns CPC index (dimensionless; above 1 is favourable).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.cpc_index` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { cpcIndex } from '@aitrade/analytics'
 *
 * cpcIndex([0.03, -0.01, 0.01, -0.01]) // 2 × 0.5 × 2 = 2
 * ```
 */
export function cpcIndex(returns: ArrayLike<number>): number {
  return profitFactor(returns) * winRate(returns) * payoffRatio(returns)
}
