import { growthFactor } from './cumReturns.js'
import { type AnnualizationOptions, annualizationFactor, checkSeries } from './options.js'

/**
 * Compound annual growth rate: `(∏ (1 + rᵢ))^(1 / years) − 1` with `years = n / periodsPerYear`, where `n`
 * counts **all** observations (including `NaN` ones) and the product skips `NaN`. Convention: empyrical
 * `annual_return` (identical to empyrical `cagr`).
 *
 * Edge cases: empty input → `NaN`; a total loss (product 0) → `-1`; a product < 0 (a return below −100 %) → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `period` (default `'daily'`, 252 per year) or `annualization`.
 * @returns Annualized return as a fraction per year.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns or bad options.
 * @see empyrical `annual_return` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { annualReturn } from '@aitrade/analytics'
 *
 * annualReturn([0.01, 0.02, -0.01, 0.03], { period: 'quarterly' }) // ≈ 0.0506 (one year of quarters)
 * ```
 */
export function annualReturn(returns: ArrayLike<number>, options: AnnualizationOptions = {}): number {
  checkSeries('returns', returns)
  const factor = annualizationFactor(options)
  const n = returns.length
  if (n === 0) return Number.NaN
  const years = n / factor
  return growthFactor(returns, 0, n) ** (1 / years) - 1
}

/**
 * Compound annual growth rate — the same computation as {@link annualReturn} (empyrical's `cagr` is an alias
 * of `annual_return`): `(∏ (1 + rᵢ))^(periodsPerYear / n) − 1`.
 *
 * Edge cases: as {@link annualReturn}: empty → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `period` (default `'daily'`) or `annualization`.
 * @returns CAGR as a fraction per year.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns or bad options.
 * @see empyrical `cagr` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { cagr } from '@aitrade/analytics'
 *
 * cagr([0.03, 0.03, 0.03], { period: 'yearly' }) // 0.03 (up to rounding)
 * ```
 */
export function cagr(returns: ArrayLike<number>, options: AnnualizationOptions = {}): number {
  return annualReturn(returns, options)
}
