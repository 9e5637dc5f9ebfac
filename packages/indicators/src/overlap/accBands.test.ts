import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { ACCBANDS, accBands, accBandsLookback } from './accBands.js'

const OUT = { upper: 'outRealUpperBand', middle: 'outRealMiddleBand', lower: 'outRealLowerBand' }

describe('accBands', () => {
  it.each([2, 5, 20, 50])('matches TA-Lib ACCBANDS on real data, period %i', (period) => {
    expectTalibParity('ACCBANDS', { optInTimePeriod: period }, (b) => accBands(b, { period }), OUT)
  })

  it('worked by hand: factor 4·(11 − 9)/(11 + 9) = 0.4', () => {
    const { upper, middle, lower } = accBands({ high: [11, 11], low: [9, 9], close: [10, 10] }, { period: 2 })
    expectSeriesClose(upper, [Number.NaN, 11 * 1.4])
    expectSeriesClose(middle, [Number.NaN, 10])
    expectSeriesClose(lower, [Number.NaN, 9 * 0.6])
  })

  it('NaN like TA-Lib; zero prices; empty; unequal lengths; bad period', () => {
    const bars = { high: [11, 0, 12, Number.NaN, 13, 14], low: [9, 0, 10, 10, 11, 12], close: [10, 0, 11, 11, 12, 13] }
    const t = talibRun('ACCBANDS', bars, { optInTimePeriod: 2 })
    const ours = accBands(bars, { period: 2 })
    expectSeriesClose(ours.upper, t.outRealUpperBand as Float64Array)
    expectSeriesClose(ours.lower, t.outRealLowerBand as Float64Array)
    expect(accBands({ high: [], low: [], close: [] }).upper).toEqual(new Float64Array(0))
    expect(accBandsLookback()).toBe(19)
    expect(() => accBands({ high: [1], low: [1, 2], close: [1] })).toThrow(/"bars.low"/)
    expect(() => new ACCBANDS({ period: 1 })).toThrow(/"period"/)
  })
})
