import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { TSF, tsf, tsfLookback } from './tsf.js'

describe('tsf', () => {
  it.each([2, 5, 14, 30, 100])('matches TA-Lib TSF on real data, period %i', (period) => {
    expectTalibParity('TSF', { optInTimePeriod: period }, (b) => tsf(b.close, { period }))
  })

  it('worked by hand', () => {
    // least-squares line through each window, x counted from the oldest bar
    expectSeriesClose(tsf([1, 3, 2, 4], { period: 3 }), [Number.NaN, Number.NaN, 3, 4])
  })

  it('NaN like TA-Lib; empty; lookback; bad period', () => {
    const x = [1, 2, 4, Number.NaN, 5, 6, 8, 7, 9]
    expectSeriesClose(
      tsf(x, { period: 3 }),
      talibRun('TSF', { inReal: x }, { optInTimePeriod: 3 }).outReal as Float64Array,
    )
    expect(tsf([])).toEqual(new Float64Array(0))
    expect(tsfLookback()).toBe(13)
    expect(() => tsf([1, 2], { period: 1 })).toThrow(/"period"/)
    expect(() => new TSF({ period: 0 })).toThrow(/"period"/)
  })
})
