import {
  type AnnualizationOptions,
  annualizationFactor,
  checkSeries,
  checkWindow,
  type WindowOptions,
} from './options.js'
import { rollingMoments } from './rolling.js'

/** Options of {@link rollAnnualVolatility}. */
export interface RollAnnualVolatilityOptions extends AnnualizationOptions, WindowOptions {}

/**
 * {@link annualVolatility} over every window of `window` observations: element `i` covers
 * `returns[i .. i + window)`. Convention: empyrical `roll_annual_volatility`. O(n) with running sums.
 *
 * Edge cases: `window > n` → empty array (empyrical would shrink the window to `n`); `window < 2` → all `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `window` (required, integer ≥ 1), `period` (default `'daily'`) or `annualization`.
 * @returns A `Float64Array` of length `max(0, n − window + 1)` (fractions per √year).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns, a bad
 *   `window` or bad options.
 * @see empyrical `roll_annual_volatility` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { rollAnnualVolatility } from '@aitrade/analytics'
 *
 * rollAnnualVolatility([0.01, -0.01, 0.01, 0.03], { window: 3, annualization: 1 })
 * // Float64Array [0.011547, 0.02]
 * ```
 */
export function rollAnnualVolatility(returns: ArrayLike<number>, options: RollAnnualVolatilityOptions): Float64Array {
  checkSeries('returns', returns)
  const window = checkWindow(options?.window)
  const scale = Math.sqrt(annualizationFactor(options))
  const { variance } = rollingMoments(returns, window)
  for (let i = 0; i < variance.length; i++) variance[i] = window < 2 ? Number.NaN : Math.sqrt(variance[i]!) * scale
  return variance
}
