import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { TEMA, tema, temaLookback } from './tema.js'

describe('tema', () => {
  it.each([2, 5, 14, 30, 60])('matches TA-Lib TEMA on real data, period %i', (period) => {
    expectTalibParity('TEMA', { optInTimePeriod: period }, (b) => tema(b.close, { period }))
  })

  it('worked by hand', () => {
    expectSeriesClose(tema([1, 2, 3, 4, 5], { period: 2 }), [Number.NaN, Number.NaN, Number.NaN, 4, 5])
  })

  it('propagates NaN like TA-Lib and handles empty input', () => {
    const x = [1, 2, 3, 5, 4, Number.NaN, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    expectSeriesClose(
      tema(x, { period: 2 }),
      talibRun('TEMA', { inReal: x }, { optInTimePeriod: 2 }).outReal as Float64Array,
    )
    expect(tema([], { period: 3 })).toEqual(new Float64Array(0))
  })

  it('lookback and bad periods', () => {
    expect(temaLookback({ period: 10 })).toBe(27)
    for (const period of [1, 0, 2.5, Number.NaN]) {
      expect(() => tema([1, 2, 3], { period })).toThrow(/"period"/)
      expect(() => new TEMA({ period })).toThrow(/"period"/)
    }
  })
})
