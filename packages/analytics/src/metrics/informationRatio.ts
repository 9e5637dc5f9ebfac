import { nanmean, nanstd } from './nan.js'
import { adjustReturns, checkPair } from './options.js'

/**
 * Information ratio (not annualized): `mean(r − b) / std(r − b)`, sample standard deviation (`ddof = 1`),
 * `NaN` active returns skipped. Convention: quantstats `information_ratio`.
 *
 * Edge cases (as quantstats): zero tracking error → `0`; fewer than 2 valid active returns → `NaN`.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param benchmark - Per-period benchmark returns, paired by index with `returns`.
 * @returns Information ratio per period (dimensionless).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input or mismatched lengths.
 * @see quantstats `stats.information_ratio` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { informationRatio } from '@aitrade/analytics'
 *
 * informationRatio([0.03, 0.02, 0.04], [0.01, 0.01, 0.01]) // mean 0.02 / std 0.01 = 2
 * ```
 */
export function informationRatio(returns: ArrayLike<number>, benchmark: ArrayLike<number>): number {
  checkPair(returns, benchmark, 'benchmark')
  const active = adjustReturns(returns, benchmark)
  const sd = nanstd(active, 1)
  return sd === 0 ? 0 : nanmean(active) / sd
}
