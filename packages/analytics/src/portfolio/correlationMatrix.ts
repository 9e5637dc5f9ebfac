import { InvalidArgumentError } from '@aitrade/core'

/** A labelled square matrix (see {@link correlationMatrix}). */
export interface CorrelationMatrix {
  /** Series names, in the input's key order; row and column `i` belong to `keys[i]`. */
  keys: string[]
  /** `values[i][j]` = Pearson correlation of series `i` and `j`, in `[-1, 1]`, `NaN` when undefined. */
  values: Float64Array[]
}

/**
 * Pearson correlation matrix of several return series, as `pandas.DataFrame.corr()` computes it: each pair uses the
 * observations where both series are present (pairwise deletion of `NaN`), and a pair with fewer than two common
 * observations or zero variance gets `NaN` (so a constant series has `NaN` even on the diagonal).
 *
 * @param seriesMap - Named series of per-period returns (fractions), all of the same length and aligned by index;
 *   `NaN` marks a missing observation.
 * @returns The names and the symmetric matrix; see {@link CorrelationMatrix}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the map is empty, the lengths differ, or a
 *   value is `±Infinity` (the message names the series and index).
 *
 * @example
 * ```ts
 * import { correlationMatrix } from '@aitrade/analytics'
 *
 * const m = correlationMatrix({ a: [1, 2, 3, 4], b: [1, 3, 2, 4] })
 * m.values[0]?.[1] // 0.8
 * ```
 * @see pandas `DataFrame.corr(method='pearson')` (https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.corr.html).
 */
export function correlationMatrix(seriesMap: Readonly<Record<string, ArrayLike<number>>>): CorrelationMatrix {
  const keys = Object.keys(seriesMap)
  if (keys.length === 0) throw new InvalidArgumentError('seriesMap', 'must hold at least one series')
  const cols = keys.map((k) => seriesMap[k] as ArrayLike<number>)
  const n = (cols[0] as ArrayLike<number>).length
  cols.forEach((c, j) => {
    if (c.length !== n) {
      throw new InvalidArgumentError('seriesMap', `series "${keys[j]}" has length ${c.length}, expected ${n}`)
    }
    for (let i = 0; i < n; i++) {
      const v = c[i] as number
      if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) {
        throw new InvalidArgumentError('seriesMap', `series "${keys[j]}"[${i}] is not finite`)
      }
    }
  })
  const m = keys.length
  const values = keys.map(() => new Float64Array(m))
  for (let a = 0; a < m; a++) {
    const x = cols[a] as ArrayLike<number>
    for (let b = a; b < m; b++) {
      const y = cols[b] as ArrayLike<number>
      let count = 0
      let mx = 0
      let my = 0
      for (let i = 0; i < n; i++) {
        const xi = x[i] as number
        const yi = y[i] as number
        if (Number.isNaN(xi) || Number.isNaN(yi)) continue
        count++
        mx += xi
        my += yi
      }
      let r = Number.NaN
      if (count >= 2) {
        mx /= count
        my /= count
        let sxy = 0
        let sxx = 0
        let syy = 0
        for (let i = 0; i < n; i++) {
          const xi = x[i] as number
          const yi = y[i] as number
          if (Number.isNaN(xi) || Number.isNaN(yi)) continue
          sxy += (xi - mx) * (yi - my)
          sxx += (xi - mx) ** 2
          syy += (yi - my) ** 2
        }
        const d = Math.sqrt(sxx * syy)
        if (d !== 0) r = Math.max(-1, Math.min(1, sxy / d))
      }
      ;(values[a] as Float64Array)[b] = r
      ;(values[b] as Float64Array)[a] = r
    }
  }
  return { keys, values }
}
