// TA-Lib parity of all 61 candlestick patterns. Oracle: TA-Lib 0.6 through the `talib` package, compared on every
// bar of three real files (daily stock, hourly FX, hourly BTC) and of a seeded synthetic series in which every pattern
// fires (test-support/candleFixtures.ts). The number of signals per pattern is printed and checked against TA-Lib's.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { isAitradeError } from '@aitrade/core'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { type CandleArrays, patternFixture } from '../../test-support/candleFixtures.js'
import { CANDLE_PATTERNS, type CandlePatternCase } from '../../test-support/candlePatterns.js'
import { loadShared, PARITY_FILES } from '../../test-support/sharedData.js'
import { talibRun } from '../../test-support/talibOracle.js'
import type { CandleInput } from './candlePattern.js'
import { CANDLE_SETTINGS } from './candleSettings.js'
import { CDLENGULFING, cdlEngulfing } from './cdlEngulfing.js'
import { CDLHIKKAKE, cdlHikkake } from './cdlHikkake.js'
import { CDLMORNINGSTAR, cdlMorningStar } from './cdlMorningStar.js'

const require = createRequire(import.meta.url)
const talib = require('talib') as {
  execute(args: Record<string, unknown>): { begIndex: number; nbElement: number }
}

type Dataset = readonly [label: string, load: () => CandleInput]
const DATASETS: readonly Dataset[] = [
  ...PARITY_FILES.map((f): Dataset => [f, () => loadShared(f)]),
  ['synthetic', () => patternFixture()],
]

function talibPattern(p: CandlePatternCase, bars: CandleInput, penetration?: number): Float64Array {
  const opt = penetration === undefined ? {} : { optInPenetration: penetration }
  return talibRun(p.name, bars, opt).outInteger as Float64Array
}

function nonZero(xs: ArrayLike<number>): number {
  let k = 0
  for (let i = 0; i < xs.length; i++) if (xs[i] !== 0) k++
  return k
}

/** Asserts equality on every bar; reports the first differing bar with its prices. */
function expectSameSignals(ours: Int32Array, ref: Float64Array, bars: CandleInput, label: string): void {
  expect(ours.length, `${label} length`).toBe(ref.length)
  for (let i = 0; i < ref.length; i++) {
    if (ours[i] !== ref[i]) {
      const ohlc = [bars.open[i], bars.high[i], bars.low[i], bars.close[i]].join('/')
      expect.fail(`${label}[${i}]: ours ${ours[i]}, TA-Lib ${ref[i]} (bar o/h/l/c ${ohlc})`)
    }
  }
}

const counts = new Map<string, Record<string, string>>()

afterAll(() => {
  // the signal census: a pattern that never fires anywhere shows up here (and fails the synthetic check below)
  console.table(Object.fromEntries(counts))
})

describe.each(CANDLE_PATTERNS)('$name', (p) => {
  it.each(DATASETS)('equals TA-Lib on every bar of %s', (label, load) => {
    const bars = load()
    const ours = p.batch(bars)
    const ref = talibPattern(p, bars)
    expectSameSignals(ours, ref, bars, `${p.name} ${label}`)
    const row = counts.get(p.name) ?? {}
    row[label] = `${nonZero(ours)} (TA-Lib ${nonZero(ref)})`
    counts.set(p.name, row)
    expect(nonZero(ours)).toBe(nonZero(ref))
    if (label === 'synthetic') expect(nonZero(ref), `${p.name} never fires on the synthetic bars`).toBeGreaterThan(0)
  })

  it("lookback equals TA-Lib's begIndex", () => {
    const bars = patternFixture(200, 7)
    const opt = p.penetration === undefined ? {} : { optInPenetration: p.penetration }
    const r = talib.execute({
      name: p.name,
      startIdx: 0,
      endIdx: bars.close.length - 1,
      open: Array.from(bars.open),
      high: Array.from(bars.high),
      low: Array.from(bars.low),
      close: Array.from(bars.close),
      ...opt,
    })
    expect(p.lookback()).toBe(r.begIndex)
    expect(p.create().lookback).toBe(r.begIndex)
  })

  it('streams the batch values bar by bar on the synthetic bars (update, and update + replace)', () => {
    const bars = patternFixture(6000, 3)
    const batch = p.batch(bars)
    const s = p.create()
    const r = p.create()
    const n = bars.close.length
    const bar = (b: CandleArrays, i: number) => ({
      open: b.open[i] as number,
      high: b.high[i] as number,
      low: b.low[i] as number,
      close: b.close[i] as number,
    })
    for (let i = 0; i < n; i++) {
      const v = s.update(bar(bars, i))
      if (v !== batch[i]) expect.fail(`${p.name} update[${i}]: ${v}, batch ${batch[i]}`)
      r.update(bar(bars, (i * 7 + 3) % n))
      const w = r.replace(bar(bars, i))
      if (w !== batch[i]) expect.fail(`${p.name} replace[${i}]: ${w}, batch ${batch[i]}`)
    }
  })

  if (p.penetration !== undefined) {
    it.each([0, 0.1, 0.8])('equals TA-Lib with penetration %s', (pen) => {
      for (const [label, load] of [DATASETS[0], DATASETS[3]] as Dataset[]) {
        const bars = load()
        expectSameSignals(p.batch(bars, { penetration: pen }), talibPattern(p, bars, pen), bars, `${p.name} ${label}`)
      }
      const bars = patternFixture(3000, 5)
      const batch = p.batch(bars, { penetration: pen })
      const s = p.create({ penetration: pen })
      for (let i = 0; i < bars.close.length; i++) {
        const v = s.update({
          open: bars.open[i] as number,
          high: bars.high[i] as number,
          low: bars.low[i] as number,
          close: bars.close[i] as number,
        })
        if (v !== batch[i]) expect.fail(`${p.name} stream[${i}] with penetration ${pen}: ${v}, batch ${batch[i]}`)
      }
    })
  }
})

describe('candlestick patterns: TSDoc examples', () => {
  // each pattern's @example shows bars and the value on the last bar: both ours and TA-Lib's must give it
  it.each(CANDLE_PATTERNS)('$name example states the TA-Lib value', (p) => {
    const fn = p.batch.name
    const text = readFileSync(new URL(`./${fn}.ts`, import.meta.url), 'utf8')
    const col = (k: string) => {
      const m = new RegExp(`\\* {3}${k}: \\[([^\\]]*)\\]`).exec(text)
      if (!m) throw new Error(`${fn}: no ${k} in the example`)
      return (m[1] as string).split(',').map(Number)
    }
    const bars = { open: col('open'), high: col('high'), low: col('low'), close: col('close') }
    const m = new RegExp(`\\* ${fn}\\(bars\\)\\[(\\d+)\\] // (-?\\d+)`).exec(text)
    expect(m, `${fn} example result line`).not.toBeNull()
    const [, at, value] = m as RegExpExecArray
    expect(p.batch(bars)[Number(at)]).toBe(Number(value))
    expect(talibPattern(p, bars)[Number(at)]).toBe(Number(value))
    expect(Number(value)).not.toBe(0)
  })
})

describe('candlestick patterns: inputs', () => {
  const goog = loadShared('GOOG.csv')

  it('has all 61 TA-Lib patterns', () => {
    const names = (require('talib') as { functions: { name: string }[] }).functions
      .map((f) => f.name)
      .filter((n) => n.startsWith('CDL'))
    expect(CANDLE_PATTERNS.map((p) => p.name).sort()).toEqual(names.sort())
  })

  it('NaN prices: same output as TA-Lib for every pattern', () => {
    const open = Float64Array.from(goog.open)
    const high = Float64Array.from(goog.high)
    const low = Float64Array.from(goog.low)
    const close = Float64Array.from(goog.close)
    close[300] = Number.NaN
    open[900] = Number.NaN
    high[1500] = Number.NaN
    low[1501] = Number.NaN
    const bars = { open, high, low, close }
    for (const p of CANDLE_PATTERNS) {
      const batch = p.batch(bars)
      expectSameSignals(batch, talibPattern(p, bars), bars, `${p.name} NaN`)
      const s = p.create()
      for (let i = 0; i < close.length; i++) {
        const v = s.update({
          open: open[i] as number,
          high: high[i] as number,
          low: low[i] as number,
          close: close[i] as number,
        })
        if (v !== batch[i]) expect.fail(`${p.name} NaN stream[${i}]: ${v}, batch ${batch[i]}`)
      }
    }
  })

  it('random short series (lengths around the lookbacks, arbitrary prices): same output as TA-Lib', () => {
    // candles from random body/shadow sizes on a coarse grid, so equalities and gaps occur
    const candle = fc
      .tuple(fc.integer({ min: 50, max: 60 }), fc.integer({ min: -4, max: 4 }), fc.nat(3), fc.nat(3))
      .map(([o, body, up, down]) => [o, Math.max(o, o + body) + up, Math.min(o, o + body) - down, o + body] as const)
    fc.assert(
      fc.property(fc.array(candle, { maxLength: 24 }), (rows) => {
        const bars = {
          open: rows.map((r) => r[0]),
          high: rows.map((r) => r[1]),
          low: rows.map((r) => r[2]),
          close: rows.map((r) => r[3]),
        }
        for (const p of CANDLE_PATTERNS) {
          const ref = rows.length === 0 ? new Float64Array(0) : talibPattern(p, bars)
          expectSameSignals(p.batch(bars), ref, bars, `${p.name} random`)
        }
      }),
      { numRuns: 300, seed: 42 },
    )
  })

  it('arrays of different lengths: InvalidArgumentError naming the field', () => {
    const bars = { open: [1, 2, 3], high: [2, 3, 4], low: [0, 1], close: [1, 2, 3] }
    for (const p of CANDLE_PATTERNS) {
      try {
        p.batch(bars)
        expect.fail(`${p.name} accepted arrays of different lengths`)
      } catch (e) {
        expect(isAitradeError(e) && e.code === 'INVALID_ARGUMENT').toBe(true)
        expect((e as { details: { argument: string } }).details.argument).toBe('bars.low')
      }
    }
  })

  it('a missing field: InvalidArgumentError naming it', () => {
    const bars = { open: [1, 2, 3], high: [2, 3, 4], low: [0, 1, 2] } as unknown as CandleInput
    expect(() => cdlEngulfing(bars)).toThrowError(/"bars\.close"/)
  })

  it('empty input gives an empty output; input within the lookback gives zeros', () => {
    const empty = { open: [], high: [], low: [], close: [] }
    for (const p of CANDLE_PATTERNS) {
      expect(p.batch(empty)).toEqual(new Int32Array(0))
      const n = p.lookback()
      const short = {
        open: goog.open.subarray(0, n),
        high: goog.high.subarray(0, n),
        low: goog.low.subarray(0, n),
        close: goog.close.subarray(0, n),
      }
      expect(p.batch(short)).toEqual(new Int32Array(n))
    }
  })

  it('writes into `out` (warm-up zeroed) and rejects a short or mistyped one', () => {
    const out = new Int32Array(goog.close.length + 5).fill(7)
    const got = cdlEngulfing(goog, { out })
    expect(got).toBe(out)
    expect(Array.from(out.subarray(0, goog.close.length))).toEqual(Array.from(cdlEngulfing(goog)))
    expect(out[0]).toBe(0)
    expect(() => cdlEngulfing(goog, { out: new Int32Array(10) })).toThrowError(/"out"/)
    expect(() =>
      cdlEngulfing(goog, { out: new Float64Array(goog.close.length) as unknown as Int32Array }),
    ).toThrowError(/"out"/)
  })

  it('penetration must be a number >= 0, in batch and streaming', () => {
    expect(() => cdlMorningStar(goog, { penetration: -0.1 })).toThrowError(/"penetration"/)
    expect(() => cdlMorningStar(goog, { penetration: Number.NaN })).toThrowError(/"penetration"/)
    expect(() => cdlMorningStar(goog, { penetration: Number.POSITIVE_INFINITY })).toThrowError(/"penetration"/)
    expect(() => new CDLMORNINGSTAR({ penetration: -1 })).toThrowError(/"penetration"/)
    expect(new CDLMORNINGSTAR().snapshot().options).toEqual({ penetration: 0.3 })
  })

  it('uses TA-Lib 0.6 default candle settings', () => {
    expect(CANDLE_SETTINGS.bodyLong).toEqual({ rangeType: 'realBody', avgPeriod: 10, factor: 1 })
    expect(CANDLE_SETTINGS.shadowVeryLong).toEqual({ rangeType: 'realBody', avgPeriod: 0, factor: 2 })
    expect(CANDLE_SETTINGS.shadowShort).toEqual({ rangeType: 'shadows', avgPeriod: 10, factor: 1 })
    expect(CANDLE_SETTINGS.equal).toEqual({ rangeType: 'highLow', avgPeriod: 5, factor: 0.05 })
    expect(Object.isFrozen(CANDLE_SETTINGS.near)).toBe(true)
  })
})

describe('candlestick pattern streams: state', () => {
  const bars = patternFixture(4000, 11)
  const at = (i: number) => ({
    open: bars.open[i] as number,
    high: bars.high[i] as number,
    low: bars.low[i] as number,
    close: bars.close[i] as number,
  })

  it('hikkake: a JSON snapshot taken anywhere resumes with the same values (pattern state included)', () => {
    const batch = cdlHikkake(bars)
    const copy = (x: CDLHIKKAKE) => {
      const fresh = new CDLHIKKAKE()
      fresh.restore(JSON.parse(JSON.stringify(x.snapshot())))
      return fresh
    }
    let s = new CDLHIKKAKE()
    for (let i = 0; i < bars.close.length; i++) {
      if (i % 97 === 0) s = copy(s) // restored between bars
      let v = s.update(at(i))
      if (i % 89 === 5) {
        s = copy(s) // restored after the forming bar: replace must still revise it
        v = s.replace(at(i))
      }
      if (v !== batch[i]) expect.fail(`CDLHIKKAKE[${i}]: ${v}, batch ${batch[i]}`)
    }
  })

  it('reset starts over; replace before update and foreign snapshots are rejected', () => {
    const s = new CDLENGULFING()
    for (let i = 0; i < 50; i++) s.update(at(i))
    s.reset()
    expect(s.isReady).toBe(false)
    const batch = cdlEngulfing(bars)
    for (let i = 0; i < 50; i++) expect(s.update(at(i))).toBe(batch[i])
    expect(() => new CDLENGULFING().replace(at(0))).toThrowError(/replace/)
    expect(() => new CDLENGULFING().restore(new CDLHIKKAKE().snapshot())).toThrowError(/snapshot\.indicator/)
    expect(() => new CDLMORNINGSTAR({ penetration: 0.5 }).restore(new CDLMORNINGSTAR().snapshot())).toThrowError(
      /snapshot\.options/,
    )
  })
})
