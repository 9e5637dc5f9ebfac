import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { KAMA, kama, kamaLookback } from './kama.js'

describe('kama', () => {
  it.each([2, 5, 10, 30])('matches TA-Lib KAMA on real data, period %i', (period) => {
    expectTalibParity('KAMA', { optInTimePeriod: period }, (b) => kama(b.close, { period }))
  })

  it('worked by hand', () => {
    // ER = 1 on a straight line, so sc = (2/3)²; the seed is the previous value
    const k2 = 2 + (3 - 2) * (2 / 3) ** 2
    const k3 = k2 + (4 - k2) * (2 / 3) ** 2
    expectSeriesClose(kama([1, 2, 3, 4], { period: 2 }), [Number.NaN, Number.NaN, k2, k3])
  })

  it('propagates NaN like TA-Lib and handles empty input', () => {
    const x = [1, 2, 3, 5, 4, Number.NaN, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    expectSeriesClose(
      kama(x, { period: 2 }),
      talibRun('KAMA', { inReal: x }, { optInTimePeriod: 2 }).outReal as Float64Array,
    )
    expect(kama([], { period: 3 })).toEqual(new Float64Array(0))
  })

  it('lookback and bad periods', () => {
    expect(kamaLookback({ period: 10 })).toBe(10)
    for (const period of [1, 0, 2.5, Number.NaN]) {
      expect(() => kama([1, 2, 3], { period })).toThrow(/"period"/)
      expect(() => new KAMA({ period })).toThrow(/"period"/)
    }
  })
})
