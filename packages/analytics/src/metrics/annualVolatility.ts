import { nanstd } from './nan.js'
import { type AnnualizationOptions, annualizationFactor, checkSeries } from './options.js'

/**
 * Annualized volatility: sample standard deviation of the returns (`ddof = 1`, `NaN` skipped) times
 * `√periodsPerYear`. Convention: empyrical `annual_volatility` (with its default Lévy exponent `alpha = 2`).
 *
 * Edge cases: fewer than 2 observations → `NaN`; fewer than 2 non-NaN values → `NaN`; constant returns → `0`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `period` (default `'daily'`) or `annualization`.
 * @returns Volatility as a fraction per √year (`0.2` = 20 % annualized).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns or bad options.
 * @see empyrical `annual_volatility` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { annualVolatility } from '@aitrade/analytics'
 *
 * annualVolatility([0.01, -0.01, 0.01, -0.01], { period: 'monthly' }) // ≈ 0.04 (std 0.011547 × √12)
 * ```
 */
export function annualVolatility(returns: ArrayLike<number>, options: AnnualizationOptions = {}): number {
  checkSeries('returns', returns)
  const factor = annualizationFactor(options)
  if (returns.length < 2) return Number.NaN
  return nanstd(returns, 1) * Math.sqrt(factor)
}
