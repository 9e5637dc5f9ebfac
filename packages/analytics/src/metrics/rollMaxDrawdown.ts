import { checkSeries, checkWindow, type WindowOptions } from './options.js'

/**
 * {@link maxDrawdown} over every window of `window` observations, each window compounding from its own
 * start: element `i` covers `returns[i .. i + window)`. Convention: empyrical `roll_max_drawdown`.
 *
 * Algorithm, O(n) amortized without re-scanning windows: a window's growth path is summarised by the
 * associative aggregate (total growth `G`, highest prefix `P`, lowest prefix `Q`, worst trough/peak ratio `D`,
 * prefixes counted from 1), combined as `G = G₁G₂`, `P = max(P₁, G₁P₂)`, `Q = min(Q₁, G₁Q₂)`,
 * `D = min(D₁, D₂, G₁Q₂ / P₁)`, and slid with the two-stack queue; the drawdown is `D − 1`.
 *
 * Edge cases: `NaN` returns count as 0; `window > n` → empty array (empyrical would shrink the window to
 * `n`); returns below −100 % are outside the domain.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `window` (required, integer ≥ 1).
 * @returns A `Float64Array` of length `max(0, n − window + 1)` (drawdowns as fractions ≤ 0).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns or a bad `window`.
 * @see empyrical `roll_max_drawdown` (empyrical/stats.py); the two-stack sliding-window aggregation
 *   ("SWAG"), K. Tangwongsan et al., "Sliding-Window Aggregation Algorithms", Encyclopedia of Big Data
 *   Technologies, 2019.
 *
 * @example
 * ```ts
 * import { rollMaxDrawdown } from '@aitrade/analytics'
 *
 * rollMaxDrawdown([0.1, -0.1, 0.1, -0.2], { window: 2 }) // Float64Array [-0.1, -0.1, -0.2]
 * ```
 */
export function rollMaxDrawdown(returns: ArrayLike<number>, options: WindowOptions): Float64Array {
  checkSeries('returns', returns)
  const window = checkWindow(options?.window)
  const n = returns.length
  const m = Math.max(0, n - window + 1)
  const out = new Float64Array(m)
  if (m === 0) return out
  // front stack: suffix aggregates of [s, mid), ring-indexed by position % window
  const fG = new Float64Array(window)
  const fP = new Float64Array(window)
  const fQ = new Float64Array(window)
  const fD = new Float64Array(window)
  let mid = 0
  // back aggregate of [mid, e]
  let bG = 1
  let bP = 1
  let bQ = 1
  let bD = 1
  for (let e = 0; e < n; e++) {
    const r = returns[e]!
    const g = Number.isNaN(r) ? 1 : 1 + r
    const lo = Math.min(g, 1)
    const hi = Math.max(g, 1)
    const cross = (bG * lo) / bP
    if (lo < bD) bD = lo
    if (cross < bD) bD = cross
    if (bG * hi > bP) bP = bG * hi
    if (bG * lo < bQ) bQ = bG * lo
    bG *= g
    const s = e - window + 1
    if (s < 0) continue
    if (s >= mid) {
      let cG = 1
      let cP = 1
      let cQ = 1
      let cD = 1
      for (let i = e; i >= s; i--) {
        const ri = returns[i]!
        const gi = Number.isNaN(ri) ? 1 : 1 + ri
        const loi = Math.min(gi, 1)
        const hii = Math.max(gi, 1)
        const crossI = (gi * cQ) / hii
        cD = Math.min(loi, cD, crossI)
        cP = Math.max(hii, gi * cP)
        cQ = Math.min(loi, gi * cQ)
        cG *= gi
        const j = i % window
        fG[j] = cG
        fP[j] = cP
        fQ[j] = cQ
        fD[j] = cD
      }
      mid = e + 1
      bG = 1
      bP = 1
      bQ = 1
      bD = 1
    }
    const j = s % window
    out[s] = Math.min(fD[j]!, bD, (fG[j]! * bQ) / fP[j]!) - 1
  }
  return out
}
