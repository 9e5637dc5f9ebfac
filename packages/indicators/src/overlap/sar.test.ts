import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { SAR, sar, sarLookback } from './sar.js'

describe('sar', () => {
  it.each([
    [0.02, 0.2],
    [0.01, 0.1],
    [0.05, 0.5],
    [0.3, 0.2],
  ])('matches TA-Lib SAR on real data, acceleration %f maximum %f', (acceleration, maximum) => {
    expectTalibParity('SAR', { optInAcceleration: acceleration, optInMaximum: maximum }, (b) =>
      sar(b, { acceleration, maximum }),
    )
  })

  it('worked by hand: start long below the first low, accelerate, flip on the cross', () => {
    // bar 1 long (no minus DM): SAR = low0 = 9, EP = 11 → next 9 + 0.02·2 = 9.04; bar 3 low 9 ≤ SAR → flip to EP 12
    expectSeriesClose(sar({ high: [10, 11, 12, 11], low: [9, 10, 11, 9] }), [Number.NaN, 9, 9.04, 12])
  })

  it('NaN like TA-Lib; empty; unequal lengths; bad options', () => {
    const bars = { high: [10, 11, 12, Number.NaN, 13, 12, 11], low: [9, 10, 11, 10, Number.NaN, 10, 9] }
    expectSeriesClose(sar(bars), talibRun('SAR', bars).outReal as Float64Array)
    expect(sar({ high: [], low: [] })).toEqual(new Float64Array(0))
    expect(sarLookback()).toBe(1)
    expect(() => sar({ high: [1, 2], low: [1] })).toThrow(/"bars.low"/)
    expect(() => sar({ high: [1], low: [1] }, { acceleration: -0.1 })).toThrow(/"acceleration"/)
    expect(() => new SAR({ maximum: Number.NaN })).toThrow(/"maximum"/)
  })
})
