import { describe, expect, it } from 'vitest'
import { parityBars } from '../../test-support/parity.js'
import { PARITY_FILES } from '../../test-support/sharedData.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { MAXINDEX, maxIndex, maxIndexLookback } from './maxIndex.js'

describe('maxIndex', () => {
  it.each([2, 5, 14, 30, 100])('matches TA-Lib MAXINDEX on real data, period %i', (period) => {
    for (const file of PARITY_FILES) {
      const close = parityBars(file).close
      const want = talibRun('MAXINDEX', { inReal: close }, { optInTimePeriod: period }).outInteger as Float64Array
      const got = maxIndex(close, { period })
      for (let i = 0; i < close.length; i++)
        expect(got[i], `${file} [${i}]`).toBe(i < period - 1 ? Number.NaN : want[i])
    }
  })

  it('worked by hand', () => {
    expectSeriesClose(maxIndex([3, 1, 4, 1, 5], { period: 3 }), [Number.NaN, Number.NaN, 2, 2, 4])
  })

  it('NaN like TA-Lib; empty input; lookback; bad period', () => {
    const x = [3, Number.NaN, 4, 1, 5, Number.NaN, Number.NaN, 2, 6, 5, 3]
    const ours = maxIndex(x, { period: 3 })
    const want = talibRun('MAXINDEX', { inReal: x }, { optInTimePeriod: 3 }).outInteger as Float64Array
    for (let i = 2; i < x.length; i++) expect(ours[i]).toBe(want[i])
    expect(maxIndex([])).toEqual(new Float64Array(0))
    expect(maxIndexLookback({ period: 3 })).toBe(2)
    expect(() => maxIndex([1, 2], { period: 1 })).toThrow(/"period"/)
    expect(() => new MAXINDEX({ period: 2.5 })).toThrow(/"period"/)
  })
})
