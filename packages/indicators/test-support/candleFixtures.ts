// Test support for the candlestick patterns: a seeded synthetic bar generator whose candles sit on an integer
// price grid and mix dojis, marubozus, long bodies, long shadows, gaps and equal opens/closes, so that the
// rare TA-Lib patterns (concealing baby swallow, mat hold, abandoned baby, …) occur in a few thousand bars.
// TA-Lib stays the oracle: tests compare our output on these bars with TA-Lib's, never with fixed values.

/** Columnar OHLC arrays. */
export interface CandleArrays {
  open: Float64Array
  high: Float64Array
  low: Float64Array
  close: Float64Array
}

/** mulberry32: a small deterministic PRNG returning floats in [0, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T
}

const BODIES = [0, 0, 1, 1, 2, 3, 4, 6, 8, 10, 14] as const
const SHADOWS = [0, 0, 0, 0, 1, 1, 2, 3, 5, 8, 12] as const
const GAPS = [3, 4, 6, 9] as const

/**
 * `n` synthetic candles from `seed` (same seed, same bars). Prices are integers between about 50 and 500.
 */
export function syntheticCandles(n: number, seed: number): CandleArrays {
  const r = rng(seed)
  const out: CandleArrays = {
    open: new Float64Array(n),
    high: new Float64Array(n),
    low: new Float64Array(n),
    close: new Float64Array(n),
  }
  let prevOpen = 200
  let prevClose = 200
  let dir = 1
  for (let i = 0; i < n; i++) {
    if (r() < 0.3) dir = -dir
    const u = r()
    let open: number
    if (u < 0.35) open = prevClose
    else if (u < 0.45) open = prevOpen
    else if (u < 0.7) open = Math.round((prevOpen + prevClose) / 2) + pick(r, [-1, 0, 1])
    else open = prevClose + (r() < 0.5 ? 1 : -1) * pick(r, GAPS)
    if (open < 60) open += 20
    if (open > 480) open -= 20
    const color = r() < 0.65 ? dir : -dir
    const close = open + color * pick(r, BODIES)
    const upper = pick(r, SHADOWS)
    const lower = pick(r, SHADOWS)
    out.open[i] = open
    out.close[i] = close
    out.high[i] = Math.max(open, close) + upper
    out.low[i] = Math.min(open, close) - lower
    prevOpen = open
    prevClose = close
  }
  return out
}

// Hand-made tails for the patterns too rare for the generator, each after 12 plain candles
// (open 100, high 102, low 99, close 101), as [open, high, low, close].
const FILLER: readonly (readonly number[])[] = Array.from({ length: 12 }, () => [100, 102, 99, 101])
const CRAFTED: readonly (readonly (readonly number[])[])[] = [
  // concealing baby swallow: two black marubozus, a black candle gapping down with an upper shadow into the
  // prior body, a black candle engulfing it shadows included
  [
    [110, 110, 100, 100],
    [100, 100, 90, 90],
    [88, 92, 85, 86],
    [93, 94, 83, 84],
  ],
  // mat hold: long white, small black gapping up, two small falling candles holding within the first body,
  // a white candle closing above the reaction days' highs
  [
    [100, 111, 99, 110],
    [113, 114, 111, 112],
    [111, 111.5, 109, 109.5],
    [110, 110.5, 108, 108.5],
    [109, 116.5, 108.5, 116],
  ],
  // three black crows after a white candle: each black opens inside the prior body, no lower shadows
  [
    [100, 106, 99.5, 104],
    [105, 105.5, 101, 101],
    [103, 103, 99, 99],
    [101, 101, 97, 97],
  ],
]

/** The hand-made tails above, each after plain filler candles: every rare pattern fires at least once. */
export function craftedCandles(): CandleArrays {
  const rows = CRAFTED.flatMap((tail) => [...FILLER, ...tail])
  const col = (k: number) => Float64Array.from(rows, (r) => r[k] as number)
  return { open: col(0), high: col(1), low: col(2), close: col(3) }
}

/** Synthetic bars from {@link syntheticCandles} followed by {@link craftedCandles}. */
export function patternFixture(n = 20_000, seed = 1): CandleArrays {
  const a = syntheticCandles(n, seed)
  const c = craftedCandles()
  const cat = (x: Float64Array, y: Float64Array) => {
    const z = new Float64Array(x.length + y.length)
    z.set(x)
    z.set(y, x.length)
    return z
  }
  return { open: cat(a.open, c.open), high: cat(a.high, c.high), low: cat(a.low, c.low), close: cat(a.close, c.close) }
}
