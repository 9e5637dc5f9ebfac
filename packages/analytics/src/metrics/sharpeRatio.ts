import { nanmean, nanstd } from './nan.js'
import {
  type AnnualizationOptions,
  adjustReturns,
  annualizationFactor,
  checkRate,
  checkSeries,
  type RiskFreeOptions,
} from './options.js'

/** Options of {@link sharpeRatio}. */
export interface SharpeRatioOptions extends AnnualizationOptions, RiskFreeOptions {}

/**
 * Annualized Sharpe ratio: `mean(r − rf) / std(r − rf) · √periodsPerYear`, with the sample standard deviation
 * (`ddof = 1`) and `NaN` observations skipped. Convention: empyrical `sharpe_ratio`.
 *
 * Edge cases (as empyrical): fewer than 2 observations → `NaN`; zero variance → `±Infinity` when the mean
 * excess return is non-zero, `NaN` when it is zero.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `riskFree` per period (number or one value per period, default `0`), `period` (default
 *   `'daily'`) or `annualization`.
 * @returns Sharpe ratio in units of √year (dimensionless per annum).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns, a `riskFree`
 *   array of another length, or bad options.
 * @see empyrical `sharpe_ratio` (empyrical/stats.py); W. F. Sharpe, "The Sharpe Ratio", Journal of Portfolio
 *   Management, 1994.
 *
 * @example
 * ```ts
 * import { sharpeRatio } from '@aitrade/analytics'
 *
 * sharpeRatio([0.01, 0.02, -0.01, 0.015], { period: 'monthly' }) // ≈ 2.305
 * ```
 */
export function sharpeRatio(returns: ArrayLike<number>, options: SharpeRatioOptions = {}): number {
  checkSeries('returns', returns)
  const factor = annualizationFactor(options)
  const rf = checkRate('riskFree', options.riskFree, returns.length)
  if (returns.length < 2) return Number.NaN
  const adj = adjustReturns(returns, rf)
  return (nanmean(adj) / nanstd(adj, 1)) * Math.sqrt(factor)
}
