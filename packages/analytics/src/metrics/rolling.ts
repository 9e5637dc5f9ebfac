/**
 * O(n) building blocks of the rolling metrics: windowed mean/variance from running sums (re-anchored every
 * `window` steps so rounding cannot drift), and an exact "all values equal" test per window so that
 * zero-variance windows give exactly `0` like the per-window computation. Internal module.
 *
 * @module
 */

/**
 * `out[s] = 1` when every non-NaN value of `x[s, s + window)` is equal (or there is none), else `0`.
 * One pass, O(n): the window is constant when the last "change" before its end (a valid value that differs from
 * the valid value before it) is not after the window's first valid value.
 * @internal
 */
export function constantWindows(x: ArrayLike<number>, window: number): Uint8Array {
  const n = x.length
  const m = Math.max(0, n - window + 1)
  const out = new Uint8Array(m)
  let lastChange = -1 // latest change in x[0, scanned)
  let prev = Number.NaN // latest valid value in x[0, scanned)
  let scanned = 0
  let firstValid = 0 // first valid index ≥ s, or the window's end when there is none
  for (let s = 0; s < m; s++) {
    const end = s + window
    for (; scanned < end; scanned++) {
      const v = x[scanned]!
      if (!Number.isNaN(v)) {
        if (v !== prev && !Number.isNaN(prev)) lastChange = scanned
        prev = v
      }
    }
    if (firstValid < s) firstValid = s
    while (firstValid < end && Number.isNaN(x[firstValid]!)) firstValid++
    out[s] = lastChange <= firstValid ? 1 : 0
  }
  return out
}

/** Windowed mean and sample variance (`ddof = 1`) of the non-NaN values; `NaN` where undefined. @internal */
export interface RollingMoments {
  mean: Float64Array
  variance: Float64Array
}

/**
 * Mean and sample variance (`ddof = 1`) of the non-NaN values of every window `x[s, s + window)`, numpy
 * `nanmean` / `nanvar(ddof=1)` semantics. O(n): running sums of values shifted by the series mean, rebuilt
 * from scratch at every multiple of `window`; constant windows get exactly variance 0 and their value as mean.
 * @internal
 */
export function rollingMoments(x: ArrayLike<number>, window: number): RollingMoments {
  const n = x.length
  const m = Math.max(0, n - window + 1)
  const mean = new Float64Array(m)
  const variance = new Float64Array(m)
  if (m === 0) return { mean, variance }
  const constant = constantWindows(x, window)
  let shift = 0
  let valid = 0
  for (let i = 0; i < n; i++) {
    const v = x[i]!
    if (!Number.isNaN(v)) {
      shift += v
      valid++
    }
  }
  shift = valid === 0 ? 0 : shift / valid
  let s1 = 0
  let s2 = 0
  let k = 0
  for (let s = 0; s < m; s++) {
    if (s % window === 0) {
      s1 = 0
      s2 = 0
      k = 0
      for (let i = s; i < s + window; i++) {
        const v = x[i]!
        if (!Number.isNaN(v)) {
          const d = v - shift
          s1 += d
          s2 += d * d
          k++
        }
      }
    } else {
      const out = x[s - 1]!
      if (!Number.isNaN(out)) {
        const d = out - shift
        s1 -= d
        s2 -= d * d
        k--
      }
      const add = x[s + window - 1]!
      if (!Number.isNaN(add)) {
        const d = add - shift
        s1 += d
        s2 += d * d
        k++
      }
    }
    if (k === 0) {
      mean[s] = Number.NaN
      variance[s] = Number.NaN
    } else if (constant[s] === 1) {
      let i = s
      while (Number.isNaN(x[i]!)) i++
      mean[s] = x[i]!
      variance[s] = k > 1 ? 0 : Number.NaN
    } else {
      mean[s] = shift + s1 / k
      variance[s] = k > 1 ? Math.max(0, (s2 - (s1 * s1) / k) / (k - 1)) : Number.NaN
    }
  }
  return { mean, variance }
}
