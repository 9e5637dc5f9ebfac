import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { SUM, sum, sumLookback } from './sum.js'

describe('sum', () => {
  it.each([2, 5, 14, 30, 100])('matches TA-Lib SUM on real data, period %i', (period) => {
    expectTalibParity('SUM', { optInTimePeriod: period }, (b) => sum(b.close, { period }))
  })

  it('worked by hand', () => {
    expectSeriesClose(sum([1, 2, 3, 4], { period: 2 }), [Number.NaN, 3, 5, 7])
  })

  it('NaN like TA-Lib; empty input; lookback; bad period', () => {
    const x = [3, Number.NaN, 4, 1, 5, Number.NaN, Number.NaN, 2, 6, 5, 3]
    const ours = sum(x, { period: 3 })
    expectSeriesClose(ours, talibRun('SUM', { inReal: x }, { optInTimePeriod: 3 }).outReal as Float64Array)
    expect(sum([])).toEqual(new Float64Array(0))
    expect(sumLookback({ period: 3 })).toBe(2)
    expect(() => sum([1, 2], { period: 1 })).toThrow(/"period"/)
    expect(() => new SUM({ period: 2.5 })).toThrow(/"period"/)
  })
})
