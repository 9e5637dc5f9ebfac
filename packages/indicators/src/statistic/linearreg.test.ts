import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { LINEARREG, linearreg, linearregLookback } from './linearreg.js'

describe('linearreg', () => {
  it.each([2, 5, 14, 30, 100])('matches TA-Lib LINEARREG on real data, period %i', (period) => {
    expectTalibParity('LINEARREG', { optInTimePeriod: period }, (b) => linearreg(b.close, { period }))
  })

  it('worked by hand: least-squares line through [1, 3, 2] is 1.5 + 0.5·x, at x = 2 → 2.5', () => {
    expectSeriesClose(linearreg([1, 3, 2, 4], { period: 3 }), [Number.NaN, Number.NaN, 2.5, 3.5])
  })

  it('NaN like TA-Lib; empty; lookback; bad period', () => {
    const x = [1, 2, 4, Number.NaN, 5, 6, 8, 7, 9]
    expectSeriesClose(
      linearreg(x, { period: 3 }),
      talibRun('LINEARREG', { inReal: x }, { optInTimePeriod: 3 }).outReal as Float64Array,
    )
    expect(linearreg([])).toEqual(new Float64Array(0))
    expect(linearregLookback()).toBe(13)
    expect(() => linearreg([1, 2], { period: 1 })).toThrow(/"period"/)
    expect(() => new LINEARREG({ period: 0 })).toThrow(/"period"/)
  })
})
