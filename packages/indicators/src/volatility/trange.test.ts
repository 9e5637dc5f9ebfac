import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { trange } from './trange.js'

describe('trange', () => {
  it('matches TA-Lib TRANGE on real data', () => {
    expectTalibParity('TRANGE', {}, (b) => trange(b))
  })

  it('worked by hand: the gap from the previous close counts', () => {
    // bar 1: high−low = 1, |9.5 − 12| = 2.5; bar 2: gap down, |11.5 − 9| = 2.5 > high−low = 1
    expectSeriesClose(trange({ high: [10, 12, 10], low: [9, 11, 9], close: [9.5, 11.5, 9.5] }), [Number.NaN, 2.5, 2.5])
  })

  it('NaN handled like TA-Lib; empty input; unequal lengths', () => {
    const bars = { high: [10, 12, 13, 14], low: [9, Number.NaN, 11, 12], close: [9.5, Number.NaN, 12, 13] }
    expectSeriesClose(trange(bars), talibRun('TRANGE', bars).outReal as Float64Array)
    expect(trange({ high: [], low: [], close: [] })).toEqual(new Float64Array(0))
    expect(() => trange({ high: [1, 2], low: [1], close: [1, 2] })).toThrow(/"bars.low"/)
  })
})
