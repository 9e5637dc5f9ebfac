import { winRate } from './winRate.js'

/**
 * Risk of ruin: `((1 − p) / (1 + p))^n` with `p` = {@link winRate} and `n` the number of non-NaN periods.
 * Convention: quantstats `risk_of_ruin`.
 *
 * Edge cases (as quantstats): empty input → `1` (`p = 0`, `n = 0`).
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Probability in `[0, 1]`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.risk_of_ruin` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { riskOfRuin } from '@aitrade/analytics'
 *
 * riskOfRuin([0.01, -0.01]) // ((1 − 0.5) / 1.5)² = 1/9
 * ```
 */
export function riskOfRuin(returns: ArrayLike<number>): number {
  const p = winRate(returns)
  let n = 0
  for (let i = 0; i < returns.length; i++) if (!Number.isNaN(returns[i]!)) n++
  return ((1 - p) / (1 + p)) ** n
}
