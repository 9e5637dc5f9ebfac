import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { EMA, ema, emaLookback } from './ema.js'

describe('ema', () => {
  it.each([2, 5, 12, 26, 200])('matches TA-Lib EMA on real data, period %i', (period) => {
    expectTalibParity('EMA', { optInTimePeriod: period }, (b) => ema(b.close, { period }))
  })

  it('worked by hand', () => {
    expectSeriesClose(ema([1, 2, 3, 4], { period: 3 }), [Number.NaN, Number.NaN, 2, 3])
  })

  it('propagates NaN like TA-Lib and handles empty input', () => {
    const x = [1, 2, 3, 5, 4, Number.NaN, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    expectSeriesClose(
      ema(x, { period: 2 }),
      talibRun('EMA', { inReal: x }, { optInTimePeriod: 2 }).outReal as Float64Array,
    )
    expect(ema([], { period: 3 })).toEqual(new Float64Array(0))
  })

  it('lookback and bad periods', () => {
    expect(emaLookback({ period: 10 })).toBe(9)
    for (const period of [1, 0, 2.5, Number.NaN]) {
      expect(() => ema([1, 2, 3], { period })).toThrow(/"period"/)
      expect(() => new EMA({ period })).toThrow(/"period"/)
    }
  })
})
