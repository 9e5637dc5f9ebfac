import { checkSeries } from './options.js'

/**
 * Average non-zero period: the mean of the non-zero returns, `mean(r | r ≠ 0)` (periods without a position left out), `NaN` periods dropped. Convention: quantstats `avg_return`
 * (period-based, not trade-based).
 *
 * Edge cases: no non-zero return (including empty input) → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Mean return of those periods (fraction per period).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.avg_return` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { avgReturn } from '@aitrade/analytics'
 *
 * avgReturn([0.01, 0, -0.02, 0.04]) // 0.01
 * ```
 */
export function avgReturn(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  let sum = 0
  let count = 0
  for (let i = 0; i < returns.length; i++) {
    const r = returns[i]!
    if (r !== 0 && !Number.isNaN(r)) {
      sum += r
      count++
    }
  }
  return count === 0 ? Number.NaN : sum / count
}
