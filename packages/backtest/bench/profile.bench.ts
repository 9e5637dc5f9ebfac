// Profiling entry (not a benchmark table): the 1M-bar SMA(10/20) crossover engine loop, for `node --cpu-prof`.
// Run: npx tsup --config bench/tsup.config.ts && node --cpu-prof --cpu-prof-dir=/tmp/prof bench/.out/profile.js
import { BarSeries, BarSeriesFeed, Engine, type Strategy } from '@aitrade/core'
import { SMA } from '@aitrade/indicators'
import { SimulatedBroker } from '../src/simulatedBroker.js'

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
function syntheticBars(n: number, seed: number): BarSeries {
  const r = rng(seed)
  const cols = {
    time: new Float64Array(n),
    open: new Float64Array(n),
    high: new Float64Array(n),
    low: new Float64Array(n),
    close: new Float64Array(n),
    volume: new Float64Array(n),
  }
  let p = 100
  for (let i = 0; i < n; i++) {
    const o = p
    const c = o * Math.exp((r() - 0.5) * 0.02)
    cols.time[i] = Date.UTC(2000, 0, 3) + i * 60_000
    cols.open[i] = o
    cols.close[i] = c
    cols.high[i] = Math.max(o, c) * (1 + r() * 0.005)
    cols.low[i] = Math.min(o, c) * (1 - r() * 0.005)
    cols.volume[i] = 1000 + Math.floor(r() * 1000)
    p = c
  }
  return BarSeries.fromColumns(cols, { symbol: 'SYN' })
}
function crossover(fast: number, slow: number): Strategy {
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
const bars = syntheticBars(1_000_000, 42)
if (process.env.H2_MEM) {
  const gc = (globalThis as { gc?: () => void }).gc!
  gc()
  const before = process.memoryUsage()
  const broker = new SimulatedBroker({ cash: 1e9 })
  broker.reserveCurve(bars.length)
  await new Engine({ strategy: crossover(10, 20), feed: new BarSeriesFeed(bars), broker }).run()
  gc()
  const after = process.memoryUsage()
  const mb = (x: number) => (x / 2 ** 20).toFixed(1)
  console.log(
    `retained heap ${mb(after.heapUsed - before.heapUsed)} MB, buffers ${mb(after.arrayBuffers - before.arrayBuffers)} MB; orders ${broker.orders.length}, fills ${broker.fills.length}, trades ${broker.ledger.trades.length}`,
  )
  const b = broker as unknown as { allOrders: unknown[]; allFills: unknown[]; curveTime: unknown }
  let last = process.memoryUsage().heapUsed
  const drop = (name: string, f: () => void) => {
    f()
    gc()
    const now = process.memoryUsage().heapUsed
    console.log(`${name}: ${mb(last - now)} MB`)
    last = now
  }
  drop('orders', () => (b.allOrders.length = 0))
  drop('fills', () => (b.allFills.length = 0))
  drop('trades', () => ((broker.ledger.trades as unknown[]).length = 0))
  process.exit(0)
}
for (let r = 0; r < 3; r++) {
  const broker = new SimulatedBroker({ cash: 1e9 })
  broker.reserveCurve(bars.length)
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  await new Engine({ strategy: crossover(10, 20), feed: new BarSeriesFeed(bars), broker }).run()
  const cpu = process.cpuUsage(c0)
  console.log(
    `${(performance.now() - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms cpu, ${broker.ledger.trades.length} trades`,
  )
}
