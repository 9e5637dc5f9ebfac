import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { WMA, wma, wmaLookback } from './wma.js'

describe('wma', () => {
  it.each([2, 5, 14, 30, 200])('matches TA-Lib WMA on real data, period %i', (period) => {
    expectTalibParity('WMA', { optInTimePeriod: period }, (b) => wma(b.close, { period }))
  })

  it('worked by hand', () => {
    expectSeriesClose(wma([1, 2, 3], { period: 2 }), [Number.NaN, 5 / 3, 8 / 3])
  })

  it('propagates NaN like TA-Lib and handles empty input', () => {
    const x = [1, 2, 3, 5, 4, Number.NaN, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    expectSeriesClose(
      wma(x, { period: 2 }),
      talibRun('WMA', { inReal: x }, { optInTimePeriod: 2 }).outReal as Float64Array,
    )
    expect(wma([], { period: 3 })).toEqual(new Float64Array(0))
  })

  it('lookback and bad periods', () => {
    expect(wmaLookback({ period: 10 })).toBe(9)
    for (const period of [1, 0, 2.5, Number.NaN]) {
      expect(() => wma([1, 2, 3], { period })).toThrow(/"period"/)
      expect(() => new WMA({ period })).toThrow(/"period"/)
    }
  })
})
