import { checkSeries } from './options.js'

/**
 * Gain-to-pain ratio: `Σ r / |Σ(r | r < 0)|` over the given periods (`NaN` skipped). Convention: quantstats
 * `gain_to_pain_ratio` at its default resolution `'D'` for daily input (resample the returns yourself, e.g.
 * with {@link aggregateReturns}, for Schwager's monthly version).
 *
 * Edge cases (as quantstats): no losing period → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Gain-to-pain ratio (dimensionless).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.gain_to_pain_ratio` (quantstats/stats.py); J. Schwager, "Hedge Fund Market Wizards", 2012.
 *
 * @example
 * ```ts
 * import { gainToPainRatio } from '@aitrade/analytics'
 *
 * gainToPainRatio([0.03, -0.01, 0.01, -0.01]) // 0.02 / 0.02 = 1
 * ```
 */
export function gainToPainRatio(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  let total = 0
  let pain = 0
  for (let i = 0; i < returns.length; i++) {
    const r = returns[i]!
    if (Number.isNaN(r)) continue
    total += r
    if (r < 0) pain += r
  }
  pain = Math.abs(pain)
  return pain === 0 ? Number.NaN : total / pain
}
