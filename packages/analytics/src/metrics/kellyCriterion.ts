import { payoffRatio } from './payoffRatio.js'
import { winRate } from './winRate.js'

/**
 * Kelly criterion, the fixed-odds fraction `f* = p − (1 − p) / b` with `p` = {@link winRate} and `b` =
 * {@link payoffRatio}. Convention: quantstats `kelly_criterion` (≥ 0.0.84, period-based).
 *
 * Edge cases: payoff ratio 0 or `NaN` (no losses, no wins, empty input) → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Suggested fraction of capital (may be negative: do not take the bet).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.kelly_criterion` (quantstats/stats.py); J. L. Kelly, "A New Interpretation of
 *   Information Rate", Bell System Technical Journal, 1956.
 *
 * @example
 * ```ts
 * import { kellyCriterion } from '@aitrade/analytics'
 *
 * kellyCriterion([0.03, -0.01, 0.01, -0.01]) // p = 0.5, b = 2 → 0.5 − 0.5 / 2 = 0.25
 * ```
 */
export function kellyCriterion(returns: ArrayLike<number>): number {
  const b = payoffRatio(returns)
  if (b === 0 || Number.isNaN(b)) return Number.NaN
  const p = winRate(returns)
  return (b * p - (1 - p)) / b
}
