import { checkSeries } from './options.js'

function longestRun(returns: ArrayLike<number>, wins: boolean): number {
  checkSeries('returns', returns)
  if (returns.length === 0) return Number.NaN
  let best = 0
  let run = 0
  for (let i = 0; i < returns.length; i++) {
    const r = returns[i]!
    if (wins ? r > 0 : r < 0) {
      run++
      if (run > best) best = run
    } else run = 0
  }
  return best
}

/**
 * Longest streak of consecutive winning periods (`r > 0`); a zero or `NaN` period ends a streak.
 * Convention: quantstats `consecutive_wins` (period-based).
 *
 * Edge cases: empty input → `NaN` (pandas' max of an empty series); no winning period → `0`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Number of periods (integer ≥ 0).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.consecutive_wins` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { consecutiveWins } from '@aitrade/analytics'
 *
 * consecutiveWins([0.01, 0.02, -0.01, 0.01, 0.01, 0.03]) // 3
 * ```
 */
export function consecutiveWins(returns: ArrayLike<number>): number {
  return longestRun(returns, true)
}

/**
 * Longest streak of consecutive losing periods (`r < 0`); a zero or `NaN` period ends a streak.
 * Convention: quantstats `consecutive_losses` (period-based).
 *
 * Edge cases: empty input → `NaN`; no losing period → `0`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Number of periods (integer ≥ 0).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.consecutive_losses` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { consecutiveLosses } from '@aitrade/analytics'
 *
 * consecutiveLosses([0.01, -0.02, -0.01, 0, -0.01]) // 2
 * ```
 */
export function consecutiveLosses(returns: ArrayLike<number>): number {
  return longestRun(returns, false)
}
