import { InvalidArgumentError } from '@aitrade/core'
import { nanmean, nanstd } from './nan.js'
import { adjustReturns, checkSeries } from './options.js'

/**
 * Excess Sharpe (a simple information ratio, not annualized): `mean(r − f) / std(r − f)` with the sample
 * standard deviation (`ddof = 1`) of the active return, `NaN` observations skipped. Convention: empyrical
 * `excess_sharpe`.
 *
 * Edge cases (as empyrical): fewer than 2 observations → `NaN`; an undefined tracking error (fewer than 2
 * valid values) counts as `0`; zero tracking error → `±Infinity`, or `NaN` when the mean active return is 0.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param factorReturns - Benchmark returns per period: one per observation, or a constant number.
 * @returns Excess Sharpe per period (dimensionless).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input or mismatched lengths.
 * @see empyrical `excess_sharpe` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { excessSharpe } from '@aitrade/analytics'
 *
 * excessSharpe([0.02, 0.01, 0.03], 0.01) // mean 0.01 / std 0.01 = 1
 * ```
 */
export function excessSharpe(returns: ArrayLike<number>, factorReturns: number | ArrayLike<number>): number {
  checkSeries('returns', returns)
  if (typeof factorReturns === 'number') {
    if (Number.isNaN(factorReturns)) throw new InvalidArgumentError('factorReturns', 'must not be NaN')
  } else {
    checkSeries('factorReturns', factorReturns)
    if (factorReturns.length !== returns.length) {
      throw new InvalidArgumentError(
        'factorReturns',
        `must be a number or have the same length as returns (${returns.length}), got ${factorReturns.length}`,
      )
    }
  }
  if (returns.length < 2) return Number.NaN
  const active = adjustReturns(returns, factorReturns)
  const te = nanstd(active, 1)
  return nanmean(active) / (Number.isNaN(te) ? 0 : te)
}
