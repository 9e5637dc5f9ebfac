// The table the shared streaming contract test (src/streamingContract.test.ts) runs: every streaming class of
// the package, each paired with its batch function. The test feeds real bars (GOOG.csv daily, Coinbase BTC/USD
// hourly) and checks, for every row: streaming == batch exactly at every bar; `isReady` flips at `lookback`;
// `update(wrong); replace(real)` (also twice in a row) == `update(real)`; `snapshot()` → JSON → `restore()` into a
// fresh instance, then continuing (update and replace) == the uninterrupted run; `reset()` starts over; `replace()`
// before any `update()` throws InvalidStateError; `restore()` of another class's snapshot throws InvalidArgumentError.
//
// HOW TO ADD ROWS: append one object per streaming class (and per interesting option set) to the array of your
// section below — keep to your own section so concurrent edits don't collide:
//   { name: 'SMA 20', create: () => new SMA({ period: 20 }), batch: (b) => sma(b.close, { period: 20 }), input: 'close' }
// `input` is 'close' (update(number) with the close), 'bar' (update(OhlcvBar)), or a function `(bars, i) => input`
// for other shapes (e.g. BETA's `{ x, y }` pair). `batch` returns the batch output for the same bars: a Float64Array /
// Int32Array, or an object of them whose keys equal the keys of the streaming output object.
import { BBANDS, bbands } from '../src/overlap/bbands.js'
import { DEMA, dema } from '../src/overlap/dema.js'
import { EMA, ema } from '../src/overlap/ema.js'
import { KAMA, kama } from '../src/overlap/kama.js'
import { createMa, MA, ma } from '../src/overlap/ma.js'
import { SMA, sma } from '../src/overlap/sma.js'
import { T3, t3 } from '../src/overlap/t3.js'
import { TEMA, tema } from '../src/overlap/tema.js'
import { TRIMA, trima } from '../src/overlap/trima.js'
import { WMA, wma } from '../src/overlap/wma.js'
import { AVGPRICE, avgPrice } from '../src/price/avgPrice.js'
import { MEDPRICE, medPrice } from '../src/price/medPrice.js'
import { TYPPRICE, typPrice } from '../src/price/typPrice.js'
import { WCLPRICE, wclPrice } from '../src/price/wclPrice.js'
import { STDDEV, stdDev } from '../src/statistic/stdDev.js'
import { VAR, variance } from '../src/statistic/variance.js'
import type { OhlcvInput, StreamingIndicator } from '../src/types.js'
import { ATR, atr } from '../src/volatility/atr.js'
import { NATR, natr } from '../src/volatility/natr.js'
import { TRANGE, trange } from '../src/volatility/trange.js'
import { AD, ad } from '../src/volume/ad.js'
import { ADOSC, adOsc } from '../src/volume/adOsc.js'
import { OBV, obv } from '../src/volume/obv.js'
import { CANDLE_PATTERNS } from './candlePatterns.js'

/** Batch output: one array or an object of arrays named like the streaming output's keys. */
export type BatchOutput = Float64Array | Int32Array | object

/** One row of the streaming contract table. */
export interface StreamingCase {
  /** Label shown in the test name, e.g. `'SMA 20'`. */
  readonly name: string
  /** Builds a fresh instance (called several times per case). */
  readonly create: () => StreamingIndicator<never, unknown>
  /** The batch function on the same bars. */
  readonly batch: (bars: OhlcvInput) => BatchOutput
  /** What `update` takes: the close, the whole bar, or a custom input built from bar `i`. */
  readonly input: 'close' | 'bar' | ((bars: OhlcvInput, i: number) => unknown)
}

// ---- IND-A: overlap (moving averages, bands, SAR, midpoints), volume, volatility, price, statistics ----
const overlapEtc: StreamingCase[] = [
  { name: 'SMA 2', create: () => new SMA({ period: 2 }), batch: (b) => sma(b.close, { period: 2 }), input: 'close' },
  { name: 'SMA 20', create: () => new SMA({ period: 20 }), batch: (b) => sma(b.close, { period: 20 }), input: 'close' },
  { name: 'EMA 12', create: () => new EMA({ period: 12 }), batch: (b) => ema(b.close, { period: 12 }), input: 'close' },
  { name: 'WMA 9', create: () => new WMA({ period: 9 }), batch: (b) => wma(b.close, { period: 9 }), input: 'close' },
  {
    name: 'DEMA 10',
    create: () => new DEMA({ period: 10 }),
    batch: (b) => dema(b.close, { period: 10 }),
    input: 'close',
  },
  { name: 'TEMA 7', create: () => new TEMA({ period: 7 }), batch: (b) => tema(b.close, { period: 7 }), input: 'close' },
  {
    name: 'TRIMA 9',
    create: () => new TRIMA({ period: 9 }),
    batch: (b) => trima(b.close, { period: 9 }),
    input: 'close',
  },
  {
    name: 'TRIMA 10',
    create: () => new TRIMA({ period: 10 }),
    batch: (b) => trima(b.close, { period: 10 }),
    input: 'close',
  },
  {
    name: 'KAMA 10',
    create: () => new KAMA({ period: 10 }),
    batch: (b) => kama(b.close, { period: 10 }),
    input: 'close',
  },
  {
    name: 'T3 5',
    create: () => new T3({ period: 5, vFactor: 0.7 }),
    batch: (b) => t3(b.close, { period: 5, vFactor: 0.7 }),
    input: 'close',
  },
  {
    name: 'MA 1 T3',
    create: () => new MA({ period: 1, maType: 8 }),
    batch: (b) => ma(b.close, { period: 1, maType: 8 }),
    input: 'close',
  },
  {
    name: 'MA 6 KAMA',
    create: () => new MA({ period: 6, maType: 6 }),
    batch: (b) => ma(b.close, { period: 6, maType: 6 }),
    input: 'close',
  },
  {
    name: 'createMa WMA 4',
    create: () => createMa(2, 4),
    batch: (b) => ma(b.close, { period: 4, maType: 2 }),
    input: 'close',
  },
  {
    name: 'BBANDS 20',
    create: () => new BBANDS({ period: 20 }),
    batch: (b) => bbands(b.close, { period: 20 }),
    input: 'close',
  },
  {
    name: 'BBANDS 10 EMA 1.5/2.5',
    create: () => new BBANDS({ period: 10, maType: 1, nbDevUp: 1.5, nbDevDn: 2.5 }),
    batch: (b) => bbands(b.close, { period: 10, maType: 1, nbDevUp: 1.5, nbDevDn: 2.5 }),
    input: 'close',
  },
  {
    name: 'BBANDS 5 T3',
    create: () => new BBANDS({ period: 5, maType: 8 }),
    batch: (b) => bbands(b.close, { period: 5, maType: 8 }),
    input: 'close',
  },
  { name: 'ATR 14', create: () => new ATR({ period: 14 }), batch: (b) => atr(b, { period: 14 }), input: 'bar' },
  { name: 'ATR 1', create: () => new ATR({ period: 1 }), batch: (b) => atr(b, { period: 1 }), input: 'bar' },
  { name: 'NATR 14', create: () => new NATR({ period: 14 }), batch: (b) => natr(b, { period: 14 }), input: 'bar' },
  { name: 'TRANGE', create: () => new TRANGE(), batch: (b) => trange(b), input: 'bar' },
  {
    name: 'VAR 5',
    create: () => new VAR({ period: 5 }),
    batch: (b) => variance(b.close, { period: 5 }),
    input: 'close',
  },
  {
    name: 'VAR 1',
    create: () => new VAR({ period: 1 }),
    batch: (b) => variance(b.close, { period: 1 }),
    input: 'close',
  },
  {
    name: 'STDDEV 20 x2',
    create: () => new STDDEV({ period: 20, nbDev: 2 }),
    batch: (b) => stdDev(b.close, { period: 20, nbDev: 2 }),
    input: 'close',
  },
  {
    name: 'MA 10 MAMA',
    create: () => new MA({ period: 10, maType: 7 }),
    batch: (b) => ma(b.close, { period: 10, maType: 7 }),
    input: 'close',
  },
  {
    name: 'BBANDS 5 MAMA',
    create: () => new BBANDS({ period: 5, maType: 7 }),
    batch: (b) => bbands(b.close, { period: 5, maType: 7 }),
    input: 'close',
  },
  { name: 'AVGPRICE', create: () => new AVGPRICE(), batch: (b) => avgPrice(b), input: 'bar' },
  { name: 'MEDPRICE', create: () => new MEDPRICE(), batch: (b) => medPrice(b), input: 'bar' },
  { name: 'TYPPRICE', create: () => new TYPPRICE(), batch: (b) => typPrice(b), input: 'bar' },
  { name: 'WCLPRICE', create: () => new WCLPRICE(), batch: (b) => wclPrice(b), input: 'bar' },
  { name: 'AD', create: () => new AD(), batch: (b) => ad(b), input: 'bar' },
  { name: 'ADOSC 3/10', create: () => new ADOSC(), batch: (b) => adOsc(b), input: 'bar' },
  {
    name: 'ADOSC 10/3',
    create: () => new ADOSC({ fastPeriod: 10, slowPeriod: 3 }),
    batch: (b) => adOsc(b, { fastPeriod: 10, slowPeriod: 3 }),
    input: 'bar',
  },
  { name: 'OBV', create: () => new OBV(), batch: (b) => obv(b), input: 'bar' },
]

// ---- IND-B: momentum, cycle, MAMA / HT_TRENDLINE ----
const momentumCycle: StreamingCase[] = []

// ---- IND-C: candlestick patterns ----
const patterns: StreamingCase[] = [
  ...CANDLE_PATTERNS.map(
    (p): StreamingCase => ({
      name: p.name,
      create: () => p.create(),
      batch: (b) => p.batch(b),
      input: 'bar',
    }),
  ),
  ...CANDLE_PATTERNS.filter((p) => p.penetration !== undefined).map(
    (p): StreamingCase => ({
      name: `${p.name} penetration 0`,
      create: () => p.create({ penetration: 0 }),
      batch: (b) => p.batch(b, { penetration: 0 }),
      input: 'bar',
    }),
  ),
]

// ---- IND-D: indicators beyond TA-Lib ----
const extras: StreamingCase[] = []

/** Every row of the streaming contract test. */
export const streamingCases: readonly StreamingCase[] = [...overlapEtc, ...momentumCycle, ...patterns, ...extras]
