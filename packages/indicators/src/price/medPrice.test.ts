import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { MEDPRICE, medPrice, medPriceLookback } from './medPrice.js'

describe('medPrice', () => {
  it('matches TA-Lib MEDPRICE on real data', () => {
    expectTalibParity('MEDPRICE', {}, (b) => medPrice(b))
  })

  it('worked by hand, streaming included', () => {
    const bars = { high: [12], low: [8] }
    expectSeriesClose(medPrice(bars), [10])
    const s = new MEDPRICE()
    expect(s.isReady).toBe(false)
    const bar = { open: 10, high: 12, low: 8, close: 11, volume: 0 }
    expect(s.update(bar)).toBeCloseTo([10][0] as number, 12)
    expect(s.isReady).toBe(true)
    expect(medPriceLookback()).toBe(0)
  })

  it('NaN stays in its bar; empty input; unequal lengths', () => {
    const withNaN = { open: [10, Number.NaN, 10], high: [12, Number.NaN, 12], low: [8, 8, 8], close: [11, 11, 11] }
    const out = medPrice(withNaN)
    expect(Number.isNaN(out[1])).toBe(true)
    expect(out[2]).toBe(out[0])
    const empty = { open: [], high: [], low: [], close: [] }
    expect(medPrice(empty)).toEqual(new Float64Array(0))
    const ragged = { open: [1, 2], high: [1, 2], low: [1], close: [1, 2] }
    expect(() => medPrice(ragged)).toThrow(/"bars.low"/)
  })
})
