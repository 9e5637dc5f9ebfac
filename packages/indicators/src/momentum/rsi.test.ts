import { isAitradeError } from '@aitrade/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectStreamingMatchesBatch, expectTalibParity, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { RSI, rsi, rsiLookback } from './rsi.js'

describe('rsi (TA-Lib RSI)', () => {
  it.each([14, 2, 5, 30])('matches TA-Lib on the parity files, period %i', (period) => {
    expectTalibParity('RSI', { optInTimePeriod: period }, (b) => rsi(b.close, { period }))
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = Float64Array.from(parityBars('GOOG.csv').close.slice(0, 200))
    close[50] = Number.NaN
    expectSeriesClose(rsi(close), talibRun('RSI', { inReal: close }, { optInTimePeriod: 14 }).outReal as Float64Array)
  })

  it('streams exactly like the batch', () => {
    const close = Array.from(parityBars('EURUSD.csv').close)
    expectStreamingMatchesBatch(() => new RSI({ period: 14 }), close, rsi(close, { period: 14 }))
  })

  it('reports the lookback and writes into out', () => {
    expect(rsiLookback()).toBe(14)
    const out = new Float64Array(20)
    const r = rsi(
      Array.from({ length: 20 }, (_, i) => i % 3),
      { period: 5, out },
    )
    expect(r).toBe(out)
  })

  it('returns empty or all-NaN output for short input', () => {
    expect(rsi([]).length).toBe(0)
    expect(Array.from(rsi([1, 2, 3]))).toEqual([Number.NaN, Number.NaN, Number.NaN])
  })

  it.each([1, 0, 2.5, Number.NaN])('rejects period %s naming the option', (period) => {
    try {
      rsi([1, 2, 3], { period })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.code === 'INVALID_ARGUMENT' && e.details.argument === 'period').toBe(true)
    }
    expect(() => new RSI({ period })).toThrow(/period/)
  })

  it('stays within [0, 100] on any positive prices (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 0, maxLength: 80 }), (input) => {
        for (const v of rsi(input, { period: 5 }))
          if (!Number.isNaN(v)) expect(v >= 0 - 1e-9 && v <= 100 + 1e-9).toBe(true)
      }),
    )
  })

  it('rejects an out buffer that is too short, naming it', () => {
    expect(() => rsi([1, 2, 3], { out: new Float64Array(2) })).toThrow(/"out"/)
  })
})
