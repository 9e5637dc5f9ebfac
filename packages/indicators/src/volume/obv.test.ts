import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { obv, obvLookback } from './obv.js'

describe('obv', () => {
  it('matches TA-Lib OBV on real data', () => {
    expectTalibParity('OBV', {}, (b) => obv(b))
  })

  it('worked by hand', () => {
    expectSeriesClose(obv({ close: [10, 11, 10.5, 10.5], volume: [100, 200, 50, 70] }), [100, 300, 250, 250])
    expect(obvLookback()).toBe(0)
  })

  it('NaN like TA-Lib; empty; unequal lengths', () => {
    const bars = { close: [10, Number.NaN, 11, 12, 11], volume: [1, 2, 3, Number.NaN, 5] }
    expectSeriesClose(obv(bars), talibRun('OBV', { inReal: bars.close, volume: bars.volume }).outReal as Float64Array)
    expect(obv({ close: [], volume: [] })).toEqual(new Float64Array(0))
    expect(() => obv({ close: [1, 2], volume: [1] })).toThrow(/"bars.volume"/)
  })
})
