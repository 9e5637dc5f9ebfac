/**
 * The price path assumed inside an OHLC bar: open → nearer extreme → farther extreme → close (when the open is as
 * far from the high as from the low, the high comes first). Points are stored in a 4-element array; the path
 * parameter `t` runs from 0 (open) to 3 (close), segment `k` joining point `k` and point `k + 1`.
 *
 * @internal
 */
export function fillPath(open: number, high: number, low: number, close: number, out: Float64Array): Float64Array {
  out[0] = open
  if (high - open <= open - low) {
    out[1] = high
    out[2] = low
  } else {
    out[1] = low
    out[2] = high
  }
  out[3] = close
  return out
}

/**
 * Price on the path at parameter `t` in [0, 3].
 *
 * @internal
 */
export function priceAt(path: Float64Array, t: number): number {
  const k = Math.min(2, Math.floor(t))
  const f = t - k
  const a = path[k]!
  return f === 0 ? a : a + (path[k + 1]! - a) * f
}

/** Result of {@link firstCross}: `t` is NaN when the level is never reached. @internal */
export interface Cross {
  t: number
  price: number
}

/**
 * First point at or after `tStart` where the path reaches `level` from the side given by `dir`: `dir = +1` looks for
 * price ≥ level (buy stops, sell limits), `dir = −1` for price ≤ level (sell stops, buy limits). When the price at
 * `tStart` is already beyond the level (a gap), the cross is at `tStart` at that price; otherwise at the level.
 *
 * @internal
 */
export function firstCross(path: Float64Array, level: number, dir: 1 | -1, tStart: number, out: Cross): Cross {
  const s = priceAt(path, tStart)
  if (dir * (s - level) >= 0) {
    out.t = tStart
    out.price = s
    return out
  }
  let a = s
  for (let k = Math.min(2, Math.floor(tStart)); k < 3; k++) {
    const b = path[k + 1]!
    if (dir * (b - level) >= 0) {
      const from = k === Math.floor(tStart) ? tStart : k
      const segStart = k === Math.floor(tStart) ? a : path[k]!
      const span = b - segStart
      out.t = span === 0 ? from : from + ((level - segStart) / span) * (k + 1 - from)
      out.price = level
      return out
    }
    a = b
  }
  out.t = Number.NaN
  out.price = Number.NaN
  return out
}

/**
 * Trailing-stop walk from `tStart`: the stop trails the best price seen (the highest for a sell stop, `dir = −1`;
 * the lowest for a buy stop, `dir = +1`) at `distance` (absolute) or `fraction` of it, and triggers when the price
 * crosses it. Returns the cross, and writes the best price reached into `state.best`.
 *
 * @internal
 */
export function trailingCross(
  path: Float64Array,
  state: { best: number },
  distance: number,
  fraction: number,
  dir: 1 | -1,
  tStart: number,
  out: Cross,
): Cross {
  const level = (best: number) => (fraction > 0 ? best * (1 + dir * fraction) : best + dir * distance)
  let best = state.best
  let a = priceAt(path, tStart)
  // a gap beyond the stop set on earlier bars triggers at the price reached
  if (-dir * (a - level(best)) <= 0) {
    out.t = tStart
    out.price = a
    return out
  }
  if (-dir * (a - best) > 0) best = a
  let t0 = tStart
  for (let k = Math.min(2, Math.floor(tStart)); k < 3; k++) {
    const b = path[k + 1]!
    if (-dir * (b - a) > 0) {
      // moving in the favourable direction: the stop follows
      if (-dir * (b - best) > 0) best = b
    } else {
      const lvl = level(best)
      if (-dir * (b - lvl) <= 0) {
        const span = b - a
        out.t = span === 0 ? t0 : t0 + ((lvl - a) / span) * (k + 1 - t0)
        out.price = lvl
        state.best = best
        return out
      }
    }
    a = b
    t0 = k + 1
  }
  state.best = best
  out.t = Number.NaN
  out.price = Number.NaN
  return out
}
