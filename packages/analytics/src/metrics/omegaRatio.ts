import { InvalidArgumentError } from '@aitrade/core'
import {
  adjustReturns,
  annualizationFactor,
  checkRate,
  checkSeries,
  type Period,
  type PerPeriodRate,
} from './options.js'

/** Options of {@link omegaRatio}. */
export interface OmegaRatioOptions {
  /** Risk-free return **per period** (number or one value per observation). Default `0`. */
  riskFree?: PerPeriodRate
  /**
   * Minimum acceptable return **per year** (fraction), converted to a per-period threshold
   * `(1 + requiredReturn)^(1 / periodsPerYear) − 1` (used as is when `periodsPerYear` is 1). Default `0`.
   */
  requiredReturn?: number
  /** Sampling period of the returns (default `'daily'`, 252 per year). */
  period?: Period
  /** Periods per year, overriding `period`. */
  annualization?: number
}

/**
 * Omega ratio: `Σ max(xᵢ, 0) / Σ max(−xᵢ, 0)` with `xᵢ = rᵢ − rfᵢ − threshold`, the threshold being the
 * per-period equivalent of the annual `requiredReturn`. Convention: empyrical `omega_ratio`.
 *
 * Edge cases (as empyrical): fewer than 2 observations → `NaN`; `requiredReturn ≤ −1` → `NaN` (unless
 * `periodsPerYear` is 1); no observation below the threshold → `NaN`; `NaN` observations are ignored.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `riskFree` (per period), `requiredReturn` (**annual**), `period` / `annualization`.
 * @returns Omega ratio (dimensionless, ≥ 0).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns or bad options.
 * @see empyrical `omega_ratio` (empyrical/stats.py); C. Keating & W. F. Shadwick, "A Universal Performance
 *   Measure", Journal of Performance Measurement, 2002.
 *
 * @example
 * ```ts
 * import { omegaRatio } from '@aitrade/analytics'
 *
 * omegaRatio([0.02, -0.01, 0.03, -0.02]) // (0.02 + 0.03) / (0.01 + 0.02) ≈ 1.667
 * ```
 */
export function omegaRatio(returns: ArrayLike<number>, options: OmegaRatioOptions = {}): number {
  checkSeries('returns', returns)
  const factor = annualizationFactor(options)
  const rf = checkRate('riskFree', options.riskFree, returns.length)
  const required = options.requiredReturn ?? 0
  if (typeof required !== 'number' || Number.isNaN(required)) {
    throw new InvalidArgumentError('requiredReturn', `must be an annual rate (number), got ${String(required)}`)
  }
  const n = returns.length
  if (n < 2) return Number.NaN
  let threshold: number
  if (factor === 1) threshold = required
  else if (required <= -1) return Number.NaN
  else threshold = (1 + required) ** (1 / factor) - 1
  const excess = adjustReturns(returns, rf)
  let numer = 0
  let denom = 0
  for (let i = 0; i < n; i++) {
    const x = excess[i]! - threshold
    if (x > 0) numer += x
    else if (x < 0) denom -= x
  }
  return denom > 0 ? numer / denom : Number.NaN
}
