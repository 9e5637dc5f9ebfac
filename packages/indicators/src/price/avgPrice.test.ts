import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { AVGPRICE, avgPrice, avgPriceLookback } from './avgPrice.js'

describe('avgPrice', () => {
  it('matches TA-Lib AVGPRICE on real data', () => {
    expectTalibParity('AVGPRICE', {}, (b) => avgPrice(b))
  })

  it('worked by hand, streaming included', () => {
    const bars = { open: [10], high: [12], low: [8], close: [11] }
    expectSeriesClose(avgPrice(bars), [10.25])
    const s = new AVGPRICE()
    expect(s.isReady).toBe(false)
    const bar = { open: 10, high: 12, low: 8, close: 11, volume: 0 }
    expect(s.update(bar)).toBeCloseTo([10.25][0] as number, 12)
    expect(s.isReady).toBe(true)
    expect(avgPriceLookback()).toBe(0)
  })

  it('NaN stays in its bar; empty input; unequal lengths', () => {
    const withNaN = { open: [10, Number.NaN, 10], high: [12, Number.NaN, 12], low: [8, 8, 8], close: [11, 11, 11] }
    const out = avgPrice(withNaN)
    expect(Number.isNaN(out[1])).toBe(true)
    expect(out[2]).toBe(out[0])
    const empty = { open: [], high: [], low: [], close: [] }
    expect(avgPrice(empty)).toEqual(new Float64Array(0))
    const ragged = { open: [1, 2], high: [1, 2], low: [1], close: [1, 2] }
    expect(() => avgPrice(ragged)).toThrow(/"bars.low"/)
  })
})
