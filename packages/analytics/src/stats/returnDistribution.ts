import { InvalidArgumentError } from '@aitrade/core'

/** Options of {@link returnDistribution}. */
export interface ReturnDistributionOptions {
  /**
   * Either the number of equal-width bins (integer `>= 1`, default `20`) spanning `[min, max]` of the finite returns,
   * or explicit bin edges (strictly ascending, at least two), as `numpy.histogram`'s `bins` argument.
   */
  bins?: number | ArrayLike<number>
}

/** A histogram of returns (see {@link returnDistribution}). */
export interface ReturnDistribution {
  /** Bin edges, `bins + 1` values, ascending. Bin `i` is `[edges[i], edges[i+1])`; the last bin also holds its right edge. */
  edges: Float64Array
  /** Number of returns in each bin. */
  counts: Uint32Array
  /** Number of finite returns counted (values outside explicit edges are not counted in any bin, as in numpy). */
  total: number
  /** Number of `NaN` returns skipped. */
  missing: number
}

/**
 * Histogram of a return series for a distribution chart, binned exactly as `numpy.histogram` bins: equal-width edges
 * from `numpy.linspace(min, max, bins + 1)` (or `min - 0.5 .. max + 0.5` when all values are equal), half-open bins
 * with the last one closed. `NaN` returns are skipped and counted in `missing`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing observation.
 * @param options - `bins`: a count or explicit edges; see {@link ReturnDistributionOptions}.
 * @returns Edges and counts; see {@link ReturnDistribution}. With no finite returns and a bin count, the edges span
 *   `[0, 1]` (numpy's default range for empty input).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `bins` is not an integer `>= 1`, explicit
 *   edges are not strictly ascending finite numbers, or a return is `±Infinity`.
 *
 * @example
 * ```ts
 * import { returnDistribution } from '@aitrade/analytics'
 *
 * const h = returnDistribution([0.01, 0.02, 0.01], { bins: 2 })
 * Array.from(h.edges) // [0.01, 0.015, 0.02]
 * Array.from(h.counts) // [2, 1]
 * ```
 * @see numpy `numpy.histogram` (https://numpy.org/doc/stable/reference/generated/numpy.histogram.html).
 */
export function returnDistribution(
  returns: ArrayLike<number>,
  options: ReturnDistributionOptions = {},
): ReturnDistribution {
  const bins = options.bins ?? 20
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  let missing = 0
  for (let i = 0; i < returns.length; i++) {
    const r = returns[i] as number
    if (Number.isNaN(r)) {
      missing++
      continue
    }
    if (!Number.isFinite(r)) throw new InvalidArgumentError('returns', `returns[${i}] = ${r} is not finite`)
    if (r < min) min = r
    if (r > max) max = r
  }
  let edges: Float64Array
  if (typeof bins === 'number') {
    if (!Number.isInteger(bins) || bins < 1)
      throw new InvalidArgumentError('bins', `must be an integer >= 1, got ${bins}`)
    if (min > max) {
      min = 0
      max = 1
    } else if (min === max) {
      min -= 0.5
      max += 0.5
    }
    edges = new Float64Array(bins + 1)
    const step = (max - min) / bins
    for (let i = 0; i < bins; i++) edges[i] = min + i * step
    edges[bins] = max
  } else {
    if (bins.length < 2) throw new InvalidArgumentError('bins', 'explicit edges need at least two values')
    edges = Float64Array.from(bins)
    for (let i = 0; i < edges.length; i++) {
      const e = edges[i] as number
      if (!Number.isFinite(e) || (i > 0 && !(e > (edges[i - 1] as number)))) {
        throw new InvalidArgumentError('bins', `edge ${i} = ${e} is not finite or not above the previous edge`)
      }
    }
  }
  const nb = edges.length - 1
  const counts = new Uint32Array(nb)
  const first = edges[0] as number
  const last = edges[nb] as number
  const width = last - first
  const uniform = typeof bins === 'number'
  let total = 0
  for (let i = 0; i < returns.length; i++) {
    const r = returns[i] as number
    if (Number.isNaN(r) || r < first || r > last) continue
    let k: number
    if (uniform) {
      // numpy's equal-width path: estimate the bin from the width, then correct rounding against the actual edges
      k = Math.floor(((r - first) / width) * nb)
      if (k >= nb) k = nb - 1
      if (r < (edges[k] as number)) k--
      else if (k !== nb - 1 && r >= (edges[k + 1] as number)) k++
    } else {
      // numpy's searchsorted path: the last edge <= r, the right-most edge folded into the last bin
      let lo = 0
      let hi = nb
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((edges[mid] as number) <= r) lo = mid
        else hi = mid - 1
      }
      k = lo === nb ? nb - 1 : lo
    }
    counts[k] = (counts[k] as number) + 1
    total++
  }
  return { edges, counts, total, missing }
}
