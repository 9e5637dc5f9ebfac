import { dropNaN, quantileInPlace, select } from './nan.js'
import { type CutoffOptions, checkCutoff, checkSeries } from './options.js'

/**
 * Historical value at risk: the `cutoff` quantile of the returns, `np.percentile(returns, 100·cutoff)` with
 * linear interpolation between order statistics. Convention: empyrical `value_at_risk`.
 *
 * Edge cases: any `NaN` in the input → `NaN` (numpy's percentile propagates it); empty input → `NaN`
 * (numpy raises).
 *
 * @param returns - Per-period simple returns (fractions).
 * @param options - `cutoff`, the left-tail probability in `[0, 1]` (default `0.05`).
 * @returns The VaR as a **return** (fraction per period; negative = a loss), e.g. `-0.031`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns or a cutoff
 *   outside `[0, 1]`.
 * @see empyrical `value_at_risk` (empyrical/stats.py); numpy `percentile` (method `'linear'`)
 *
 * @example
 * ```ts
 * import { valueAtRisk } from '@aitrade/analytics'
 *
 * valueAtRisk([1, 81, 82, 83, 84, 85], { cutoff: 0.1 }) // 41 (halfway between 1 and 81)
 * ```
 */
export function valueAtRisk(returns: ArrayLike<number>, options: CutoffOptions = {}): number {
  checkSeries('returns', returns)
  const cutoff = checkCutoff(options.cutoff)
  const a = dropNaN(returns)
  if (a.length !== returns.length) return Number.NaN
  return quantileInPlace(a, cutoff)
}

/**
 * Conditional value at risk (expected shortfall): the mean of the `⌊(n − 1)·cutoff⌋ + 1` smallest returns —
 * for distinct values, the mean of the returns at or below {@link valueAtRisk}. Convention: empyrical
 * `conditional_value_at_risk` (`np.partition`, where `NaN`s sort last and `n` counts them).
 *
 * Edge cases: empty input → `NaN`; a single observation → that observation; `NaN`s inside the averaged tail →
 * `NaN`.
 *
 * @param returns - Per-period simple returns (fractions).
 * @param options - `cutoff`, the left-tail probability in `[0, 1]` (default `0.05`).
 * @returns Mean tail return (fraction per period, ≤ {@link valueAtRisk}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns or a cutoff
 *   outside `[0, 1]`.
 * @see empyrical `conditional_value_at_risk` (empyrical/stats.py); R. T. Rockafellar & S. Uryasev,
 *   "Optimization of Conditional Value-at-Risk", Journal of Risk, 2000.
 *
 * @example
 * ```ts
 * import { conditionalValueAtRisk } from '@aitrade/analytics'
 *
 * conditionalValueAtRisk([-0.05, -0.03, 0.01, 0.02, 0.04], { cutoff: 0.25 }) // mean(-0.05, -0.03) = -0.04
 * ```
 */
export function conditionalValueAtRisk(returns: ArrayLike<number>, options: CutoffOptions = {}): number {
  checkSeries('returns', returns)
  const cutoff = checkCutoff(options.cutoff)
  const n = returns.length
  if (n === 0) return Number.NaN
  const k = Math.floor((n - 1) * cutoff)
  const a = dropNaN(returns)
  if (k >= a.length) return Number.NaN
  select(a, k)
  let sum = 0
  for (let i = 0; i <= k; i++) sum += a[i]!
  return sum / (k + 1)
}
