import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { AVGDEV, avgDev, avgDevLookback } from './avgDev.js'

describe('avgDev', () => {
  it.each([2, 5, 14, 30])('matches TA-Lib AVGDEV on real data, period %i', (period) => {
    expectTalibParity('AVGDEV', { optInTimePeriod: period }, (b) => avgDev(b.close, { period }))
  })

  it('worked by hand: mean 3, deviations 2, 1, 3 → 2', () => {
    expectSeriesClose(avgDev([1, 2, 6], { period: 3 }), [Number.NaN, Number.NaN, 2])
  })

  it('NaN like TA-Lib; empty; lookback; bad period', () => {
    const x = [1, 2, 4, Number.NaN, 5, 6, 8, 7, 9]
    expectSeriesClose(
      avgDev(x, { period: 3 }),
      talibRun('AVGDEV', { inReal: x }, { optInTimePeriod: 3 }).outReal as Float64Array,
    )
    expect(avgDev([])).toEqual(new Float64Array(0))
    expect(avgDevLookback()).toBe(13)
    expect(() => new AVGDEV({ period: 1 })).toThrow(/"period"/)
  })
})
