// Speed of the indicators beyond TA-Lib (src/extra) on Coinbase_BTCUSD_1h.csv (20 111 hourly bars), in one
// process: ours (batch ns/bar, streaming ns/update) against technicalindicators (`calculate`) and trading-signals
// (its batch `updates(inputs)`, which materializes the whole output like ours) where they have the indicator, with
// the same parameters. Every input is prepared outside the timing in the form each API takes. Definitions match
// where the tests compare them; elsewhere (e.g. trading-signals' EMA seeding) this is a speed comparison only.
// Each number is the fastest of mitata's samples (every side measured the same way), which shrugs off the other
// processes of a shared machine.
// Run: npm run bench -w @aitrade/indicators   (all groups), or after it: node bench/.out/extra.bench.js
import { createRequire } from 'node:module'
import { do_not_optimize, measure } from 'mitata'
import * as ts from 'trading-signals'
import { ALMA, alma } from '../src/extra/alma.js'
import { AO, awesomeOscillator } from '../src/extra/awesomeOscillator.js'
import { CMF, chaikinMoneyFlow } from '../src/extra/chaikinMoneyFlow.js'
import { CHANDELIER, chandelierExit } from '../src/extra/chandelierExit.js'
import { CHOP, choppiness } from '../src/extra/choppiness.js'
import { CONNORSRSI, connorsRsi } from '../src/extra/connorsRsi.js'
import { DONCHIAN, donchianChannels } from '../src/extra/donchianChannels.js'
import { EOM, easeOfMovement } from '../src/extra/easeOfMovement.js'
import { FISHER, fisherTransform } from '../src/extra/fisherTransform.js'
import { FORCEINDEX, forceIndex } from '../src/extra/forceIndex.js'
import { HEIKINASHI, heikinAshi } from '../src/extra/heikinAshi.js'
import { HMA, hma } from '../src/extra/hma.js'
import { ICHIMOKU, ichimoku } from '../src/extra/ichimoku.js'
import { KELTNER, keltnerChannels } from '../src/extra/keltnerChannels.js'
import { PIVOTPOINTS, pivotPoints } from '../src/extra/pivotPoints.js'
import { SUPERTREND, superTrend } from '../src/extra/superTrend.js'
import { TSI, tsi } from '../src/extra/tsi.js'
import { VORTEX, vortex } from '../src/extra/vortex.js'
import { VWAP, vwap } from '../src/extra/vwap.js'
import { zigZag } from '../src/extra/zigZag.js'
import { ZLEMA, zlema } from '../src/extra/zlema.js'
import type { StreamingIndicator } from '../src/types.js'
import { loadShared } from '../test-support/sharedData.js'
import { benchHeader, ownLoop } from './benchSupport.js'

const require = createRequire(import.meta.url)
const ti = require('technicalindicators') as Record<string, { calculate(input: unknown): unknown }>

const bars = loadShared('Coinbase_BTCUSD_1h.csv')
const n = bars.close.length
const cols = {
  high: Array.from(bars.high),
  low: Array.from(bars.low),
  close: Array.from(bars.close),
  open: Array.from(bars.open),
  volume: Array.from(bars.volume),
}
const list = Array.from({ length: n }, (_, i) => ({
  open: bars.open[i] as number,
  high: bars.high[i] as number,
  low: bars.low[i] as number,
  close: bars.close[i] as number,
  volume: bars.volume[i] as number,
  time: bars.time[i] as number,
}))
const closes = cols.close

interface Row {
  name: string
  batch: () => unknown
  stream: () => StreamingIndicator<never, unknown>
  input: 'close' | 'bar'
  ti?: () => unknown
  ts?: () => { updates(inputs: never): unknown; update(x: never, replace: boolean): unknown }
}

const rows: Row[] = [
  {
    // the peers' VWAP is cumulative from the first bar: compare with anchor 'none'
    name: 'vwap (cumulative)',
    batch: () => vwap(bars, { anchor: 'none' }),
    stream: () => new VWAP({ anchor: 'none' }),
    input: 'bar',
    ti: () => ti.VWAP?.calculate(cols),
    ts: () => new ts.VWAP(),
  },
  { name: 'vwap (daily session)', batch: () => vwap(bars), stream: () => new VWAP(), input: 'bar' },
  {
    name: 'superTrend',
    batch: () => superTrend(bars),
    stream: () => new SUPERTREND(),
    input: 'bar',
    ts: () => new ts.SuperTrend(),
  },
  {
    name: 'keltnerChannels',
    batch: () => keltnerChannels(bars),
    stream: () => new KELTNER(),
    input: 'bar',
    ti: () => ti.KeltnerChannels?.calculate({ ...cols, maPeriod: 20, atrPeriod: 10, useSMA: false, multiplier: 2 }),
    ts: () => new ts.KeltnerChannels(),
  },
  {
    name: 'donchianChannels',
    batch: () => donchianChannels(bars),
    stream: () => new DONCHIAN(),
    input: 'bar',
    ts: () => new ts.DonchianChannels(20),
  },
  {
    name: 'ichimoku',
    batch: () => ichimoku(bars),
    stream: () => new ICHIMOKU(),
    input: 'bar',
    ti: () =>
      ti.IchimokuCloud?.calculate({ ...cols, conversionPeriod: 9, basePeriod: 26, spanPeriod: 52, displacement: 26 }),
    ts: () => new ts.IchimokuCloud(),
  },
  { name: 'hma', batch: () => hma(closes), stream: () => new HMA(), input: 'close', ts: () => new ts.HMA(9) },
  { name: 'alma', batch: () => alma(closes), stream: () => new ALMA(), input: 'close', ts: () => new ts.ALMA(9) },
  { name: 'zlema', batch: () => zlema(closes), stream: () => new ZLEMA(), input: 'close', ts: () => new ts.ZLEMA(20) },
  {
    name: 'heikinAshi',
    batch: () => heikinAshi(bars),
    stream: () => new HEIKINASHI(),
    input: 'bar',
    ti: () => ti.HeikinAshi?.calculate({ ...cols, timestamp: [] }),
  },
  { name: 'pivotPoints (bar)', batch: () => pivotPoints(bars), stream: () => new PIVOTPOINTS(), input: 'bar' },
  {
    name: 'chandelierExit',
    batch: () => chandelierExit(bars),
    stream: () => new CHANDELIER(),
    input: 'bar',
    ti: () => ti.ChandelierExit?.calculate({ ...cols, period: 22, multiplier: 3 }),
    ts: () => new ts.ChandelierExit(),
  },
  {
    name: 'awesomeOscillator',
    batch: () => awesomeOscillator(bars),
    stream: () => new AO(),
    input: 'bar',
    ti: () => ti.AwesomeOscillator?.calculate({ ...cols, fastPeriod: 5, slowPeriod: 34 }),
    ts: () => new ts.AO(5, 34),
  },
  {
    name: 'vortex',
    batch: () => vortex(bars),
    stream: () => new VORTEX(),
    input: 'bar',
    ts: () => new ts.VortexIndicator(14),
  },
  {
    name: 'choppiness',
    batch: () => choppiness(bars),
    stream: () => new CHOP(),
    input: 'bar',
    ts: () => new ts.CHOP(14),
  },
  {
    name: 'chaikinMoneyFlow',
    batch: () => chaikinMoneyFlow(bars),
    stream: () => new CMF(),
    input: 'bar',
    ts: () => new ts.CMF(20),
  },
  {
    name: 'forceIndex',
    batch: () => forceIndex(bars),
    stream: () => new FORCEINDEX(),
    input: 'bar',
    ti: () => ti.ForceIndex?.calculate({ ...cols, period: 13 }),
    ts: () => new ts.ForceIndex(13),
  },
  {
    name: 'easeOfMovement',
    batch: () => easeOfMovement(bars),
    stream: () => new EOM(),
    input: 'bar',
    ts: () => new ts.EMV(14),
  },
  { name: 'tsi', batch: () => tsi(closes), stream: () => new TSI(), input: 'close', ts: () => new ts.TSI() },
  {
    name: 'connorsRsi',
    batch: () => connorsRsi(closes),
    stream: () => new CONNORSRSI(),
    input: 'close',
    ts: () => new ts.ConnorsRSI(),
  },
  {
    name: 'fisherTransform',
    batch: () => fisherTransform(bars),
    stream: () => new FISHER(),
    input: 'bar',
    ts: () => new ts.FisherTransform(9),
  },
]

const opts = { min_cpu_time: 150e6 }
const fmt = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(1))
const times = (peer: number | undefined, ours: number) => (peer === undefined ? '—' : `${(peer / ours).toFixed(1)}×`)
/** ns per update over the whole series; the same kind of loop for ours and trading-signals' `update(x, false)`. */
async function perUpdate(input: Row['input'], make: () => unknown) {
  const loop = ownLoop()
  const xs = input === 'close' ? closes : list
  const m = await measure(() => {
    const s = make()
    loop(s, xs, n)
    return do_not_optimize(s)
  }, opts)
  return m.min / n
}
const table: Record<string, Record<string, string>> = {}
for (const r of rows) {
  const batch = (await measure(() => do_not_optimize(r.batch()), opts)).min / n
  const tiNs = r.ti ? (await measure(() => do_not_optimize(r.ti?.()), opts)).min / n : undefined
  const make = r.ts
  const tsNs = make
    ? (await measure(() => do_not_optimize(make().updates((r.input === 'close' ? closes : list) as never)), opts)).min /
      n
    : undefined
  const stream = await perUpdate(r.input, r.stream)
  const tsStream = make ? await perUpdate(r.input, make) : undefined
  table[r.name] = {
    ours: fmt(batch),
    'ti calculate': fmt(tiNs),
    'ts updates': fmt(tsNs),
    'ti / ours': times(tiNs, batch),
    'ts / ours': times(tsNs, batch),
    'ours update': fmt(stream),
    'ts update': fmt(tsStream),
    'ts / ours update': times(tsStream, stream),
  }
}
const zz = (await measure(() => do_not_optimize(zigZag(bars)), opts)).min / n
table['zigZag (batch only)'] = { ours: fmt(zz) }
console.log(benchHeader(`extra indicators, ${n} bars of Coinbase_BTCUSD_1h.csv, ns per bar`))
console.log(
  'batch: ours, technicalindicators `calculate`, trading-signals `updates` (outputs materialized); streaming: ns per update',
)
console.table(table)
