import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { LINEARREG_ANGLE, linearregAngle, linearregAngleLookback } from './linearregAngle.js'

describe('linearregAngle', () => {
  it.each([2, 5, 14, 30, 100])('matches TA-Lib LINEARREG_ANGLE on real data, period %i', (period) => {
    expectTalibParity('LINEARREG_ANGLE', { optInTimePeriod: period }, (b) => linearregAngle(b.close, { period }))
  })

  it('worked by hand', () => {
    // least-squares line through each window, x counted from the oldest bar
    expectSeriesClose(linearregAngle([1, 2, 3], { period: 3 }), [Number.NaN, Number.NaN, 45])
  })

  it('NaN like TA-Lib; empty; lookback; bad period', () => {
    const x = [1, 2, 4, Number.NaN, 5, 6, 8, 7, 9]
    expectSeriesClose(
      linearregAngle(x, { period: 3 }),
      talibRun('LINEARREG_ANGLE', { inReal: x }, { optInTimePeriod: 3 }).outReal as Float64Array,
    )
    expect(linearregAngle([])).toEqual(new Float64Array(0))
    expect(linearregAngleLookback()).toBe(13)
    expect(() => linearregAngle([1, 2], { period: 1 })).toThrow(/"period"/)
    expect(() => new LINEARREG_ANGLE({ period: 0 })).toThrow(/"period"/)
  })
})
