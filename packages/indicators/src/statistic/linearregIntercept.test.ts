import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { LINEARREG_INTERCEPT, linearregIntercept, linearregInterceptLookback } from './linearregIntercept.js'

describe('linearregIntercept', () => {
  it.each([2, 5, 14, 30, 100])('matches TA-Lib LINEARREG_INTERCEPT on real data, period %i', (period) => {
    expectTalibParity('LINEARREG_INTERCEPT', { optInTimePeriod: period }, (b) =>
      linearregIntercept(b.close, { period }),
    )
  })

  it('worked by hand', () => {
    // least-squares line through each window, x counted from the oldest bar
    expectSeriesClose(linearregIntercept([1, 3, 2, 4], { period: 3 }), [Number.NaN, Number.NaN, 1.5, 2.5])
  })

  it('NaN like TA-Lib; empty; lookback; bad period', () => {
    const x = [1, 2, 4, Number.NaN, 5, 6, 8, 7, 9]
    expectSeriesClose(
      linearregIntercept(x, { period: 3 }),
      talibRun('LINEARREG_INTERCEPT', { inReal: x }, { optInTimePeriod: 3 }).outReal as Float64Array,
    )
    expect(linearregIntercept([])).toEqual(new Float64Array(0))
    expect(linearregInterceptLookback()).toBe(13)
    expect(() => linearregIntercept([1, 2], { period: 1 })).toThrow(/"period"/)
    expect(() => new LINEARREG_INTERCEPT({ period: 0 })).toThrow(/"period"/)
  })
})
