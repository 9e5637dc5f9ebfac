// Shared by the benchmarks in this folder: seeded synthetic bars and the SMA crossover strategy.
import { BarSeries, type Strategy } from '@aitrade/core'
import { SMA } from '@aitrade/indicators'

/** mulberry32: a small seeded PRNG (deterministic synthetic data). */
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

/** A geometric random walk of `n` bars `stepMs` apart (seeded), as a validated BarSeries. */
export function syntheticBars(
  n: number,
  seed: number,
  symbol: string,
  stepMs: number,
  t0 = Date.UTC(2000, 0, 3),
): BarSeries {
  const r = rng(seed)
  const time = new Float64Array(n)
  const open = new Float64Array(n)
  const high = new Float64Array(n)
  const low = new Float64Array(n)
  const close = new Float64Array(n)
  const volume = new Float64Array(n)
  let p = 100
  for (let i = 0; i < n; i++) {
    const o = p
    const c = o * Math.exp((r() - 0.5) * 0.02)
    time[i] = t0 + i * stepMs
    open[i] = o
    close[i] = c
    high[i] = Math.max(o, c) * (1 + r() * 0.005)
    low[i] = Math.min(o, c) * (1 - r() * 0.005)
    volume[i] = 1000 + Math.floor(r() * 1000)
    p = c
  }
  return BarSeries.fromColumns({ time, open, high, low, close, volume }, { symbol })
}

/** SMA(fast/slow) crossover with streaming indicators: long on an up cross, flat on a down cross (1 unit). */
export function crossover(fast: number, slow: number): Strategy {
  const f = new SMA({ period: fast })
  const s = new SMA({ period: slow })
  let pf = Number.NaN
  let ps = Number.NaN
  return {
    onBar(bar, ctx) {
      const a = f.update(bar.close)
      const b = s.update(bar.close)
      if (pf <= ps && a > b) ctx.submit({ symbol: ctx.symbol, side: 'buy', type: 'market', amount: 1 })
      else if (pf >= ps && a < b && ctx.position())
        ctx.submit({ symbol: ctx.symbol, side: 'sell', type: 'market', amount: 1 })
      pf = a
      ps = b
    },
  }
}
