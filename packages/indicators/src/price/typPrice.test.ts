import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { TYPPRICE, typPrice, typPriceLookback } from './typPrice.js'

describe('typPrice', () => {
  it('matches TA-Lib TYPPRICE on real data', () => {
    expectTalibParity('TYPPRICE', {}, (b) => typPrice(b))
  })

  it('worked by hand, streaming included', () => {
    const bars = { high: [12], low: [8], close: [11] }
    expectSeriesClose(typPrice(bars), [31 / 3])
    const s = new TYPPRICE()
    expect(s.isReady).toBe(false)
    const bar = { open: 10, high: 12, low: 8, close: 11, volume: 0 }
    expect(s.update(bar)).toBeCloseTo([31 / 3][0] as number, 12)
    expect(s.isReady).toBe(true)
    expect(typPriceLookback()).toBe(0)
  })

  it('NaN stays in its bar; empty input; unequal lengths', () => {
    const withNaN = { open: [10, Number.NaN, 10], high: [12, Number.NaN, 12], low: [8, 8, 8], close: [11, 11, 11] }
    const out = typPrice(withNaN)
    expect(Number.isNaN(out[1])).toBe(true)
    expect(out[2]).toBe(out[0])
    const empty = { open: [], high: [], low: [], close: [] }
    expect(typPrice(empty)).toEqual(new Float64Array(0))
    const ragged = { open: [1, 2], high: [1, 2], low: [1], close: [1, 2] }
    expect(() => typPrice(ragged)).toThrow(/"bars.low"/)
  })
})
