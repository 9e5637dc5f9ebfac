// Speed of @aitrade/indicators/compat against the package it replaces: the same `X.calculate(input)` calls on
// Coinbase_BTCUSD_1h.csv (20 111 hourly bars) with technicalindicators and with our compat entry, in one process.
// Both sides take the same number[] inputs and return technicalindicators' output shape (arrays without the warm-up).
// Each number is the fastest of mitata's samples (every side measured the same way), which shrugs off the other
// processes of a shared machine.
// Run: npm run bench -w @aitrade/indicators   (all groups), or after it: node bench/.out/compat.bench.js
import { createRequire } from 'node:module'
import { do_not_optimize, measure } from 'mitata'
import * as compat from '../src/compat/index.js'
import { loadShared } from '../test-support/sharedData.js'
import { benchHeader } from './benchSupport.js'

const require = createRequire(import.meta.url)
const ti = require('technicalindicators') as Record<string, { calculate(input: unknown): unknown }>

const bars = loadShared('Coinbase_BTCUSD_1h.csv')
const n = bars.close.length
const c = {
  high: Array.from(bars.high),
  low: Array.from(bars.low),
  close: Array.from(bars.close),
  volume: Array.from(bars.volume),
}
const inputs: Record<string, object> = {
  SMA: { period: 20, values: c.close },
  EMA: { period: 20, values: c.close },
  WMA: { period: 20, values: c.close },
  WEMA: { period: 14, values: c.close },
  RSI: { period: 14, values: c.close },
  MACD: {
    values: c.close,
    fastPeriod: 12,
    slowPeriod: 26,
    signalPeriod: 9,
    SimpleMAOscillator: false,
    SimpleMASignal: false,
  },
  BollingerBands: { period: 20, stdDev: 2, values: c.close },
  ATR: { period: 14, high: c.high, low: c.low, close: c.close },
  Stochastic: { period: 14, signalPeriod: 3, high: c.high, low: c.low, close: c.close },
  StochasticRSI: { values: c.close, rsiPeriod: 14, stochasticPeriod: 14, kPeriod: 3, dPeriod: 3 },
  ADX: { period: 14, high: c.high, low: c.low, close: c.close },
  CCI: { period: 20, high: c.high, low: c.low, close: c.close },
  ROC: { period: 12, values: c.close },
  OBV: { close: c.close, volume: c.volume },
  WilliamsR: { period: 14, high: c.high, low: c.low, close: c.close },
  MFI: { period: 14, high: c.high, low: c.low, close: c.close, volume: c.volume },
  VWAP: { high: c.high, low: c.low, close: c.close, volume: c.volume },
  ADL: { high: c.high, low: c.low, close: c.close, volume: c.volume },
  TRIX: { period: 18, values: c.close },
  AwesomeOscillator: { high: c.high, low: c.low, fastPeriod: 5, slowPeriod: 34 },
  ForceIndex: { close: c.close, volume: c.volume, period: 13 },
  PSAR: { step: 0.02, max: 0.2, high: c.high, low: c.low },
  KeltnerChannels: {
    maPeriod: 20,
    atrPeriod: 10,
    useSMA: false,
    multiplier: 2,
    high: c.high,
    low: c.low,
    close: c.close,
  },
  ChandelierExit: { period: 22, multiplier: 3, high: c.high, low: c.low, close: c.close },
  IchimokuCloud: { high: c.high, low: c.low, conversionPeriod: 9, basePeriod: 26, spanPeriod: 52, displacement: 26 },
}

const opts = { min_cpu_time: 150e6 }
const table: Record<string, Record<string, string>> = {}
for (const [name, input] of Object.entries(inputs)) {
  const ours = (compat as unknown as Record<string, { calculate(i: unknown): unknown }>)[name] as {
    calculate(i: unknown): unknown
  }
  const theirs = ti[name] as { calculate(i: unknown): unknown }
  const a = (await measure(() => do_not_optimize(ours.calculate(input)), opts)).min / n
  const b = (await measure(() => do_not_optimize(theirs.calculate(input)), opts)).min / n
  table[name] = {
    'compat ns/bar': a.toFixed(1),
    'technicalindicators ns/bar': b.toFixed(1),
    'speed-up': `${(b / a).toFixed(1)}×`,
  }
}
console.log(benchHeader(`compat vs technicalindicators, ${n} bars of Coinbase_BTCUSD_1h.csv`))
console.table(table)
