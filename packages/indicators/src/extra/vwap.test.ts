import { isAitradeError } from '@aitrade/core'
import * as ti from 'technicalindicators'
import { VWAP as PeerVWAP } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { expectSeriesNear, runPeer } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch } from '../../test-support/parity.js'
import { loadShared } from '../../test-support/sharedData.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { VWAP, type VwapBar, vwap, vwapLookback } from './vwap.js'

const DAY = 86_400_000

/** Anchored VWAP written out: restart the sums whenever `session(time)` changes. */
function anchoredReference(file: string, session: (t: number) => string): number[] {
  const b = loadShared(file)
  const out: number[] = []
  let key = ''
  let pv = 0
  let v = 0
  for (let i = 0; i < b.close.length; i++) {
    const k = session(b.time[i]!)
    if (k !== key) {
      key = k
      pv = 0
      v = 0
    }
    pv += ((b.high[i]! + b.low[i]! + b.close[i]!) / 3) * b.volume[i]!
    v += b.volume[i]!
    out.push(v > 0 ? pv / v : Number.NaN)
  }
  return out
}

const utcDate = (t: number) => new Date(t).toISOString().slice(0, 10)
const isoMonday = (t: number) => utcDate(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY)

function withTime(file: string, n: number): VwapBar[] {
  const b = loadShared(file)
  return barList(b, n).map((bar, i) => ({ ...bar, time: b.time[i]! }))
}

describe('vwap', () => {
  it('restarts each UTC day on hourly BTC (definition written out)', () => {
    expectSeriesClose(
      vwap(loadShared('Coinbase_BTCUSD_1h.csv')),
      anchoredReference('Coinbase_BTCUSD_1h.csv', utcDate),
      1e-12,
    )
  })

  it('restarts each New York (UTC−5) day with utcOffset −300', () => {
    const want = anchoredReference('Coinbase_BTCUSD_1h.csv', (t) => utcDate(t - 5 * 3_600_000))
    expectSeriesClose(vwap(loadShared('Coinbase_BTCUSD_1h.csv'), { utcOffset: -300 }), want, 1e-12)
  })

  it('restarts each ISO week and each month on daily GOOG', () => {
    const b = loadShared('GOOG.csv')
    expectSeriesClose(vwap(b, { anchor: 'week' }), anchoredReference('GOOG.csv', isoMonday), 1e-12, 'week')
    expectSeriesClose(
      vwap(b, { anchor: 'month' }),
      anchoredReference('GOOG.csv', (t) => utcDate(t).slice(0, 7)),
      1e-12,
      'month',
    )
  })

  it('rolls over the last period bars', () => {
    const b = loadShared('Coinbase_BTCUSD_1h.csv')
    const want = Array.from(b.close, (_, i) => {
      if (i < 23) return Number.NaN
      let pv = 0
      let v = 0
      for (let j = i - 23; j <= i; j++) {
        pv += ((b.high[j]! + b.low[j]! + b.close[j]!) / 3) * b.volume[j]!
        v += b.volume[j]!
      }
      return pv / v
    })
    // running sums: residue ≈ 1e-16 of the largest Σ price·volume, relative to Σ volume
    expectSeriesNear(vwap(b, { period: 24 }), want, 1e-9, 1e-9)
  })

  it('matches values worked by hand from Coinbase_BTCUSD_1h.csv', () => {
    const b = loadShared('Coinbase_BTCUSD_1h.csv')
    const v = vwap(b)
    // first bar 2017-07-01 11:00: H 2513.38 L 2495.12 C 2509.17
    expect(v[0]).toBeCloseTo((2513.38 + 2495.12 + 2509.17) / 3, 10)
    // second bar: H 2512.87 L 2484.99 C 2488.43, volumes 114.6 and 157.36
    const tp1 = (2513.38 + 2495.12 + 2509.17) / 3
    const tp2 = (2512.87 + 2484.99 + 2488.43) / 3
    expect(v[1]).toBeCloseTo((tp1 * 114.6 + tp2 * 157.36) / (114.6 + 157.36), 10)
    // 2017-07-02 00:00 UTC (bar 13) opens a new session: H 2426 L 2389.99 C 2391.87
    expect(utcDate(b.time[13]!)).toBe('2017-07-02')
    expect(v[13]).toBeCloseTo((2426 + 2389.99 + 2391.87) / 3, 10)
  })

  it("matches technicalindicators VWAP and trading-signals VWAP (both cumulative: anchor 'none')", () => {
    const b = loadShared('GOOG.csv')
    const ours = vwap(b, { anchor: 'none' })
    const theirs = ti.VWAP.calculate({
      high: Array.from(b.high),
      low: Array.from(b.low),
      close: Array.from(b.close),
      volume: Array.from(b.volume),
    })
    expectSeriesClose(ours, theirs, 1e-12, 'technicalindicators')
    expectSeriesClose(ours, runPeer(new PeerVWAP(), barList(b)), 1e-12, 'trading-signals')
  })

  it('streams exactly like the batch, anchored and rolling', () => {
    const b = loadShared('Coinbase_BTCUSD_1h.csv')
    const bars = withTime('Coinbase_BTCUSD_1h.csv', 3000)
    expectStreamingMatchesBatch(() => new VWAP(), bars, vwap(b).subarray(0, 3000))
    expectStreamingMatchesBatch(
      () => new VWAP({ anchor: 'week', utcOffset: 60 }),
      bars,
      vwap(b, { anchor: 'week', utcOffset: 60 }).subarray(0, 3000),
    )
    expectStreamingMatchesBatch(() => new VWAP({ period: 24 }), bars, vwap(b, { period: 24 }).subarray(0, 3000))
  })

  it('gives NaN while a session has no volume and rejects bad input', () => {
    expect(vwapLookback()).toBe(0)
    expect(vwapLookback({ period: 24 })).toBe(23)
    const flat = vwap({ time: [0, 1, DAY], high: [2, 2, 2], low: [1, 1, 1], close: [2, 2, 2], volume: [0, 3, 0] })
    expect([flat[0], flat[1], flat[2]]).toEqual([Number.NaN, 5 / 3, Number.NaN])
    const cases: [() => unknown, string][] = [
      [() => vwap({ high: [1], low: [1], close: [1], volume: [1] }), 'bars.time'],
      [() => vwap({ time: [0], high: [1], low: [1], close: [1], volume: [1] }, { anchor: 'day', period: 3 }), 'anchor'],
      [() => vwap({ time: [0], high: [1], low: [1], close: [1], volume: [1] }, { anchor: 'hour' as 'day' }), 'anchor'],
      [() => vwap({ time: [0], high: [1], low: [1], close: [1], volume: [1] }, { utcOffset: 30.5 }), 'utcOffset'],
      [() => vwap({ high: [1], low: [1], close: [1], volume: [1] }, { period: 0 }), 'period'],
      [() => new VWAP().update({ high: 1, low: 1, close: 1, volume: 1 }), 'bar.time'],
    ]
    for (const [run, arg] of cases) {
      try {
        run()
        expect.fail(`no error for ${arg}`)
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === arg).toBe(true)
      }
    }
  })
})
