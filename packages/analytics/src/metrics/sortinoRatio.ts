import { type DownsideRiskOptions, downsideDeviation } from './downsideRisk.js'
import { nanmean } from './nan.js'
import { adjustReturns, annualizationFactor, checkRate, checkSeries } from './options.js'

/** Options of {@link sortinoRatio}. */
export type SortinoRatioOptions = DownsideRiskOptions

/**
 * Annualized Sortino ratio: `mean(r − m) · periodsPerYear / downsideRisk(r, m)`, where `m` is the minimum
 * acceptable return per period and {@link downsideRisk} is annualized with `√periodsPerYear`. Convention:
 * empyrical `sortino_ratio`.
 *
 * Edge cases (as empyrical): fewer than 2 observations → `NaN`; no observation below `m` → `+Infinity` (or
 * `NaN` when the mean excess is also 0, `-Infinity` when negative).
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `requiredReturn` per period (number or array, default `0`), `period` (default `'daily'`) or
 *   `annualization`.
 * @returns Sortino ratio in units of √year.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns, a
 *   `requiredReturn` array of another length, or bad options.
 * @see empyrical `sortino_ratio` (empyrical/stats.py); F. Sortino & L. Price, "Performance Measurement in a
 *   Downside Risk Framework", Journal of Investing, 1994.
 *
 * @example
 * ```ts
 * import { sortinoRatio } from '@aitrade/analytics'
 *
 * sortinoRatio([0.02, -0.01, 0.03, -0.02], { period: 'monthly' }) // 0.005 · 12 / 0.0387 ≈ 1.549
 * ```
 */
export function sortinoRatio(returns: ArrayLike<number>, options: SortinoRatioOptions = {}): number {
  checkSeries('returns', returns)
  const factor = annualizationFactor(options)
  const req = checkRate('requiredReturn', options.requiredReturn, returns.length)
  if (returns.length < 2) return Number.NaN
  const averageAnnual = nanmean(adjustReturns(returns, req)) * factor
  return averageAnnual / downsideDeviation(returns, req, factor)
}
