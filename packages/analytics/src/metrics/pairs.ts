/**
 * Paired-observation helpers of the benchmark-relative quantstats metrics. Internal module.
 *
 * @module
 */

/** Sums over the indices where both series are present (quantstats' `_paired_observations`). @internal */
export interface PairedMoments {
  /** Number of complete pairs. */
  count: number
  /** `Σ (x − x̄)²` over the pairs (x = first series). */
  sxx: number
  /** `Σ (y − ȳ)²` over the pairs (y = second series). */
  syy: number
  /** `Σ (x − x̄)(y − ȳ)` over the pairs. */
  sxy: number
}

/** Centered second moments (sums, not divided) of the complete pairs of `x` and `y`. @internal */
export function pairedMoments(x: ArrayLike<number>, y: ArrayLike<number>): PairedMoments {
  let count = 0
  let mx = 0
  let my = 0
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!
    const b = y[i]!
    if (!Number.isNaN(a) && !Number.isNaN(b)) {
      mx += a
      my += b
      count++
    }
  }
  if (count === 0) return { count, sxx: Number.NaN, syy: Number.NaN, sxy: Number.NaN }
  mx /= count
  my /= count
  let sxx = 0
  let syy = 0
  let sxy = 0
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!
    const b = y[i]!
    if (!Number.isNaN(a) && !Number.isNaN(b)) {
      const dx = a - mx
      const dy = b - my
      sxx += dx * dx
      syy += dy * dy
      sxy += dx * dy
    }
  }
  return { count, sxx, syy, sxy }
}
