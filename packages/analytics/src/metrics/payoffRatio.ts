import { avgLoss } from './avgLoss.js'
import { avgWin } from './avgWin.js'

/**
 * Payoff ratio (win/loss ratio): `avgWin / |avgLoss|`. Convention: quantstats `payoff_ratio` (period-based).
 *
 * Edge cases: no losing period → `NaN` (the average loss is undefined); no winning period → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Payoff ratio (dimensionless, ≥ 0).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.payoff_ratio` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { payoffRatio } from '@aitrade/analytics'
 *
 * payoffRatio([0.03, -0.01, 0.01, -0.01]) // 0.02 / 0.01 = 2
 * ```
 */
export function payoffRatio(returns: ArrayLike<number>): number {
  const loss = avgLoss(returns)
  if (loss === 0) return Number.NaN
  return avgWin(returns) / Math.abs(loss)
}
