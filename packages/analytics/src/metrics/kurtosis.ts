import { centralMoments } from './nan.js'
import { checkSeries } from './options.js'

/**
 * Excess kurtosis, biased (Fisher `g₂`): `m₄ / m₂² − 3` with central moments `m_k = Σ(x − x̄)^k / n` (0 for a
 * normal distribution). Convention: empyrical's `stats.kurtosis` (`scipy.stats.kurtosis`, `fisher=True`,
 * `bias=True`). quantstats and pandas report the adjusted `G₂` instead.
 *
 * Edge cases (as scipy): any `NaN` → `NaN`; empty input → `NaN`; (near-)zero variance,
 * `m₂ ≤ (1e-14·x̄)²`, → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions).
 * @returns Excess kurtosis (dimensionless, ≥ −2).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see scipy `scipy.stats.kurtosis`; empyrical `SIMPLE_STAT_FUNCS` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { kurtosis } from '@aitrade/analytics'
 *
 * kurtosis([1, 2, 3, 4]) // m₂ = 1.25, m₄ = 2.5625 → 1.64 − 3 = −1.36
 * ```
 */
export function kurtosis(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  const m = centralMoments(returns)
  if (m.count !== returns.length || m.count === 0 || m.m2 <= (1e-14 * m.mean) ** 2) return Number.NaN
  return m.m4 / (m.m2 * m.m2) - 3
}
