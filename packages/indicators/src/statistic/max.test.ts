import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { MAX, max, maxLookback } from './max.js'

describe('max', () => {
  it.each([2, 5, 14, 30, 100])('matches TA-Lib MAX on real data, period %i', (period) => {
    expectTalibParity('MAX', { optInTimePeriod: period }, (b) => max(b.close, { period }))
  })

  it('worked by hand', () => {
    expectSeriesClose(max([3, 1, 4, 1, 5], { period: 3 }), [Number.NaN, Number.NaN, 4, 4, 5])
  })

  it('NaN like TA-Lib; empty input; lookback; bad period', () => {
    const x = [3, Number.NaN, 4, 1, 5, Number.NaN, Number.NaN, 2, 6, 5, 3]
    const ours = max(x, { period: 3 })
    expectSeriesClose(ours, talibRun('MAX', { inReal: x }, { optInTimePeriod: 3 }).outReal as Float64Array)
    expect(max([])).toEqual(new Float64Array(0))
    expect(maxLookback({ period: 3 })).toBe(2)
    expect(() => max([1, 2], { period: 1 })).toThrow(/"period"/)
    expect(() => new MAX({ period: 2.5 })).toThrow(/"period"/)
  })
})
