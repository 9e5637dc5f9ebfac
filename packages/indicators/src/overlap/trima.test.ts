import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { TRIMA, trima, trimaLookback } from './trima.js'

describe('trima', () => {
  it.each([2, 3, 4, 9, 10, 30, 31])('matches TA-Lib TRIMA on real data, period %i', (period) => {
    expectTalibParity('TRIMA', { optInTimePeriod: period }, (b) => trima(b.close, { period }))
  })

  it('worked by hand', () => {
    expectSeriesClose(trima([1, 2, 3, 4, 6], { period: 3 }), [Number.NaN, Number.NaN, 2, 3, (3 + 2 * 4 + 6) / 4])
  })

  it('propagates NaN like TA-Lib and handles empty input', () => {
    const x = [1, 2, 3, 5, 4, Number.NaN, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    expectSeriesClose(
      trima(x, { period: 2 }),
      talibRun('TRIMA', { inReal: x }, { optInTimePeriod: 2 }).outReal as Float64Array,
    )
    expect(trima([], { period: 3 })).toEqual(new Float64Array(0))
  })

  it('lookback and bad periods', () => {
    expect(trimaLookback({ period: 10 })).toBe(9)
    for (const period of [1, 0, 2.5, Number.NaN]) {
      expect(() => trima([1, 2, 3], { period })).toThrow(/"period"/)
      expect(() => new TRIMA({ period })).toThrow(/"period"/)
    }
  })
})
