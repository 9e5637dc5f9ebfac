import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { ATR, atr, atrLookback } from './atr.js'

const hand = { high: [10, 12, 13, 12], low: [9, 11, 11, 10], close: [9.5, 11.5, 12, 11] }

describe('atr', () => {
  it.each([1, 2, 5, 14, 30])('matches TA-Lib ATR on real data, period %i', (period) => {
    expectTalibParity('ATR', { optInTimePeriod: period }, (b) => atr(b, { period }))
  })

  it('worked by hand: SMA seed of the true ranges, then Wilder smoothing', () => {
    // TR = [-, 2.5, 2, 2]; seed (2.5 + 2) / 2 = 2.25; then (2.25 · 1 + 2) / 2 = 2.125
    expectSeriesClose(atr(hand, { period: 2 }), [Number.NaN, Number.NaN, 2.25, 2.125])
    const s = new ATR({ period: 2 })
    expect(
      [0, 1, 2, 3].map((i) => s.update({ high: hand.high[i]!, low: hand.low[i]!, close: hand.close[i]! })),
    ).toEqual([Number.NaN, Number.NaN, 2.25, 2.125])
  })

  it('NaN propagates like TA-Lib; empty input; lookback', () => {
    const bars = {
      high: [...hand.high, 14, 15, 13],
      low: [...hand.low, 12, Number.NaN, 12],
      close: [...hand.close, 13, 14, 12.5],
    }
    expectSeriesClose(atr(bars, { period: 2 }), talibRun('ATR', bars, { optInTimePeriod: 2 }).outReal as Float64Array)
    expect(atr({ high: [], low: [], close: [] })).toEqual(new Float64Array(0))
    expect(atrLookback()).toBe(14)
  })

  it('rejects bad periods and unequal lengths naming them', () => {
    expect(() => atr(hand, { period: 0 })).toThrow(/"period"/)
    expect(() => atr(hand, { period: 1.5 })).toThrow(/"period"/)
    expect(() => atr({ ...hand, low: [1, 2] })).toThrow(/"bars.low"/)
  })
})
