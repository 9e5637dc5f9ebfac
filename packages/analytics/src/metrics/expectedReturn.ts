import { growthFactor } from './cumReturns.js'
import { checkSeries } from './options.js'

/**
 * Expected return per period as the geometric mean: `(∏(1 + r))^(1/k) − 1` over the `k` non-NaN periods.
 * Convention: quantstats `expected_return` (≥ 0.0.83, without aggregation).
 *
 * Edge cases: no non-NaN period → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Geometric mean return (fraction per period).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.expected_return` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { expectedReturn } from '@aitrade/analytics'
 *
 * expectedReturn([0.21, 0]) // √1.21 − 1 = 0.1
 * ```
 */
export function expectedReturn(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  let k = 0
  for (let i = 0; i < returns.length; i++) if (!Number.isNaN(returns[i]!)) k++
  if (k === 0) return Number.NaN
  return growthFactor(returns, 0, returns.length) ** (1 / k) - 1
}
