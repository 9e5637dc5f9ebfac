import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { STDDEV, stdDev, stdDevLookback } from './stdDev.js'

describe('stdDev', () => {
  it.each([
    [2, 1],
    [5, 1],
    [20, 2],
    [50, 0.5],
  ])('matches TA-Lib STDDEV on real data, period %i, nbDev %f', (period, nbDev) => {
    expectTalibParity('STDDEV', { optInTimePeriod: period, optInNbDev: nbDev }, (b) =>
      stdDev(b.close, { period, nbDev }),
    )
  })

  it('worked by hand: population σ, flat window is 0', () => {
    expect(stdDev([2, 4, 4, 4, 5, 5, 7, 9], { period: 8 })[7]).toBeCloseTo(2, 12)
    expectSeriesClose(stdDev([1, 3, 5, 5, 5], { period: 2, nbDev: 2 }), [Number.NaN, 2, 2, 0, 0])
  })

  it('NaN propagates like TA-Lib; empty input; bad options', () => {
    const x = [1, 2, 3, Number.NaN, 5, 6]
    expectSeriesClose(
      stdDev(x, { period: 2 }),
      talibRun('STDDEV', { inReal: x }, { optInTimePeriod: 2 }).outReal as Float64Array,
    )
    expect(stdDev([])).toEqual(new Float64Array(0))
    expect(stdDevLookback({ period: 20 })).toBe(19)
    expect(() => stdDev([1], { period: 1 })).toThrow(/"period"/)
    expect(() => new STDDEV({ nbDev: Number.NaN })).toThrow(/"nbDev"/)
  })
})
