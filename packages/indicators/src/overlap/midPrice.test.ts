import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { MIDPRICE, midPrice, midPriceLookback } from './midPrice.js'

describe('midPrice', () => {
  it.each([2, 5, 14, 30])('matches TA-Lib MIDPRICE on real data, period %i', (period) => {
    expectTalibParity('MIDPRICE', { optInTimePeriod: period }, (b) => midPrice(b, { period }))
  })

  it('worked by hand; NaN like TA-Lib; empty; unequal lengths; bad period', () => {
    expectSeriesClose(midPrice({ high: [3, 2, 4], low: [1, 0, 2] }, { period: 2 }), [Number.NaN, 1.5, 2])
    const bars = { high: [3, Number.NaN, 4, 5, 6, 7], low: [1, 0, Number.NaN, 2, 3, 1] }
    expectSeriesClose(
      midPrice(bars, { period: 2 }),
      talibRun('MIDPRICE', bars, { optInTimePeriod: 2 }).outReal as Float64Array,
    )
    expect(midPrice({ high: [], low: [] })).toEqual(new Float64Array(0))
    expect(midPriceLookback()).toBe(13)
    expect(() => midPrice({ high: [1, 2], low: [1] })).toThrow(/"bars.low"/)
    expect(() => new MIDPRICE({ period: 1 })).toThrow(/"period"/)
  })
})
