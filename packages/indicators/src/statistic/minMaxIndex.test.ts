import { describe, expect, it } from 'vitest'
import { parityBars } from '../../test-support/parity.js'
import { PARITY_FILES } from '../../test-support/sharedData.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { MINMAXINDEX, minMaxIndex, minMaxIndexLookback } from './minMaxIndex.js'

describe('minMaxIndex', () => {
  it.each([2, 5, 14, 30, 100])('matches TA-Lib MINMAXINDEX on real data (absolute indices), period %i', (period) => {
    for (const file of PARITY_FILES) {
      const close = parityBars(file).close
      const want = talibRun('MINMAXINDEX', { inReal: close }, { optInTimePeriod: period })
      const got = minMaxIndex(close, { period })
      for (let i = period - 1; i < close.length; i++) {
        expect(got.minIdx[i], `${file} min [${i}]`).toBe(want.outMinIdx?.[i])
        expect(got.maxIdx[i], `${file} max [${i}]`).toBe(want.outMaxIdx?.[i])
      }
      expect(Number.isNaN(got.minIdx[period - 2] ?? Number.NaN)).toBe(true)
    }
  })

  it('worked by hand; empty; bad period', () => {
    const { minIdx, maxIdx } = minMaxIndex([3, 1, 4, 1, 5], { period: 3 })
    expect(Array.from(minIdx)).toEqual([Number.NaN, Number.NaN, 1, 3, 3])
    expect(Array.from(maxIdx)).toEqual([Number.NaN, Number.NaN, 2, 2, 4])
    expect(minMaxIndex([]).maxIdx).toEqual(new Float64Array(0))
    expect(minMaxIndexLookback({ period: 3 })).toBe(2)
    expect(() => new MINMAXINDEX({ period: 0 })).toThrow(/"period"/)
  })
})
