/**
 * Largest of `src[start, end)`, or `NaN` when the range holds a `NaN` (a plain scan: the windows of the
 * extra indicators are short, and a scan also serves ring buffers, where order does not matter).
 * @internal
 */
export function highestIn(src: ArrayLike<number>, start: number, end: number): number {
  let m = Number.NEGATIVE_INFINITY
  for (let j = start; j < end; j++) {
    const v = src[j] as number
    if (v > m) m = v
    else if (Number.isNaN(v)) return Number.NaN
  }
  return m
}

/**
 * Smallest of `src[start, end)`, or `NaN` when the range holds a `NaN`.
 * @internal
 */
export function lowestIn(src: ArrayLike<number>, start: number, end: number): number {
  let m = Number.POSITIVE_INFINITY
  for (let j = start; j < end; j++) {
    const v = src[j] as number
    if (v < m) m = v
    else if (Number.isNaN(v)) return Number.NaN
  }
  return m
}
