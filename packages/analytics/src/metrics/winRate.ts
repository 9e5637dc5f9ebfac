import { checkSeries } from './options.js'

/**
 * Win rate: the share of winning periods among the periods with a non-zero return,
 * `#{r > 0} / #{r ≠ 0}` (`NaN` periods dropped first). Convention: quantstats `win_rate` (period-based, not
 * trade-based).
 *
 * Edge cases (as quantstats): no non-zero return (including empty input) → `0`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Win rate as a fraction in `[0, 1]`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.win_rate` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { winRate } from '@aitrade/analytics'
 *
 * winRate([0.01, -0.02, 0, 0.03]) // 2 / 3
 * ```
 */
export function winRate(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  let wins = 0
  let nonZero = 0
  for (let i = 0; i < returns.length; i++) {
    const r = returns[i]!
    if (r > 0) wins++
    if (r !== 0 && !Number.isNaN(r)) nonZero++
  }
  return nonZero === 0 ? 0 : wins / nonZero
}
