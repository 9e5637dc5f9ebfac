import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { VAR, variance, varianceLookback } from './variance.js'

describe('variance', () => {
  it.each([1, 2, 5, 20, 100])('matches TA-Lib VAR on real data, period %i', (period) => {
    expectTalibParity('VAR', { optInTimePeriod: period }, (b) => variance(b.close, { period }))
  })

  it('worked by hand: population variance', () => {
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, population variance 4
    const out = variance([2, 4, 4, 4, 5, 5, 7, 9], { period: 8 })
    expect(out[7]).toBeCloseTo(4, 12)
    expectSeriesClose(variance([1, 2, 3, 4], { period: 2 }), [Number.NaN, 0.25, 0.25, 0.25])
  })

  it('NaN propagates like TA-Lib; empty input; bad period', () => {
    const x = [1, 2, 3, Number.NaN, 5, 6]
    expectSeriesClose(
      variance(x, { period: 2 }),
      talibRun('VAR', { inReal: x }, { optInTimePeriod: 2 }).outReal as Float64Array,
    )
    expect(variance([])).toEqual(new Float64Array(0))
    expect(varianceLookback()).toBe(4)
    expect(() => variance([1], { period: 0 })).toThrow(/"period"/)
    expect(() => new VAR({ period: 1.2 })).toThrow(/"period"/)
  })
})
