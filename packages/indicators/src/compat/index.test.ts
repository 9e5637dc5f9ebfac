// The compat entry against technicalindicators itself (the package it replaces), on real data: GOOG daily and
// Coinbase BTC/USD hourly. Tolerance 1e-9 relative unless a class documents otherwise (RSI, MFI, ADL round as technicalindicators
// does and are compared exactly). Also: nextValue() streams the same numbers, reversedInput
// and format behave.
import { isAitradeError } from '@aitrade/core'
import fc from 'fast-check'
import * as ti from 'technicalindicators'
import { describe, expect, it } from 'vitest'
import { loadShared } from '../../test-support/sharedData.js'
import * as compat from './index.js'
import { round2 } from './tiIndicator.js'

type Row = Record<string, number | undefined>
type Out = number | Row | undefined

function cols(file: string) {
  const b = loadShared(file)
  return {
    high: Array.from(b.high),
    low: Array.from(b.low),
    close: Array.from(b.close),
    volume: Array.from(b.volume),
    open: Array.from(b.open),
  }
}

/** Compares two TI-shaped results element by element (numbers or objects of numbers / undefined). */
function expectSame(ours: Out[], theirs: Out[], rel: number, abs = 0, from = 0, label = '', flatNaN = false): void {
  expect(ours.length, `${label} length`).toBe(theirs.length)
  for (let i = from; i < theirs.length; i++) {
    const a = ours[i]
    const e = theirs[i]
    const pairs: [number | undefined, number | undefined, string][] =
      typeof e === 'object' && e !== null
        ? Object.keys(e).map((k) => [(a as Row)[k], e[k], k])
        : [[a as number, e as number | undefined, '']]
    for (const [x, y, k] of pairs) {
      if (y === undefined || x === undefined) {
        if (x !== y) expect.fail(`${label}[${i}]${k}: ours ${x}, technicalindicators ${y}`)
        continue
      }
      if (Number.isNaN(y) && (Number.isNaN(x) || (flatNaN && x === 0))) continue
      if (!(Math.abs(x - y) <= rel * Math.abs(y) + abs))
        expect.fail(`${label}[${i}]${k}: ours ${x}, technicalindicators ${y}`)
    }
  }
}

interface Case {
  name: string
  input: (c: ReturnType<typeof cols>) => object
  ours: { calculate(i: never): unknown[]; new (i: never): { nextValue(t: never): unknown; result: unknown[] } }
  theirs: { calculate(i: never): unknown[] }
  tick: 'value' | 'bar'
  rel?: number
  abs?: number
  /** First output index compared (ADX: after TA-Lib's and technicalindicators' seeds converge). */
  from?: number
  /** technicalindicators gives NaN on a flat window (0/0) where ours (TA-Lib) gives 0: accept that pair. */
  flatNaN?: boolean
}

const cases: Case[] = [
  { name: 'SMA', input: (c) => ({ period: 20, values: c.close }), ours: compat.SMA, theirs: ti.SMA, tick: 'value' },
  { name: 'EMA', input: (c) => ({ period: 12, values: c.close }), ours: compat.EMA, theirs: ti.EMA, tick: 'value' },
  { name: 'WMA', input: (c) => ({ period: 10, values: c.close }), ours: compat.WMA, theirs: ti.WMA, tick: 'value' },
  { name: 'WEMA', input: (c) => ({ period: 14, values: c.close }), ours: compat.WEMA, theirs: ti.WEMA, tick: 'value' },
  {
    name: 'RSI',
    input: (c) => ({ period: 14, values: c.close }),
    ours: compat.RSI,
    theirs: ti.RSI,
    tick: 'value',
    rel: 0,
  },
  {
    name: 'MACD (EMA)',
    input: (c) => ({
      values: c.close,
      fastPeriod: 12,
      slowPeriod: 26,
      signalPeriod: 9,
      SimpleMAOscillator: false,
      SimpleMASignal: false,
    }),
    ours: compat.MACD,
    theirs: ti.MACD,
    tick: 'value',
  },
  {
    name: 'MACD (SMA)',
    input: (c) => ({
      values: c.close,
      fastPeriod: 5,
      slowPeriod: 8,
      signalPeriod: 3,
      SimpleMAOscillator: true,
      SimpleMASignal: true,
    }),
    ours: compat.MACD,
    theirs: ti.MACD,
    tick: 'value',
  },
  {
    name: 'BollingerBands',
    input: (c) => ({ period: 20, stdDev: 2, values: c.close }),
    ours: compat.BollingerBands,
    theirs: ti.BollingerBands,
    tick: 'value',
    abs: 1e-6,
  },
  {
    name: 'ATR',
    input: (c) => ({ period: 14, high: c.high, low: c.low, close: c.close }),
    ours: compat.ATR,
    theirs: ti.ATR,
    tick: 'bar',
  },
  {
    name: 'Stochastic',
    input: (c) => ({ period: 14, signalPeriod: 3, high: c.high, low: c.low, close: c.close }),
    ours: compat.Stochastic,
    theirs: ti.Stochastic,
    tick: 'bar',
  },
  {
    name: 'StochasticRSI',
    input: (c) => ({ values: c.close, rsiPeriod: 14, stochasticPeriod: 14, kPeriod: 3, dPeriod: 3 }),
    ours: compat.StochasticRSI,
    theirs: ti.StochasticRSI,
    tick: 'value',
    abs: 1e-9,
  },
  {
    name: 'ADX',
    input: (c) => ({ period: 14, high: c.high, low: c.low, close: c.close }),
    ours: compat.ADX,
    theirs: ti.ADX,
    tick: 'bar',
  },
  {
    name: 'CCI',
    input: (c) => ({ period: 20, high: c.high, low: c.low, close: c.close }),
    ours: compat.CCI,
    theirs: ti.CCI,
    tick: 'bar',
    rel: 1e-9,
    abs: 1e-7,
  },
  {
    name: 'ROC',
    input: (c) => ({ period: 12, values: c.close }),
    ours: compat.ROC,
    theirs: ti.ROC,
    tick: 'value',
    abs: 1e-12,
  },
  {
    name: 'OBV',
    input: (c) => ({ close: c.close, volume: c.volume }),
    ours: compat.OBV,
    theirs: ti.OBV,
    tick: 'bar',
    abs: 1e-6,
  },
  {
    name: 'WilliamsR',
    input: (c) => ({ period: 14, high: c.high, low: c.low, close: c.close }),
    ours: compat.WilliamsR,
    theirs: ti.WilliamsR,
    tick: 'bar',
    flatNaN: true,
  },
  {
    name: 'MFI',
    input: (c) => ({ period: 14, high: c.high, low: c.low, close: c.close, volume: c.volume }),
    ours: compat.MFI,
    theirs: ti.MFI,
    tick: 'bar',
    rel: 0,
  },
  {
    name: 'VWAP',
    input: (c) => ({ high: c.high, low: c.low, close: c.close, volume: c.volume }),
    ours: compat.VWAP,
    theirs: ti.VWAP,
    tick: 'bar',
  },
  {
    name: 'ADL',
    input: (c) => ({ high: c.high, low: c.low, close: c.close, volume: c.volume }),
    ours: compat.ADL,
    theirs: ti.ADL,
    tick: 'bar',
    rel: 0,
  },
  {
    name: 'TRIX',
    input: (c) => ({ period: 18, values: c.close }),
    ours: compat.TRIX,
    theirs: ti.TRIX,
    tick: 'value',
    abs: 1e-12,
  },
  {
    name: 'AwesomeOscillator',
    input: (c) => ({ high: c.high, low: c.low, fastPeriod: 5, slowPeriod: 34 }),
    ours: compat.AwesomeOscillator,
    theirs: ti.AwesomeOscillator,
    tick: 'bar',
    abs: 1e-8,
  },
  {
    name: 'KeltnerChannels (EMA)',
    input: (c) => ({
      maPeriod: 20,
      atrPeriod: 10,
      useSMA: false,
      multiplier: 2,
      high: c.high,
      low: c.low,
      close: c.close,
    }),
    ours: compat.KeltnerChannels,
    theirs: ti.KeltnerChannels,
    tick: 'bar',
  },
  {
    name: 'KeltnerChannels (SMA)',
    input: (c) => ({
      maPeriod: 10,
      atrPeriod: 14,
      useSMA: true,
      multiplier: 1.5,
      high: c.high,
      low: c.low,
      close: c.close,
    }),
    ours: compat.KeltnerChannels,
    theirs: ti.KeltnerChannels,
    tick: 'bar',
  },
  {
    name: 'ChandelierExit',
    input: (c) => ({ period: 22, multiplier: 3, high: c.high, low: c.low, close: c.close }),
    ours: compat.ChandelierExit,
    theirs: ti.ChandelierExit,
    tick: 'bar',
  },
  {
    name: 'IchimokuCloud',
    input: (c) => ({ high: c.high, low: c.low, conversionPeriod: 9, basePeriod: 26, spanPeriod: 52, displacement: 26 }),
    ours: compat.IchimokuCloud,
    theirs: ti.IchimokuCloud,
    tick: 'bar',
  },
  {
    name: 'PSAR',
    input: (c) => ({ step: 0.02, max: 0.2, high: c.high, low: c.low }),
    ours: compat.PSAR,
    theirs: ti.PSAR,
    tick: 'bar',
  },
  {
    name: 'ForceIndex 1',
    input: (c) => ({ close: c.close, volume: c.volume }),
    ours: compat.ForceIndex,
    theirs: ti.ForceIndex,
    tick: 'bar',
  },
  {
    name: 'ForceIndex 13',
    input: (c) => ({ close: c.close, volume: c.volume, period: 13 }),
    ours: compat.ForceIndex,
    theirs: ti.ForceIndex,
    tick: 'bar',
  },
]

describe('@aitrade/indicators/compat vs technicalindicators', () => {
  for (const c of cases) {
    it.each(['GOOG.csv', 'Coinbase_BTCUSD_1h.csv'])(`${c.name}.calculate equals technicalindicators on %s`, (file) => {
      const input = c.input(cols(file))
      const ours = c.ours.calculate(input as never) as Out[]
      const theirs = c.theirs.calculate(structuredClone(input) as never) as Out[]
      expectSame(ours, theirs, c.rel ?? 1e-9, c.abs ?? 0, c.from ?? 0, c.name, c.flatNaN)
    })

    it(`${c.name}: new X(input).result and nextValue() stream the calculate() numbers`, () => {
      const data = cols('GOOG.csv')
      const input = c.input(data) as Record<string, unknown>
      const all = c.ours.calculate(input as never) as Out[]
      const warm = Math.floor(data.close.length / 2)
      const head = Object.fromEntries(
        Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v.slice(0, warm) : v]),
      )
      const ind = new c.ours(head as never)
      const streamed = [...ind.result] as Out[]
      for (let i = warm; i < data.close.length; i++) {
        const tick =
          c.tick === 'value'
            ? (input.values as number[])[i]
            : { high: data.high[i], low: data.low[i], close: data.close[i], volume: data.volume[i] }
        const r = ind.nextValue(tick as never)
        if (r !== undefined) streamed.push(r as Out)
      }
      expectSame(streamed, all, 0, 0, 0, `${c.name} streamed`)
    })
  }

  it('honours reversedInput (newest-first arrays) without mutating them, and format', () => {
    const values = cols('GOOG.csv').close.slice(0, 200)
    const reversed = values.slice().reverse()
    const copy = reversed.slice()
    expect(compat.SMA.calculate({ period: 10, values: reversed, reversedInput: true })).toEqual(
      compat.SMA.calculate({ period: 10, values }).reverse(),
    )
    expect(reversed).toEqual(copy)
    const two = compat.EMA.calculate({ period: 10, values, format: (v) => Number(v.toFixed(2)) })
    expect(two).toEqual(ti.EMA.calculate({ period: 10, values, format: (v: number) => Number(v.toFixed(2)) }))
  })

  it("exports technicalindicators' function forms (sma(input) = SMA.calculate(input), …)", () => {
    const c = cols('GOOG.csv')
    expect(compat.sma({ period: 5, values: c.close })).toEqual(compat.SMA.calculate({ period: 5, values: c.close }))
    const srsi = { values: c.close, rsiPeriod: 14, stochasticPeriod: 14, kPeriod: 3, dPeriod: 3 }
    expect(compat.stochasticrsi(srsi)).toEqual(compat.StochasticRSI.calculate(srsi))
    const fns = [
      'sma',
      'ema',
      'wma',
      'wema',
      'rsi',
      'macd',
      'bollingerbands',
      'atr',
      'stochastic',
      'stochasticrsi',
      'adx',
      'cci',
      'roc',
      'obv',
      'williamsr',
      'mfi',
      'vwap',
      'adl',
      'trix',
      'awesomeoscillator',
      'forceindex',
      'psar',
      'keltnerchannels',
      'chandelierexit',
      'ichimokucloud',
      'keltnerchannels',
      'chandelierexit',
    ]
    for (const f of fns) {
      expect(typeof (compat as Record<string, unknown>)[f], f).toBe('function')
      expect(typeof (ti as Record<string, unknown>)[f], `technicalindicators.${f}`).toBe('function')
    }
  })

  it('RSI and StochasticRSI follow technicalindicators on a flat stretch (RSI 100, where TA-Lib gives 0)', () => {
    const values = [1, 2, 3, 3, 3, 3, 3, 3, 2, 4]
    expect(compat.RSI.calculate({ period: 2, values })).toEqual(ti.RSI.calculate({ period: 2, values }))
    const long = Array.from({ length: 60 }, (_, i) => (i > 20 && i < 40 ? 50 : 50 + Math.sin(i)))
    const srsi = { values: long, rsiPeriod: 3, stochasticPeriod: 4, kPeriod: 2, dPeriod: 2 }
    expectSame(
      compat.StochasticRSI.calculate(srsi) as unknown as Out[],
      ti.StochasticRSI.calculate(srsi) as unknown as Out[],
      1e-9,
      1e-9,
      0,
      'flat StochasticRSI',
    )
  })

  it("rounds exactly as technicalindicators' parseFloat(v.toFixed(2)), ties included", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (v) => round2(v) === Number.parseFloat(v.toFixed(2)),
      ),
      { numRuns: 20000 },
    )
    for (let k = -10000; k <= 10000; k++) {
      const tie = k / 100 + 0.005
      expect(round2(tie)).toBe(Number.parseFloat(tie.toFixed(2)))
    }
  })

  it('returns empty results for short input and typed errors for bad periods', () => {
    expect(compat.SMA.calculate({ period: 5, values: [1, 2] })).toEqual([])
    expect(compat.RSI.calculate({ period: 14, values: [] })).toEqual([])
    expect(
      new compat.MACD({ values: [], fastPeriod: 12, slowPeriod: 26, signalPeriod: 9 }).nextValue(1),
    ).toBeUndefined()
    try {
      compat.SMA.calculate({ period: 0, values: [1, 2, 3] })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.code === 'INVALID_ARGUMENT' && e.details.argument === 'period').toBe(true)
    }
  })
})
