import { InvalidArgumentError } from '@aitrade/core'
import { centralMoments } from './nan.js'
import { normalQuantile } from './normal.js'
import { type CutoffOptions, checkCutoff, checkSeries } from './options.js'

/**
 * Modified (Cornish–Fisher) value at risk: `μ + h·√m₂` with `z = Φ⁻¹(cutoff)`, skewness `S = m₃/m₂^{3/2}`,
 * excess kurtosis `K = m₄/m₂² − 3` (central moments divided by `n`) and
 * `h = z + (z² − 1)S/6 + (z³ − 3z)K/24 − (2z³ − 5z)S²/36`. Convention: PerformanceAnalytics
 * `VaR(R, p = 1 − cutoff, method = "modified")`, its default method, with `invert = TRUE` (a loss is negative)
 * and its sanity checks: a positive quantile ("inverse risk") → `NaN`, a loss beyond −100 % → `-1`.
 *
 * Edge cases: `NaN` returns are dropped (`na.omit`); empty input or zero variance → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `cutoff`, the left-tail probability in `(0, 1)` (default `0.05`, i.e. `p = 0.95`).
 * @returns The VaR as a return (fraction per period, in `[−1, 0]`).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns or a cutoff
 *   outside `(0, 1)`.
 * @see PerformanceAnalytics `VaR` / `VaR.CornishFisher` (R/VaR.R); L. Favre & J.-A. Galeano,
 *   "Mean-Modified Value-at-Risk Optimization with Hedge Funds", Journal of Alternative Investments, 2002;
 *   M. J. Wichura, Algorithm AS 241, 1988 (for `Φ⁻¹`).
 *
 * @example
 * ```ts
 * import { modifiedValueAtRisk } from '@aitrade/analytics'
 *
 * modifiedValueAtRisk([0.01, -0.01, 0.01, -0.01]) // S = 0, K = −2 → h ≈ −1.6852 → ≈ −0.01685
 * ```
 */
export function modifiedValueAtRisk(returns: ArrayLike<number>, options: CutoffOptions = {}): number {
  checkSeries('returns', returns)
  const cutoff = checkCutoff(options.cutoff)
  if (cutoff === 0 || cutoff === 1) throw new InvalidArgumentError('cutoff', 'must be strictly between 0 and 1')
  const { count, mean, m2, m3, m4 } = centralMoments(returns)
  if (count === 0 || m2 === 0) return Number.NaN
  const z = normalQuantile(cutoff)
  const s = m3 / m2 ** 1.5
  const k = m4 / (m2 * m2) - 3
  const h = z + ((z * z - 1) * s) / 6 + ((z ** 3 - 3 * z) * k) / 24 - ((2 * z ** 3 - 5 * z) * s * s) / 36
  const loss = -mean - h * Math.sqrt(m2)
  if (!Number.isFinite(loss)) return Number.NaN
  if (loss < 0) return Number.NaN
  return loss > 1 ? -1 : -loss
}
