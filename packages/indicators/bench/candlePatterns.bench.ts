// Candlestick pattern speed on Coinbase_BTCUSD_1h.csv (20 111 hourly bars), all in one process:
// ours (batch ns/bar, streaming ns/update) against TA-Lib through the `talib` binding (inputs already converted to
// number[], so only the call and the copy into C are timed) and technicalindicators (one `hasPattern` call on the
// latest candles per bar: its only per-bar API; its pattern rules differ from TA-Lib's, so this compares speed only).
// Each number is the fastest of mitata's samples (every side measured the same way), which shrugs off the other
// processes of a shared machine.
// Run: npm run bench -w @aitrade/indicators   (all groups), or after it: node bench/.out/candlePatterns.bench.js
import { createRequire } from 'node:module'
import { do_not_optimize, measure } from 'mitata'
import { CANDLE_PATTERNS } from '../test-support/candlePatterns.js'
import { loadShared } from '../test-support/sharedData.js'
import { benchHeader, ownLoop } from './benchSupport.js'

const require = createRequire(import.meta.url)
const talib = require('talib') as { execute(args: Record<string, unknown>): unknown }
const ti = require('technicalindicators') as Record<string, (data: unknown) => boolean>

// technicalindicators' closest functions (speed comparison only; their definitions differ from TA-Lib's)
const TI: Record<string, string> = {
  CDLDOJI: 'doji',
  CDLENGULFING: 'bullishengulfingpattern',
  CDLHARAMI: 'bullishharami',
  CDLHAMMER: 'hammerpattern',
  CDLMORNINGSTAR: 'morningstar',
  CDLEVENINGSTAR: 'eveningstar',
  CDL3WHITESOLDIERS: 'threewhitesoldiers',
  CDL3BLACKCROWS: 'threeblackcrows',
  CDLDARKCLOUDCOVER: 'darkcloudcover',
  CDLPIERCING: 'piercingline',
  CDLSHOOTINGSTAR: 'shootingstar',
  CDLABANDONEDBABY: 'abandonedbaby',
}

const bars = loadShared('Coinbase_BTCUSD_1h.csv')
const n = bars.close.length
const arrays = {
  open: Array.from(bars.open),
  high: Array.from(bars.high),
  low: Array.from(bars.low),
  close: Array.from(bars.close),
}
const barObjects = Array.from({ length: n }, (_, i) => ({
  open: bars.open[i] as number,
  high: bars.high[i] as number,
  low: bars.low[i] as number,
  close: bars.close[i] as number,
}))
const window = {
  open: arrays.open.slice(-20),
  high: arrays.high.slice(-20),
  low: arrays.low.slice(-20),
  close: arrays.close.slice(-20),
}
const out = new Int32Array(n)
const opts = { min_cpu_time: 150e6 }

const rows: Record<string, Record<string, string>> = {}
let sumOurs = 0
let sumTalib = 0
for (const p of CANDLE_PATTERNS) {
  const ours = (await measure(() => do_not_optimize(p.batch(bars, { out })), opts)).min / n
  const s = p.create()
  const loop = ownLoop()
  const stream =
    (
      await measure(() => {
        s.reset()
        loop(s, barObjects, n)
      }, opts)
    ).min / n
  const optIn = p.penetration === undefined ? {} : { optInPenetration: p.penetration }
  const args = { name: p.name, startIdx: 0, endIdx: n - 1, ...arrays, ...optIn }
  const ta = (await measure(() => do_not_optimize(talib.execute(args)), opts)).min / n
  const tiName = TI[p.name]
  const tiFn = tiName === undefined ? undefined : ti[tiName]
  const tiNs = tiFn === undefined ? Number.NaN : (await measure(() => do_not_optimize(tiFn(window)), opts)).min
  sumOurs += ours
  sumTalib += ta
  rows[p.name] = {
    'ours batch ns/bar': ours.toFixed(1),
    'ours update ns': stream.toFixed(1),
    'talib ns/bar': ta.toFixed(1),
    'talib / ours': (ta / ours).toFixed(1),
    'technicalindicators ns/bar': Number.isNaN(tiNs) ? '' : tiNs.toFixed(0),
    'technicalindicators / ours update': Number.isNaN(tiNs) ? '' : (tiNs / stream).toFixed(1),
  }
}
console.log(benchHeader(`candlestick patterns, ${n} bars of Coinbase_BTCUSD_1h.csv`))
console.table(rows)
console.log(
  `all 61 patterns, batch: ours ${sumOurs.toFixed(0)} ns/bar, talib ${sumTalib.toFixed(0)} ns/bar (${(sumTalib / sumOurs).toFixed(1)}×)`,
)
