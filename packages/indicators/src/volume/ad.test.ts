import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { ad, adLookback } from './ad.js'

describe('ad', () => {
  it('matches TA-Lib AD on real data', () => {
    expectTalibParity('AD', {}, (b) => ad(b))
  })

  it('worked by hand: close location value × volume, zero-range bars add nothing', () => {
    // (3 − 1)/4·100 = 50; (1 − 3)/4·100 = −50; flat bar skipped
    const bars = { high: [12, 12, 10], low: [8, 8, 10], close: [11, 9, 10], volume: [100, 100, 100] }
    expectSeriesClose(ad(bars), [50, 0, 0])
    expect(adLookback()).toBe(0)
  })

  it('NaN like TA-Lib; empty; unequal lengths', () => {
    const bars = {
      high: [12, 12, Number.NaN, 13],
      low: [8, 8, 9, 9],
      close: [11, Number.NaN, 10, 12],
      volume: [1, 2, 3, 4],
    }
    expectSeriesClose(ad(bars), talibRun('AD', bars).outReal as Float64Array)
    expect(ad({ high: [], low: [], close: [], volume: [] })).toEqual(new Float64Array(0))
    expect(() => ad({ high: [1], low: [1], close: [1], volume: [] })).toThrow(/"bars.volume"/)
  })
})
