import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { MIDPOINT, midPoint, midPointLookback } from './midPoint.js'

describe('midPoint', () => {
  it.each([2, 5, 14, 30])('matches TA-Lib MIDPOINT on real data, period %i', (period) => {
    expectTalibParity('MIDPOINT', { optInTimePeriod: period }, (b) => midPoint(b.close, { period }))
  })

  it('worked by hand; NaN like TA-Lib; empty; bad period', () => {
    expectSeriesClose(midPoint([3, 1, 4, 1, 5], { period: 3 }), [Number.NaN, Number.NaN, 2.5, 2.5, 3])
    const x = [3, Number.NaN, 4, 1, 5, Number.NaN, 2, 6]
    expectSeriesClose(
      midPoint(x, { period: 3 }),
      talibRun('MIDPOINT', { inReal: x }, { optInTimePeriod: 3 }).outReal as Float64Array,
    )
    expect(midPoint([])).toEqual(new Float64Array(0))
    expect(midPointLookback()).toBe(13)
    expect(() => new MIDPOINT({ period: 1 })).toThrow(/"period"/)
  })
})
