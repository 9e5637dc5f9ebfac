import { checkSeries } from './options.js'

/**
 * Stability: R² of an ordinary least-squares line fitted to the cumulative log returns
 * `yₜ = Σ_{s≤t} ln(1 + r_s)` against `t = 0, 1, …` (`NaN` returns dropped first). Convention: empyrical
 * `stability_of_timeseries` (`scipy.stats.linregress(...).rvalue ** 2`).
 *
 * Edge cases: fewer than 2 observations, or fewer than 2 non-NaN returns → `NaN`; all returns 0 (a flat
 * line has no variance to explain) → `0`, as scipy reports `r = 0` for a zero denominator.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns R² in `[0, 1]` (1 = perfectly steady compounding).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see empyrical `stability_of_timeseries` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { stabilityOfTimeseries } from '@aitrade/analytics'
 *
 * stabilityOfTimeseries([0.01, 0.01, 0.01, 0.01]) // 1 (a straight line in log space)
 * ```
 */
export function stabilityOfTimeseries(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  if (returns.length < 2) return Number.NaN
  let k = 0
  for (let i = 0; i < returns.length; i++) if (!Number.isNaN(returns[i]!)) k++
  if (k < 2) return Number.NaN
  const y = new Float64Array(k)
  let cum = 0
  let sum = 0
  for (let i = 0, j = 0; i < returns.length; i++) {
    const r = returns[i]!
    if (!Number.isNaN(r)) {
      cum += Math.log1p(r)
      y[j++] = cum
      sum += cum
    }
  }
  const my = sum / k
  const mx = (k - 1) / 2
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let j = 0; j < k; j++) {
    const dx = j - mx
    const dy = y[j]! - my
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  const den = Math.sqrt(sxx * syy)
  if (den === 0) return 0
  const r = Math.min(1, Math.max(-1, sxy / den))
  return r * r
}
