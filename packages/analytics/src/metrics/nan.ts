/**
 * NaN-aware numerics shared by the metrics, with numpy's semantics: `NaN` marks a missing observation and is
 * skipped by the `nan*` reductions; a reduction over no valid value is `NaN`. Internal module — the public
 * functions document which of these they use.
 *
 * @module
 */

/**
 * Mean of the non-NaN values of `x[start, end)` (numpy `nanmean`). `NaN` when there is none.
 * @internal
 */
export function nanmean(x: ArrayLike<number>, start = 0, end = x.length): number {
  let sum = 0
  let count = 0
  for (let i = start; i < end; i++) {
    const v = x[i]!
    if (!Number.isNaN(v)) {
      sum += v
      count++
    }
  }
  return count === 0 ? Number.NaN : sum / count
}

/**
 * Standard deviation of the non-NaN values of `x[start, end)` with `ddof` delta degrees of freedom
 * (numpy `nanstd(x, ddof=ddof)`): `sqrt(Σ (xᵢ − x̄)² / (k − ddof))` over the `k` valid values; `NaN` when
 * `k − ddof ≤ 0`. Computed on values shifted by the first valid value, so a constant series gives exactly
 * `0` (as numpy does for the constant fixtures empyrical tests).
 * @internal
 */
export function nanstd(x: ArrayLike<number>, ddof: number, start = 0, end = x.length): number {
  return Math.sqrt(nanvar(x, ddof, start, end))
}

/** Variance counterpart of {@link nanstd}. @internal */
export function nanvar(x: ArrayLike<number>, ddof: number, start = 0, end = x.length): number {
  let shift = Number.NaN
  let sum = 0
  let count = 0
  for (let i = start; i < end; i++) {
    const v = x[i]!
    if (!Number.isNaN(v)) {
      if (count === 0) shift = v
      sum += v - shift
      count++
    }
  }
  if (count - ddof <= 0) return Number.NaN
  const meanShifted = sum / count
  let ss = 0
  for (let i = start; i < end; i++) {
    const v = x[i]!
    if (!Number.isNaN(v)) {
      const d = v - shift - meanShifted
      ss += d * d
    }
  }
  return ss / (count - ddof)
}

/**
 * Copies the non-NaN values of `x` into a new `Float64Array` (length = number of valid values).
 * @internal
 */
export function dropNaN(x: ArrayLike<number>): Float64Array {
  let count = 0
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) count++
  if (count === x.length) return Float64Array.from(x)
  const out = new Float64Array(count)
  let j = 0
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!
    if (!Number.isNaN(v)) out[j++] = v
  }
  return out
}

/**
 * Rearranges `a[lo, hi]` (inclusive) so that `a[k]` holds the value it would have in sorted order, every
 * element before it is ≤ and every element after it is ≥ (Hoare's selection, "quickselect", with
 * median-of-three pivots). O(n) on average. `a` must not contain NaN.
 * @see C. A. R. Hoare, "Algorithm 65: Find", Communications of the ACM 4(7), 1961.
 * @internal
 */
export function select(a: Float64Array, k: number, lo = 0, hi = a.length - 1): number {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1
    // median of three into a[mid]
    if (a[mid]! < a[lo]!) swap(a, mid, lo)
    if (a[hi]! < a[lo]!) swap(a, hi, lo)
    if (a[hi]! < a[mid]!) swap(a, hi, mid)
    const pivot = a[mid]!
    let i = lo
    let j = hi
    while (i <= j) {
      while (a[i]! < pivot) i++
      while (a[j]! > pivot) j--
      if (i <= j) {
        swap(a, i, j)
        i++
        j--
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else break
  }
  return a[k]!
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!
  a[i] = a[j]!
  a[j] = t
}

/** Smallest value of `a[from, a.length)`. @internal */
function minFrom(a: Float64Array, from: number): number {
  let m = a[from]!
  for (let i = from + 1; i < a.length; i++) if (a[i]! < m) m = a[i]!
  return m
}

/**
 * Quantile `p` (in `[0, 1]`; the `100·p`-th percentile) of the NaN-free values in `a` with numpy's default
 * `'linear'` method: position `h = (n − 1)·p`, result `a₍⌊h⌋₎ + (a₍⌊h⌋+1₎ − a₍⌊h⌋₎)·(h − ⌊h⌋)` on the sorted values, evaluated
 * like numpy's `_lerp` (from the upper neighbour when the fraction is ≥ 0.5). Reorders `a` in place
 * (selection, O(n)). `NaN` for an empty array.
 * @see numpy `percentile` (method `'linear'`, Hyndman & Fan type 7).
 * @internal
 */
export function quantileInPlace(a: Float64Array, p: number): number {
  const n = a.length
  if (n === 0) return Number.NaN
  const h = (n - 1) * p
  const lo = Math.floor(h)
  const t = h - lo
  const below = select(a, lo)
  if (t === 0 || lo + 1 >= n) return below
  const above = minFrom(a, lo + 1)
  const diff = above - below
  return t >= 0.5 ? above - diff * (1 - t) : below + diff * t
}

/** Central moments of the non-NaN values, divided by their count (numpy / scipy `moment`, R `centeredmoment`). */
export interface CentralMoments {
  /** Number of non-NaN values. */
  count: number
  /** Their mean. */
  mean: number
  /** `Σ (x − x̄)² / count`. */
  m2: number
  /** `Σ (x − x̄)³ / count`. */
  m3: number
  /** `Σ (x − x̄)⁴ / count`. */
  m4: number
}

/**
 * Mean and 2nd–4th central moments of the non-NaN values of `x` (two passes). All `NaN` when there is no
 * valid value. @internal
 */
export function centralMoments(x: ArrayLike<number>): CentralMoments {
  const mean = nanmean(x)
  let m2 = 0
  let m3 = 0
  let m4 = 0
  let count = 0
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!
    if (!Number.isNaN(v)) {
      const d = v - mean
      const d2 = d * d
      m2 += d2
      m3 += d2 * d
      m4 += d2 * d2
      count++
    }
  }
  if (count === 0) return { count, mean, m2: Number.NaN, m3: Number.NaN, m4: Number.NaN }
  return { count, mean, m2: m2 / count, m3: m3 / count, m4: m4 / count }
}
