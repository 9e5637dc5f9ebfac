import { isAitradeError } from '@aitrade/core'
import { SuperTrend } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { headOf, runPeer } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { SUPERTREND, superTrend, superTrendLookback } from './superTrend.js'

/** TradingView's ta.supertrend recursion written out (direction: +1 up, −1 down), on TA-Lib's ATR. */
function reference(h: ArrayLike<number>, l: ArrayLike<number>, c: ArrayLike<number>, period: number, factor: number) {
  const range = talibRun('ATR', { high: h, low: l, close: c }, { optInTimePeriod: period }).outReal!
  const line: number[] = []
  const dir: number[] = []
  let pu = Number.NaN
  let pl = Number.NaN
  let pd = Number.NaN
  for (let i = 0; i < h.length; i++) {
    if (i < period) {
      line.push(Number.NaN)
      dir.push(Number.NaN)
      continue
    }
    let up = (h[i]! + l[i]!) / 2 + factor * range[i]!
    let lo = (h[i]! + l[i]!) / 2 - factor * range[i]!
    let d: number
    if (i === period) d = -1
    else {
      lo = lo > pl || c[i - 1]! < pl ? lo : pl
      up = up < pu || c[i - 1]! > pu ? up : pu
      d = pd === -1 ? (c[i]! > up ? 1 : -1) : c[i]! < lo ? -1 : 1
    }
    line.push(d === 1 ? lo : up)
    dir.push(d)
    pu = up
    pl = lo
    pd = d
  }
  return { line, dir }
}

describe('superTrend (Olivier Seban; TradingView ta.supertrend)', () => {
  it.each([
    ['GOOG.csv', 10, 3],
    ['Coinbase_BTCUSD_1h.csv', 7, 2],
    ['EURUSD.csv', 14, 1.5],
  ])('matches the definition on %s (%i, %d)', (file, period, multiplier) => {
    const b = parityBars(file)
    const st = superTrend(b, { period, multiplier })
    const want = reference(b.high, b.low, b.close, period, multiplier)
    expectSeriesClose(st.superTrend, want.line, 1e-12, 'superTrend')
    expectSeriesClose(st.direction, want.dir, 0.1, 'direction')
    const flips = want.dir.filter((d, i) => i > period && d !== want.dir[i - 1]).length
    expect(flips).toBeGreaterThan(10)
  })

  it('matches values worked by hand from GOOG.csv rows 1-3 (period 1, multiplier 1)', () => {
    // row 2: hl2 104.79, TR 8.74 → down-trend on the upper band 113.53
    // row 3: hl2 111.265, TR max(4.43, 5.17, 0.74) = 5.17 → bands 116.435 / 106.095; upper stays 113.53
    //        (116.435 is not below it and the previous close 108.31 did not exceed it); close 109.4 < 113.53 → still down
    const st = superTrend(parityBars('GOOG.csv'), { period: 1, multiplier: 1 })
    expect(st.superTrend[1]).toBeCloseTo(104.79 + 8.74, 10)
    expect(st.superTrend[2]).toBeCloseTo(113.53, 10)
    expect([st.direction[1], st.direction[2]]).toEqual([-1, -1])
  })

  it('matches trading-signals SuperTrend once its ATR seed has decayed', () => {
    const b = parityBars('GOOG.csv')
    const st = superTrend(b)
    const peer = runPeer(new SuperTrend(), barList(b), (r) => (r as { supertrend: number }).supertrend)
    expectSeriesClose(st.superTrend.subarray(300), peer.slice(300), 1e-9, 'trading-signals')
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('Coinbase_BTCUSD_1h.csv')
    expectStreamingMatchesBatch(() => new SUPERTREND(), barList(b, 3000), headOf(superTrend(b), 3000), [
      'superTrend',
      'direction',
    ])
  })

  it('is NaN from a NaN bar on (the ATR recursion carries it)', () => {
    const b = parityBars('GOOG.csv')
    const high = Float64Array.from(b.high.subarray(0, 200))
    high[100] = Number.NaN
    const st = superTrend({ high, low: b.low.subarray(0, 200), close: b.close.subarray(0, 200) })
    expect(Array.from(st.superTrend.subarray(100)).every(Number.isNaN)).toBe(true)
    expect(Array.from(st.direction.subarray(100)).every(Number.isNaN)).toBe(true)
    expect(Number.isNaN(st.superTrend[99]!)).toBe(false)
  })

  it('handles short input and rejects bad options', () => {
    expect(superTrendLookback()).toBe(10)
    expect(Array.from(superTrend({ high: [2], low: [1], close: [1.5] }).direction)).toEqual([Number.NaN])
    for (const [arg, value] of [
      ['period', 0],
      ['multiplier', 0],
    ] as const) {
      try {
        superTrend({ high: [2], low: [1], close: [1.5] }, { [arg]: value })
        expect.fail('no error')
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === arg).toBe(true)
      }
    }
  })
})
