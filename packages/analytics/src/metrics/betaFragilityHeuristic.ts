import { select } from './nan.js'
import { checkPair } from './options.js'

/** numpy `around(x)` for `x = m / 2`: round half to even. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x)
  const d = x - f
  if (d > 0.5) return f + 1
  if (d < 0.5) return f
  return f % 2 === 0 ? f : f + 1
}

/**
 * Index of the pair at position `k` (0-based) when the complete pairs are stably sorted by factor return:
 * select the k-th smallest factor value `v` (quickselect on a copy), then walk the series in order and take
 * the `(k − #{f < v})`-th pair whose factor equals `v`. O(n).
 */
function stablePosition(
  returns: ArrayLike<number>,
  factor: ArrayLike<number>,
  values: Float64Array,
  k: number,
): number {
  const v = select(values, k)
  let below = 0
  for (let i = 0; i < values.length; i++) if (values[i]! < v) below++
  let rank = k - below
  for (let i = 0; i < factor.length; i++) {
    if (factor[i] === v && !Number.isNaN(returns[i]!)) {
      if (rank === 0) return i
      rank--
    }
  }
  return -1
}

/**
 * Beta fragility heuristic: sort the (return, factor) pairs by factor return and take the first, the middle
 * (position `round(m / 2)`, half to even) and the last pair; with weights
 * `w_s = (f_mid − f_start) / (f_end − f_start)` and `w_e = (f_end − f_mid) / (f_end − f_start)` (both 0.5
 * when the factor range is 0) the heuristic is `w_s·r_start + w_e·r_end − r_mid`. Negative values flag
 * potential losses when beta shifts. Convention: empyrical `beta_fragility_heuristic`.
 *
 * Edge cases: fewer than 3 observations → `NaN`; pairs with a `NaN` are dropped; no complete pair → `NaN`.
 * Ties in the factor keep their original order (a stable sort, like pandas' sort on short series).
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the factor, paired by index with `returns`.
 * @returns The heuristic as a return (fraction per period).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input or mismatched lengths.
 * @see empyrical `beta_fragility_heuristic` (empyrical/stats.py); N. N. Taleb, E. Canetti et al., "A New
 *   Heuristic Measure of Fragility and Tail Risks", IMF Working Paper WP/12/216, 2012.
 *
 * @example
 * ```ts
 * import { betaFragilityHeuristic } from '@aitrade/analytics'
 *
 * betaFragilityHeuristic([0.01, 0.03, 0.02, 0.05], [-0.02, -0.01, 0, 0.02]) // 0.5·0.01 + 0.5·0.05 − 0.02 = 0.01
 * ```
 */
export function betaFragilityHeuristic(returns: ArrayLike<number>, factorReturns: ArrayLike<number>): number {
  checkPair(returns, factorReturns)
  const n = returns.length
  if (n < 3) return Number.NaN
  let m = 0
  for (let i = 0; i < n; i++) if (!Number.isNaN(returns[i]!) && !Number.isNaN(factorReturns[i]!)) m++
  if (m === 0) return Number.NaN
  const values = new Float64Array(m)
  let first = -1
  let last = -1
  for (let i = 0, j = 0; i < n; i++) {
    const f = factorReturns[i]!
    if (Number.isNaN(returns[i]!) || Number.isNaN(f)) continue
    values[j++] = f
    if (first < 0 || f < factorReturns[first]!) first = i
    if (last < 0 || f >= factorReturns[last]!) last = i
  }
  const mid = stablePosition(returns, factorReturns, values, roundHalfEven(m / 2))
  const fStart = factorReturns[first]!
  const fMid = factorReturns[mid]!
  const fEnd = factorReturns[last]!
  const range = fEnd - fStart
  const wStart = range === 0 ? 0.5 : (fMid - fStart) / range
  const wEnd = range === 0 ? 0.5 : (fEnd - fMid) / range
  return wStart * returns[first]! + wEnd * returns[last]! - returns[mid]!
}
