import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { MINMAX, minMax, minMaxLookback } from './minMax.js'

describe('minMax', () => {
  it.each([2, 5, 14, 30, 100])('matches TA-Lib MINMAX on real data, period %i', (period) => {
    expectTalibParity('MINMAX', { optInTimePeriod: period }, (b) => minMax(b.close, { period }), {
      min: 'outMin',
      max: 'outMax',
    })
  })

  it('worked by hand; NaN like TA-Lib; empty; bad period', () => {
    const { min, max } = minMax([3, 1, 4, 1, 5], { period: 3 })
    expectSeriesClose(min, [Number.NaN, Number.NaN, 1, 1, 1])
    expectSeriesClose(max, [Number.NaN, Number.NaN, 4, 4, 5])
    const x = [3, Number.NaN, 4, 1, 5, Number.NaN, Number.NaN, 2, 6, 5, 3]
    const t = talibRun('MINMAX', { inReal: x }, { optInTimePeriod: 3 })
    expectSeriesClose(minMax(x, { period: 3 }).min, t.outMin as Float64Array)
    expectSeriesClose(minMax(x, { period: 3 }).max, t.outMax as Float64Array)
    expect(minMax([]).min).toEqual(new Float64Array(0))
    expect(minMaxLookback({ period: 3 })).toBe(2)
    expect(() => new MINMAX({ period: 1 })).toThrow(/"period"/)
    expect(() => minMax([1, 2, 3], { period: 2, outMax: new Float64Array(1) })).toThrow(/"outMax"/)
  })
})
