import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { natr, natrLookback } from './natr.js'

describe('natr', () => {
  it.each([1, 2, 5, 14, 30])('matches TA-Lib NATR on real data, period %i', (period) => {
    expectTalibParity('NATR', { optInTimePeriod: period }, (b) => natr(b, { period }))
  })

  it('worked by hand: ATR / close · 100', () => {
    const bars = { high: [10, 12, 13], low: [9, 11, 11], close: [9.5, 11.5, 12] }
    expectSeriesClose(natr(bars, { period: 2 }), [Number.NaN, Number.NaN, (2.25 / 12) * 100])
  })

  it('lookback, bad period, unequal lengths', () => {
    expect(natrLookback({ period: 5 })).toBe(5)
    expect(() => natr({ high: [1], low: [1], close: [1] }, { period: -1 })).toThrow(/"period"/)
    expect(() => natr({ high: [1], low: [1, 2], close: [1] })).toThrow(/"bars.low"/)
  })
})
