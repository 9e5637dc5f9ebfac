import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { MIN, min, minLookback } from './min.js'

describe('min', () => {
  it.each([2, 5, 14, 30, 100])('matches TA-Lib MIN on real data, period %i', (period) => {
    expectTalibParity('MIN', { optInTimePeriod: period }, (b) => min(b.close, { period }))
  })

  it('worked by hand', () => {
    expectSeriesClose(min([3, 1, 4, 1, 5], { period: 3 }), [Number.NaN, Number.NaN, 1, 1, 1])
  })

  it('NaN like TA-Lib; empty input; lookback; bad period', () => {
    const x = [3, Number.NaN, 4, 1, 5, Number.NaN, Number.NaN, 2, 6, 5, 3]
    const ours = min(x, { period: 3 })
    expectSeriesClose(ours, talibRun('MIN', { inReal: x }, { optInTimePeriod: 3 }).outReal as Float64Array)
    expect(min([])).toEqual(new Float64Array(0))
    expect(minLookback({ period: 3 })).toBe(2)
    expect(() => min([1, 2], { period: 1 })).toThrow(/"period"/)
    expect(() => new MIN({ period: 2.5 })).toThrow(/"period"/)
  })
})
