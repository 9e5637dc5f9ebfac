import { dropNaN, quantileInPlace } from './nan.js'
import { profitFactor } from './profitFactor.js'

/**
 * Common sense ratio: {@link profitFactor} × quantstats' tail ratio `|Q(0.95) / Q(0.05)|` (pandas' linear
 * quantiles of the non-NaN returns). Convention: quantstats `common_sense_ratio`.
 *
 * Edge cases (as quantstats): a 5 % quantile of 0, or no non-NaN return → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Common sense ratio (dimensionless; above 1 is favourable).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.common_sense_ratio` and `stats.tail_ratio` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { commonSenseRatio } from '@aitrade/analytics'
 *
 * commonSenseRatio([-0.02, -0.01, 0, 0.01, 0.02, 0.03]) // profit factor 2 × tail 0.0275 / 0.0175 ≈ 3.143
 * ```
 */
export function commonSenseRatio(returns: ArrayLike<number>): number {
  const pf = profitFactor(returns)
  const a = dropNaN(returns)
  if (a.length === 0) return Number.NaN
  const upper = quantileInPlace(a, 0.95)
  const lower = quantileInPlace(a, 0.05)
  if (lower === 0) return Number.NaN
  return pf * Math.abs(upper / lower)
}
