import { InvalidArgumentError } from '@aitrade/core'
import { nanmean, nanstd } from './nan.js'
import { normalPdf, normalQuantile } from './normal.js'
import { type CutoffOptions, checkCutoff, checkSeries } from './options.js'

function openCutoff(options: CutoffOptions): number {
  const cutoff = checkCutoff(options.cutoff)
  if (cutoff === 0 || cutoff === 1) throw new InvalidArgumentError('cutoff', 'must be strictly between 0 and 1')
  return cutoff
}

/**
 * Parametric (Gaussian, variance–covariance) value at risk: `μ + σ·Φ⁻¹(cutoff)`, with the mean and the
 * sample standard deviation (`ddof = 1`) of the non-NaN returns and `Φ⁻¹` by Wichura's AS 241. Convention:
 * quantstats `value_at_risk` (`confidence = 1 − cutoff`, `sigma = 1`).
 *
 * Edge cases (as `scipy.stats.norm.ppf`): zero or undefined standard deviation (fewer than 2 values) → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `cutoff`, the left-tail probability in `(0, 1)` (default `0.05`).
 * @returns The VaR as a return (fraction per period; negative = a loss).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns or a cutoff
 *   outside `(0, 1)`.
 * @see quantstats `stats.value_at_risk` (quantstats/stats.py); M. J. Wichura, Algorithm AS 241, Applied
 *   Statistics 37(3), 1988.
 *
 * @example
 * ```ts
 * import { parametricValueAtRisk } from '@aitrade/analytics'
 *
 * parametricValueAtRisk([0.01, -0.01, 0.01, -0.01]) // 0 − 1.6449 · 0.011547 ≈ −0.019
 * ```
 */
export function parametricValueAtRisk(returns: ArrayLike<number>, options: CutoffOptions = {}): number {
  checkSeries('returns', returns)
  const cutoff = openCutoff(options)
  const sd = nanstd(returns, 1)
  if (!(sd > 0)) return Number.NaN
  return nanmean(returns) + sd * normalQuantile(cutoff)
}

/**
 * Parametric (Gaussian) conditional value at risk / expected shortfall: `μ − σ·φ(Φ⁻¹(α)) / α` with
 * `α = cutoff`, mean and sample standard deviation (`ddof = 1`) of the non-NaN returns. Convention:
 * quantstats `conditional_value_at_risk` (`method='parametric'`, its default since 0.0.83).
 *
 * Edge cases (as quantstats): no non-NaN return → `NaN`; zero or undefined standard deviation → the mean.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `cutoff`, the left-tail probability in `(0, 1)` (default `0.05`).
 * @returns Expected tail return (fraction per period, ≤ {@link parametricValueAtRisk}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns or a cutoff
 *   outside `(0, 1)`.
 * @see quantstats `stats.conditional_value_at_risk` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { parametricConditionalValueAtRisk } from '@aitrade/analytics'
 *
 * parametricConditionalValueAtRisk([0.01, -0.01, 0.01, -0.01]) // 0 − 0.011547 · 2.0627 ≈ −0.0238
 * ```
 */
export function parametricConditionalValueAtRisk(returns: ArrayLike<number>, options: CutoffOptions = {}): number {
  checkSeries('returns', returns)
  const alpha = openCutoff(options)
  const mu = nanmean(returns)
  if (Number.isNaN(mu)) return Number.NaN
  const sd = nanstd(returns, 1)
  if (sd === 0 || Number.isNaN(sd)) return mu
  return mu - (sd * normalPdf(normalQuantile(alpha))) / alpha
}
