import {
  type AnnualizationOptions,
  adjustReturns,
  annualizationFactor,
  checkRate,
  checkSeries,
  checkWindow,
  type RiskFreeOptions,
  type WindowOptions,
} from './options.js'
import { rollingMoments } from './rolling.js'

/** Options of {@link rollSharpeRatio}. */
export interface RollSharpeRatioOptions extends AnnualizationOptions, RiskFreeOptions, WindowOptions {}

/**
 * {@link sharpeRatio} over every window of `window` observations: element `i` covers
 * `returns[i .. i + window)`. Convention: empyrical `roll_sharpe_ratio`. O(n) with running sums; windows of
 * identical values give `±Infinity` / `NaN` exactly as the per-window computation does.
 *
 * Edge cases: `window > n` → empty array (empyrical would shrink the window to `n`); `window < 2` → all `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `window` (required), `riskFree` per period, `period` (default `'daily'`) or `annualization`.
 * @returns A `Float64Array` of length `max(0, n − window + 1)` (Sharpe ratios, units of √year).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns, a bad
 *   `window` or bad options.
 * @see empyrical `roll_sharpe_ratio` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { rollSharpeRatio } from '@aitrade/analytics'
 *
 * rollSharpeRatio([0.01, 0.02, 0.03, 0.05], { window: 3, annualization: 1 }) // Float64Array [2, 2.182]
 * ```
 */
export function rollSharpeRatio(returns: ArrayLike<number>, options: RollSharpeRatioOptions): Float64Array {
  checkSeries('returns', returns)
  const window = checkWindow(options?.window)
  const scale = Math.sqrt(annualizationFactor(options))
  const rf = checkRate('riskFree', options.riskFree, returns.length)
  const { mean, variance } = rollingMoments(adjustReturns(returns, rf), window)
  for (let i = 0; i < mean.length; i++) {
    mean[i] = window < 2 ? Number.NaN : (mean[i]! / Math.sqrt(variance[i]!)) * scale
  }
  return mean
}
