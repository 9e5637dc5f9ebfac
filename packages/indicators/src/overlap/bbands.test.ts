import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { BBANDS, bbands, bbandsLookback } from './bbands.js'
import type { MaType } from './ma.js'

const OUT = { upper: 'outRealUpperBand', middle: 'outRealMiddleBand', lower: 'outRealLowerBand' }

describe('bbands', () => {
  it.each([
    [5, 2, 2, 0],
    [20, 2, 2, 0],
    [20, 1, 1, 0],
    [10, 1.5, 2.5, 0],
    [14, 2, 1, 1],
    [9, 2, 2, 2],
    [9, 2, 2, 3],
    [9, 2, 2, 4],
    [9, 2, 2, 5],
    [9, 2, 2, 6],
    [5, 2, 2, 8],
    [5, 2, 2, 7],
  ])('matches TA-Lib BBANDS on real data: period %i, up %f, down %f, maType %i', (period, nbDevUp, nbDevDn, maType) => {
    expectTalibParity(
      'BBANDS',
      { optInTimePeriod: period, optInNbDevUp: nbDevUp, optInNbDevDn: nbDevDn, optInMAType: maType },
      (b) => bbands(b.close, { period, nbDevUp, nbDevDn, maType: maType as MaType }),
      OUT,
    )
  })

  it('worked by hand: SMA ± 2 population σ', () => {
    // window [1, 3]: mean 2, σ = 1; window [3, 5]: mean 4, σ = 1
    const { upper, middle, lower } = bbands([1, 3, 5], { period: 2 })
    expectSeriesClose(middle, [Number.NaN, 2, 4])
    expectSeriesClose(upper, [Number.NaN, 4, 6])
    expectSeriesClose(lower, [Number.NaN, 0, 2])
    const s = new BBANDS({ period: 2 })
    s.update(1)
    expect(s.update(3)).toEqual({ upper: 4, middle: 2, lower: 0 })
  })

  it('flat input gives σ = 0; NaN propagates like TA-Lib; empty input', () => {
    expectSeriesClose(bbands([7, 7, 7], { period: 2 }).upper, [Number.NaN, 7, 7])
    const x = [1, 2, 3, Number.NaN, 5, 6, 7, 8]
    const t = talibRun('BBANDS', { inReal: x }, { optInTimePeriod: 2 })
    expectSeriesClose(bbands(x, { period: 2 }).upper, t.outRealUpperBand as Float64Array)
    expect(bbands([]).middle).toEqual(new Float64Array(0))
  })

  it('lookback and bad options naming them', () => {
    expect(bbandsLookback({ period: 20 })).toBe(19)
    expect(bbandsLookback({ period: 5, maType: 3 })).toBe(8)
    expect(() => bbands([1, 2, 3], { period: 1 })).toThrow(/"period"/)
    expect(() => bbands([1, 2, 3], { nbDevUp: Number.NaN })).toThrow(/"nbDevUp"/)
    expect(() => bbands([1, 2, 3], { maType: 11 as MaType })).toThrow(/"maType"/)
    expect(() => bbands([1, 2, 3], { outLower: new Float64Array(1) })).toThrow(/"outLower"/)
  })
})
