import { checkSeries } from './options.js'

/**
 * Average losing period: the mean of the negative returns, `mean(r | r < 0)`, `NaN` periods dropped. Convention: quantstats `avg_loss`
 * (period-based, not trade-based).
 *
 * Edge cases: no negative return (including empty input) → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Mean return of those periods (fraction per period).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.avg_loss` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { avgLoss } from '@aitrade/analytics'
 *
 * avgLoss([0.01, -0.02, -0.04]) // -0.03
 * ```
 */
export function avgLoss(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  let sum = 0
  let count = 0
  for (let i = 0; i < returns.length; i++) {
    const r = returns[i]!
    if (r < 0) {
      sum += r
      count++
    }
  }
  return count === 0 ? Number.NaN : sum / count
}
