import { checkSeries } from './options.js'

/**
 * Average winning period: the mean of the positive returns, `mean(r | r > 0)`, `NaN` periods dropped. Convention: quantstats `avg_win`
 * (period-based, not trade-based).
 *
 * Edge cases: no positive return (including empty input) → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Mean return of those periods (fraction per period).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.avg_win` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { avgWin } from '@aitrade/analytics'
 *
 * avgWin([0.01, -0.02, 0.03]) // 0.02
 * ```
 */
export function avgWin(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  let sum = 0
  let count = 0
  for (let i = 0; i < returns.length; i++) {
    const r = returns[i]!
    if (r > 0) {
      sum += r
      count++
    }
  }
  return count === 0 ? Number.NaN : sum / count
}
