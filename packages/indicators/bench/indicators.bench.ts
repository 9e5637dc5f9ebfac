// Benchmark of @aitrade/indicators against a hand-written Float64Array loop and the peers, in one process.
// Run: npm run bench -w @aitrade/indicators   (BENCH_BARS=200000 BENCH_RUNS=3 to shorten)
// Prints ns per bar (lower is better) and each candidate's ratio to the hand-written loop. Every candidate gets its
// input prepared outside the timing in the form its API takes (ours and the hand loop: Float64Array; the peers:
// number[] or an array of bar objects) and materializes the whole output series: technicalindicators through
// `calculate`, trading-signals through its batch `updates(inputs)`, talib through `execute`.
import { createRequire } from 'node:module'
import * as ti from 'technicalindicators'
import * as tsig from 'trading-signals'
import { ATR, atr, BBANDS, bbands, EMA, ema, MACD, macd, RSI, rsi, SMA, sma } from '../src/index.js'
import { benchHeader } from './benchSupport.js'

const require = createRequire(import.meta.url)
const talib = require('talib') as { execute(args: Record<string, unknown>): { result: Record<string, number[]> } }

const N = Number(process.env.BENCH_BARS ?? 1_000_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

// ---- seeded synthetic random walk (mulberry32) ----
let seed = 20240601
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const close = new Float64Array(N)
const high = new Float64Array(N)
const low = new Float64Array(N)
let px = 100
for (let i = 0; i < N; i++) {
  px *= 1 + (rand() - 0.5) * 0.02
  const range = px * rand() * 0.01
  close[i] = px
  high[i] = px + range * rand()
  low[i] = px - range * rand()
}
const bars = { high, low, close }
const closeArr = Array.from(close)
const highArr = Array.from(high)
const lowArr = Array.from(low)
const barObjs = Array.from({ length: N }, (_, i) => ({
  high: high[i] as number,
  low: low[i] as number,
  close: close[i] as number,
}))

// ---- hand-written baselines: the plain loop a careful programmer would write ----
function handSma(x: Float64Array, p: number): Float64Array {
  const out = new Float64Array(x.length).fill(Number.NaN, 0, p - 1)
  let s = 0
  for (let i = 0; i < x.length; i++) {
    s += x[i] as number
    if (i >= p) s -= x[i - p] as number
    if (i >= p - 1) out[i] = s / p
  }
  return out
}
function handEmaInto(x: Float64Array, p: number, out: Float64Array): void {
  const k = 2 / (p + 1)
  let s = 0
  for (let i = 0; i < p; i++) s += x[i] as number
  let e = s / p
  out[p - 1] = e
  for (let i = p; i < x.length; i++) {
    e += ((x[i] as number) - e) * k
    out[i] = e
  }
}
function handEma(x: Float64Array, p: number): Float64Array {
  const out = new Float64Array(x.length).fill(Number.NaN, 0, p - 1)
  handEmaInto(x, p, out)
  return out
}
function handRsi(x: Float64Array, p: number): Float64Array {
  const out = new Float64Array(x.length).fill(Number.NaN, 0, p)
  let g = 0
  let l = 0
  for (let i = 1; i <= p; i++) {
    const d = (x[i] as number) - (x[i - 1] as number)
    if (d > 0) g += d
    else l -= d
  }
  g /= p
  l /= p
  out[p] = (100 * g) / (g + l)
  for (let i = p + 1; i < x.length; i++) {
    const d = (x[i] as number) - (x[i - 1] as number)
    g = (g * (p - 1) + Math.max(d, 0)) / p
    l = (l * (p - 1) + (d < 0 ? -d : 0)) / p
    out[i] = (100 * g) / (g + l)
  }
  return out
}
function handMacd(x: Float64Array): { macd: Float64Array; signal: Float64Array; histogram: Float64Array } {
  const n = x.length
  const fast = new Float64Array(n)
  const slow = new Float64Array(n)
  handEmaInto(x, 12, fast)
  handEmaInto(x, 26, slow)
  const m = new Float64Array(n).fill(Number.NaN, 0, 25)
  for (let i = 25; i < n; i++) m[i] = (fast[i] as number) - (slow[i] as number)
  const signal = new Float64Array(n).fill(Number.NaN, 0, 33)
  const hist = new Float64Array(n).fill(Number.NaN, 0, 33)
  let s = 0
  for (let i = 25; i < 34; i++) s += m[i] as number
  let e = s / 9
  for (let i = 33; i < n; i++) {
    if (i > 33) e += ((m[i] as number) - e) * 0.2
    signal[i] = e
    hist[i] = (m[i] as number) - e
  }
  return { macd: m, signal, histogram: hist }
}
function handBbands(x: Float64Array, p: number): { upper: Float64Array; middle: Float64Array; lower: Float64Array } {
  const n = x.length
  const upper = new Float64Array(n).fill(Number.NaN, 0, p - 1)
  const middle = new Float64Array(n).fill(Number.NaN, 0, p - 1)
  const lower = new Float64Array(n).fill(Number.NaN, 0, p - 1)
  let s = 0
  let s2 = 0
  for (let i = 0; i < n; i++) {
    const v = x[i] as number
    s += v
    s2 += v * v
    if (i >= p) {
      const o = x[i - p] as number
      s -= o
      s2 -= o * o
    }
    if (i >= p - 1) {
      const m = s / p
      const sd = Math.sqrt(Math.max(0, s2 / p - m * m))
      middle[i] = m
      upper[i] = m + 2 * sd
      lower[i] = m - 2 * sd
    }
  }
  return { upper, middle, lower }
}
function handAtr(h: Float64Array, l: Float64Array, c: Float64Array, p: number): Float64Array {
  const n = c.length
  const out = new Float64Array(n).fill(Number.NaN, 0, p)
  let a = 0
  for (let i = 1; i < n; i++) {
    const hi = h[i] as number
    const lo = l[i] as number
    const pc = c[i - 1] as number
    const tr = Math.max(hi - lo, Math.abs(hi - pc), Math.abs(lo - pc))
    if (i <= p) {
      a += tr
      if (i === p) out[i] = a /= p
    } else out[i] = a = (a * (p - 1) + tr) / p
  }
  return out
}

// ---- timing ----
let sink = 0
function consume(r: unknown): void {
  if (r instanceof Float64Array) sink += r[r.length - 1] as number
  else if (Array.isArray(r)) sink += r.length
  else if (r && typeof r === 'object') sink += Object.keys(r).length
}
/** Best of RUNS (after one warm-up run), in ns per bar. */
function time(fn: () => unknown): number {
  consume(fn())
  let best = Number.POSITIVE_INFINITY
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint()
    consume(fn())
    const dt = Number(process.hrtime.bigint() - t0)
    if (dt < best) best = dt
  }
  return best / N
}

interface Row {
  name: string
  hand: () => unknown
  ours: () => unknown
  technicalindicators: () => unknown
  tradingSignals: () => unknown
  talib: () => unknown
}
const rows: Row[] = [
  {
    name: 'SMA(20)',
    hand: () => handSma(close, 20),
    ours: () => sma(close, { period: 20 }),
    technicalindicators: () => ti.SMA.calculate({ period: 20, values: closeArr }),
    tradingSignals: () => new tsig.SMA(20).updates(closeArr),
    talib: () => talib.execute({ name: 'SMA', startIdx: 0, endIdx: N - 1, inReal: closeArr, optInTimePeriod: 20 }),
  },
  {
    name: 'EMA(20)',
    hand: () => handEma(close, 20),
    ours: () => ema(close, { period: 20 }),
    technicalindicators: () => ti.EMA.calculate({ period: 20, values: closeArr }),
    tradingSignals: () => new tsig.EMA(20).updates(closeArr),
    talib: () => talib.execute({ name: 'EMA', startIdx: 0, endIdx: N - 1, inReal: closeArr, optInTimePeriod: 20 }),
  },
  {
    name: 'RSI(14)',
    hand: () => handRsi(close, 14),
    ours: () => rsi(close, { period: 14 }),
    technicalindicators: () => ti.RSI.calculate({ period: 14, values: closeArr }),
    tradingSignals: () => new tsig.RSI(14).updates(closeArr),
    talib: () => talib.execute({ name: 'RSI', startIdx: 0, endIdx: N - 1, inReal: closeArr, optInTimePeriod: 14 }),
  },
  {
    name: 'MACD(12,26,9)',
    hand: () => handMacd(close),
    ours: () => macd(close, { fastPeriod: 12, slowPeriod: 26, signalPeriod: 9 }),
    technicalindicators: () =>
      ti.MACD.calculate({
        values: closeArr,
        fastPeriod: 12,
        slowPeriod: 26,
        signalPeriod: 9,
        SimpleMAOscillator: false,
        SimpleMASignal: false,
      }),
    tradingSignals: () => new tsig.MACD(new tsig.EMA(12), new tsig.EMA(26), new tsig.EMA(9)).updates(closeArr),
    talib: () =>
      talib.execute({
        name: 'MACD',
        startIdx: 0,
        endIdx: N - 1,
        inReal: closeArr,
        optInFastPeriod: 12,
        optInSlowPeriod: 26,
        optInSignalPeriod: 9,
      }),
  },
  {
    name: 'BBANDS(20,2)',
    hand: () => handBbands(close, 20),
    ours: () => bbands(close, { period: 20, nbDevUp: 2, nbDevDn: 2 }),
    technicalindicators: () => ti.BollingerBands.calculate({ period: 20, stdDev: 2, values: closeArr }),
    tradingSignals: () => new tsig.BollingerBands(20, 2).updates(closeArr),
    talib: () =>
      talib.execute({
        name: 'BBANDS',
        startIdx: 0,
        endIdx: N - 1,
        inReal: closeArr,
        optInTimePeriod: 20,
        optInNbDevUp: 2,
        optInNbDevDn: 2,
        optInMAType: 0,
      }),
  },
  {
    name: 'ATR(14)',
    hand: () => handAtr(high, low, close, 14),
    ours: () => atr(bars, { period: 14 }),
    technicalindicators: () => ti.ATR.calculate({ period: 14, high: highArr, low: lowArr, close: closeArr }),
    tradingSignals: () => new tsig.ATR(14).updates(barObjs),
    talib: () =>
      talib.execute({
        name: 'ATR',
        startIdx: 0,
        endIdx: N - 1,
        high: highArr,
        low: lowArr,
        close: closeArr,
        optInTimePeriod: 14,
      }),
  },
]

const fmt = (x: number) => x.toFixed(1).padStart(8)
const ratio = (x: number, base: number) => `${(x / base).toFixed(2)}×`.padStart(9)
console.log(benchHeader(`@aitrade/indicators benchmark — ${N.toLocaleString('en-US')} bars, best of ${RUNS}`))
console.log('batch: ns per bar over the whole series, output materialized (ratio to the hand-written loop)\n')
console.log(
  `${'indicator'.padEnd(15)}${'hand'.padStart(8)}${'ours'.padStart(8)}${''.padStart(9)}${'tech.ind.'.padStart(10)}${''.padStart(9)}${'trad.sig.'.padStart(10)}${''.padStart(9)}${'talib'.padStart(8)}${''.padStart(9)}   ours faster than: tech.ind. / trad.sig. / talib`,
)
for (const r of rows) {
  const h = time(r.hand)
  const o = time(r.ours)
  const t1 = time(r.technicalindicators)
  const t2 = time(r.tradingSignals)
  const t3 = time(r.talib)
  console.log(
    `${r.name.padEnd(15)}${fmt(h)}${fmt(o)}${ratio(o, h)}${fmt(t1).padStart(10)}${ratio(t1, h)}${fmt(t2).padStart(10)}${ratio(t2, h)}${fmt(t3)}${ratio(t3, h)}   ${ratio(t1, o)} / ${ratio(t2, o)} / ${ratio(t3, o)}`,
  )
}

// ---- streaming: ns per update() over the whole series, ours against trading-signals' own per-bar update (neither
// keeps the outputs). Each loop is its own function so every call site stays monomorphic, on both sides.
type Hlc = { high: number; low: number; close: number }
const streams: [string, () => unknown, () => unknown][] = [
  [
    'SMA(20)',
    () => {
      const s = new SMA({ period: 20 })
      let v = 0
      for (let i = 0; i < N; i++) v = s.update(close[i] as number)
      return [v]
    },
    () => {
      const s = new tsig.SMA(20)
      let v: unknown = 0
      for (let i = 0; i < N; i++) v = s.update(close[i] as number, false)
      return [v]
    },
  ],
  [
    'EMA(20)',
    () => {
      const s = new EMA({ period: 20 })
      let v = 0
      for (let i = 0; i < N; i++) v = s.update(close[i] as number)
      return [v]
    },
    () => {
      const s = new tsig.EMA(20)
      let v: unknown = 0
      for (let i = 0; i < N; i++) v = s.update(close[i] as number, false)
      return [v]
    },
  ],
  [
    'RSI(14)',
    () => {
      const s = new RSI({ period: 14 })
      let v = 0
      for (let i = 0; i < N; i++) v = s.update(close[i] as number)
      return [v]
    },
    () => {
      const s = new tsig.RSI(14)
      let v: unknown = 0
      for (let i = 0; i < N; i++) v = s.update(close[i] as number, false)
      return [v]
    },
  ],
  [
    'ATR(14)',
    () => {
      const s = new ATR({ period: 14 })
      let v = 0
      for (let i = 0; i < N; i++) v = s.update(barObjs[i] as Hlc)
      return [v]
    },
    () => {
      const s = new tsig.ATR(14)
      let v: unknown = 0
      for (let i = 0; i < N; i++) v = s.update(barObjs[i] as Hlc, false)
      return [v]
    },
  ],
  [
    'MACD(12,26,9)',
    () => {
      const s = new MACD({})
      let v: unknown = 0
      for (let i = 0; i < N; i++) v = s.update(close[i] as number)
      return [v]
    },
    () => {
      const s = new tsig.MACD(new tsig.EMA(12), new tsig.EMA(26), new tsig.EMA(9))
      let v: unknown = 0
      for (let i = 0; i < N; i++) v = s.update(close[i] as number, false)
      return [v]
    },
  ],
  [
    'BBANDS(20,2)',
    () => {
      const s = new BBANDS({ period: 20 })
      let v: unknown = 0
      for (let i = 0; i < N; i++) v = s.update(close[i] as number)
      return [v]
    },
    () => {
      const s = new tsig.BollingerBands(20, 2)
      let v: unknown = 0
      for (let i = 0; i < N; i++) v = s.update(close[i] as number, false)
      return [v]
    },
  ],
]
console.log("\nstreaming update(), ns per call: ours and trading-signals' update(x, false)")
console.log(`${'indicator'.padEnd(15)}${'ours'.padStart(8)}${'trad.sig.'.padStart(10)}   ours faster`)
for (const [name, ours, theirs] of streams) {
  const o = time(ours)
  const t = time(theirs)
  console.log(`${name.padEnd(15)}${fmt(o)}${fmt(t).padStart(10)}${ratio(t, o)}`)
}
if (sink === 42) console.log('')
