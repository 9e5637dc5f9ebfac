import { annualReturn } from './annualReturn.js'
import { maxDrawdown } from './maxDrawdown.js'
import type { AnnualizationOptions } from './options.js'

/**
 * Calmar ratio: `annualReturn / |maxDrawdown|`. Convention: empyrical `calmar_ratio`.
 *
 * Edge cases (as empyrical): no drawdown (max drawdown ≥ 0), empty input, or an infinite ratio → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `period` (default `'daily'`) or `annualization`, used for the annual return.
 * @returns Calmar ratio (dimensionless, per year).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns or bad options.
 * @see empyrical `calmar_ratio` (empyrical/stats.py); T. W. Young, "Calmar Ratio: A Smoother Tool",
 *   Futures, 1991.
 *
 * @example
 * ```ts
 * import { calmarRatio } from '@aitrade/analytics'
 *
 * calmarRatio([0.1, -0.1, 0.1, 0.05], { period: 'quarterly' }) // 0.1435 / 0.1 ≈ 1.435
 * ```
 */
export function calmarRatio(returns: ArrayLike<number>, options: AnnualizationOptions = {}): number {
  const mdd = maxDrawdown(returns)
  const ar = annualReturn(returns, options)
  if (!(mdd < 0)) return Number.NaN
  const ratio = ar / Math.abs(mdd)
  return Number.isFinite(ratio) ? ratio : Number.NaN
}
