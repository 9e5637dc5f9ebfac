import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { LINEARREG_SLOPE, linearregSlope, linearregSlopeLookback } from './linearregSlope.js'

describe('linearregSlope', () => {
  it.each([2, 5, 14, 30, 100])('matches TA-Lib LINEARREG_SLOPE on real data, period %i', (period) => {
    expectTalibParity('LINEARREG_SLOPE', { optInTimePeriod: period }, (b) => linearregSlope(b.close, { period }))
  })

  it('worked by hand', () => {
    // least-squares line through each window, x counted from the oldest bar
    expectSeriesClose(linearregSlope([1, 3, 2, 4], { period: 3 }), [Number.NaN, Number.NaN, 0.5, 0.5])
  })

  it('NaN like TA-Lib; empty; lookback; bad period', () => {
    const x = [1, 2, 4, Number.NaN, 5, 6, 8, 7, 9]
    expectSeriesClose(
      linearregSlope(x, { period: 3 }),
      talibRun('LINEARREG_SLOPE', { inReal: x }, { optInTimePeriod: 3 }).outReal as Float64Array,
    )
    expect(linearregSlope([])).toEqual(new Float64Array(0))
    expect(linearregSlopeLookback()).toBe(13)
    expect(() => linearregSlope([1, 2], { period: 1 })).toThrow(/"period"/)
    expect(() => new LINEARREG_SLOPE({ period: 0 })).toThrow(/"period"/)
  })
})
