import { checkPair } from './options.js'

/** numpy `around(x)` for `x = m / 2`: round half to even. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x)
  const d = x - f
  if (d > 0.5) return f + 1
  if (d < 0.5) return f
  return f % 2 === 0 ? f : f + 1
}

/** k-th (0-based) index of `idx` ordered by `(key[i], i)` — a stable order — by quickselect. */
function selectByKey(idx: Int32Array, key: ArrayLike<number>, k: number): number {
  const less = (a: number, b: number) => key[a]! < key[b]! || (key[a] === key[b] && a < b)
  let lo = 0
  let hi = idx.length - 1
  while (hi > lo) {
    const pivot = idx[(lo + hi) >>> 1]!
    let i = lo
    let j = hi
    while (i <= j) {
      while (less(idx[i]!, pivot)) i++
      while (less(pivot, idx[j]!)) j--
      if (i <= j) {
        const t = idx[i]!
        idx[i] = idx[j]!
        idx[j] = t
        i++
        j--
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else break
  }
  return idx[k]!
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
 * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input or mismatched lengths.
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
  const idx = new Int32Array(m)
  let first = -1
  let last = -1
  for (let i = 0, j = 0; i < n; i++) {
    const f = factorReturns[i]!
    if (Number.isNaN(returns[i]!) || Number.isNaN(f)) continue
    idx[j++] = i
    if (first < 0 || f < factorReturns[first]!) first = i
    if (last < 0 || f >= factorReturns[last]!) last = i
  }
  const mid = selectByKey(idx, factorReturns, roundHalfEven(m / 2))
  const fStart = factorReturns[first]!
  const fMid = factorReturns[mid]!
  const fEnd = factorReturns[last]!
  const range = fEnd - fStart
  const wStart = range === 0 ? 0.5 : (fMid - fStart) / range
  const wEnd = range === 0 ? 0.5 : (fEnd - fMid) / range
  return wStart * returns[first]! + wEnd * returns[last]! - returns[mid]!
}
