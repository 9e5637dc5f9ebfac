import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { expectTalibParity } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { SMA, sma, smaLookback } from './sma.js'

describe('sma', () => {
  it.each([2, 5, 20, 30, 200])('matches TA-Lib SMA on real data, period %i', (period) => {
    expectTalibParity('SMA', { optInTimePeriod: period }, (b) => sma(b.close, { period }))
  })

  it('worked by hand', () => {
    expectSeriesClose(sma([1, 2, 3, 4, 5], { period: 3 }), [Number.NaN, Number.NaN, 2, 3, 4])
  })

  it('propagates NaN like TA-Lib', () => {
    const x = [1, 2, Number.NaN, 4, 5, 6, 7]
    expectSeriesClose(
      sma(x, { period: 2 }),
      talibRun('SMA', { inReal: x }, { optInTimePeriod: 2 }).outReal as Float64Array,
    )
  })

  it('handles empty and short input, writes into out', () => {
    expect(sma([], { period: 3 })).toEqual(new Float64Array(0))
    expect(Array.from(sma([1, 2], { period: 3 }))).toEqual([Number.NaN, Number.NaN])
    const out = new Float64Array(4)
    expect(sma([1, 2, 3, 4], { period: 2, out })).toBe(out)
    expect(smaLookback({ period: 20 })).toBe(19)
    expect(smaLookback()).toBe(29)
  })

  it.each([1, 0, -3, 2.5, Number.NaN, 100_001])('rejects period %s naming it', (period) => {
    try {
      sma([1, 2, 3], { period })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.code).toBe('INVALID_ARGUMENT')
      expect((e as { details: { argument: string } }).details.argument).toBe('period')
    }
    expect(() => new SMA({ period })).toThrow(/period/)
  })

  it('rejects a short out buffer and replace before update', () => {
    expect(() => sma([1, 2, 3], { period: 2, out: new Float64Array(2) })).toThrow(/out/)
    expect(() => new SMA({ period: 2 }).replace(1)).toThrow(/replace/)
  })
})
