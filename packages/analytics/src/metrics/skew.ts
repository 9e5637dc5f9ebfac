import { centralMoments } from './nan.js'
import { checkSeries } from './options.js'

/**
 * Sample skewness, biased (Fisher–Pearson `g₁`): `m₃ / m₂^{3/2}` with central moments `m_k = Σ(x − x̄)^k / n`.
 * Convention: empyrical's `stats.skew` (`scipy.stats.skew`, `bias=True`, `nan_policy='propagate'`). quantstats
 * and pandas report the adjusted `G₁ = g₁·√(n(n−1))/(n−2)` instead.
 *
 * Edge cases (as scipy): any `NaN` → `NaN`; empty input → `NaN`; (near-)zero variance,
 * `m₂ ≤ (1e-14·x̄)²`, → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions).
 * @returns Skewness (dimensionless).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see scipy `scipy.stats.skew`; empyrical `SIMPLE_STAT_FUNCS` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { skew } from '@aitrade/analytics'
 *
 * skew([1, 2, 3, 10]) // m₂ = 12.5, m₃ = 45 → 45 / 12.5^1.5 ≈ 1.018
 * ```
 */
export function skew(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  const m = centralMoments(returns)
  if (m.count !== returns.length || m.count === 0 || m.m2 <= (1e-14 * m.mean) ** 2) return Number.NaN
  return m.m3 / m.m2 ** 1.5
}
