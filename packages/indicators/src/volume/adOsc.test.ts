import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { adOsc, adOscLookback } from './adOsc.js'

describe('adOsc', () => {
  it.each([
    [3, 10],
    [2, 2],
    [10, 3],
    [5, 20],
  ])('matches TA-Lib ADOSC on real data, fast %i slow %i', (fastPeriod, slowPeriod) => {
    expectTalibParity('ADOSC', { optInFastPeriod: fastPeriod, optInSlowPeriod: slowPeriod }, (b) =>
      adOsc(b, { fastPeriod, slowPeriod }),
    )
  })

  it('worked by hand: EMAs seeded with the first A/D value', () => {
    // AD = [50, 0, 25]; k = 2/3: fast = slow for equal periods → 0
    const bars = { high: [12, 12, 12], low: [8, 8, 8], close: [11, 9, 10.5], volume: [100, 100, 100] }
    expectSeriesClose(adOsc(bars, { fastPeriod: 2, slowPeriod: 2 }), [Number.NaN, 0, 0])
    // fast k = 2/3, slow k = 0.5; i=1: fast 50/3, slow 25; i=2: fast 25·2/3 + 50/9, slow 25
    expectSeriesClose(adOsc(bars, { fastPeriod: 2, slowPeriod: 3 }), [
      Number.NaN,
      Number.NaN,
      (25 * 2) / 3 + 50 / 9 - 25,
    ])
  })

  it('NaN like TA-Lib; empty; lookback; bad periods', () => {
    const bars = {
      high: [12, 12, 13, 14, 15],
      low: [8, 8, 9, 9, 9],
      close: [11, Number.NaN, 10, 12, 13],
      volume: [1, 2, 3, 4, 5],
    }
    expectSeriesClose(
      adOsc(bars, { fastPeriod: 2, slowPeriod: 3 }),
      talibRun('ADOSC', bars, { optInFastPeriod: 2, optInSlowPeriod: 3 }).outReal as Float64Array,
    )
    expect(adOsc({ high: [], low: [], close: [], volume: [] })).toEqual(new Float64Array(0))
    expect(adOscLookback()).toBe(9)
    expect(() => adOscLookback({ fastPeriod: 1 })).toThrow(/"fastPeriod"/)
    expect(() => adOscLookback({ slowPeriod: 2.5 })).toThrow(/"slowPeriod"/)
  })
})
