import {
  type AnnualizationOptions,
  annualizationFactor,
  checkRate,
  checkSeries,
  type RequiredReturnOptions,
} from './options.js'

/** Options of {@link downsideRisk} and {@link sortinoRatio}. */
export interface DownsideRiskOptions extends AnnualizationOptions, RequiredReturnOptions {}

/**
 * Annualized downside deviation below a minimum acceptable return `m`:
 * `√(mean(min(rᵢ − mᵢ, 0)²)) · √periodsPerYear`, the mean taken over the non-NaN observations (all of them,
 * not only the losing ones). Convention: empyrical `downside_risk`.
 *
 * Edge cases: empty input → `NaN`; one observation → its own downside (e.g. `0` for a gain); no observation
 * below `m` → `0`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `requiredReturn` per period (number or array, default `0`), `period` (default `'daily'`) or
 *   `annualization`.
 * @returns Downside deviation as a fraction per √year, ≥ 0.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns, a
 *   `requiredReturn` array of another length, or bad options.
 * @see empyrical `downside_risk` (empyrical/stats.py); F. Sortino & L. Price, "Performance Measurement in a
 *   Downside Risk Framework", Journal of Investing, 1994.
 *
 * @example
 * ```ts
 * import { downsideRisk } from '@aitrade/analytics'
 *
 * downsideRisk([0.02, -0.01, 0.03, -0.02], { period: 'monthly' }) // √((0.0001 + 0.0004) / 4) · √12 ≈ 0.0387
 * ```
 */
export function downsideRisk(returns: ArrayLike<number>, options: DownsideRiskOptions = {}): number {
  checkSeries('returns', returns)
  const factor = annualizationFactor(options)
  const req = checkRate('requiredReturn', options.requiredReturn, returns.length)
  return downsideDeviation(returns, req, factor)
}

/** {@link downsideRisk} on validated inputs. @internal */
export function downsideDeviation(returns: ArrayLike<number>, req: number | ArrayLike<number>, factor: number): number {
  const n = returns.length
  if (n === 0) return Number.NaN
  let ss = 0
  let count = 0
  if (typeof req === 'number') {
    for (let i = 0; i < n; i++) {
      const d = returns[i]! - req
      if (!Number.isNaN(d)) {
        if (d < 0) ss += d * d
        count++
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      const d = returns[i]! - req[i]!
      if (!Number.isNaN(d)) {
        if (d < 0) ss += d * d
        count++
      }
    }
  }
  return Math.sqrt(count === 0 ? Number.NaN : ss / count) * Math.sqrt(factor)
}
