import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { DEMA, dema, demaLookback } from './dema.js'

describe('dema', () => {
  it.each([2, 5, 14, 30, 100])('matches TA-Lib DEMA on real data, period %i', (period) => {
    expectTalibParity('DEMA', { optInTimePeriod: period }, (b) => dema(b.close, { period }))
  })

  it('worked by hand', () => {
    expectSeriesClose(dema([1, 2, 3, 4, 5], { period: 2 }), [Number.NaN, Number.NaN, 3, 4, 5])
  })

  it('propagates NaN like TA-Lib and handles empty input', () => {
    const x = [1, 2, 3, 5, 4, Number.NaN, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    expectSeriesClose(
      dema(x, { period: 2 }),
      talibRun('DEMA', { inReal: x }, { optInTimePeriod: 2 }).outReal as Float64Array,
    )
    expect(dema([], { period: 3 })).toEqual(new Float64Array(0))
  })

  it('lookback and bad periods', () => {
    expect(demaLookback({ period: 10 })).toBe(18)
    for (const period of [1, 0, 2.5, Number.NaN]) {
      expect(() => dema([1, 2, 3], { period })).toThrow(/"period"/)
      expect(() => new DEMA({ period })).toThrow(/"period"/)
    }
  })
})
