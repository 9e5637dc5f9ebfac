import { isAitradeError } from '@aitrade/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { barList, expectStreamingMatchesBatch, expectTalibParity, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { ADX, adx, adxLookback } from './adx.js'

describe('adx (TA-Lib ADX)', () => {
  it.each([14, 2, 5, 30])('matches TA-Lib on the parity files, period %i', (period) => {
    expectTalibParity('ADX', { optInTimePeriod: period }, (b) => adx(b, { period }))
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const b = parityBars('GOOG.csv')
    const high = b.high.slice(0, 150)
    const low = b.low.slice(0, 150)
    const close = b.close.slice(0, 150)
    high[70] = Number.NaN
    expectSeriesClose(
      adx({ high, low, close }),
      talibRun('ADX', { high, low, close }, { optInTimePeriod: 14 }).outReal as Float64Array,
    )
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('EURUSD.csv')
    expectStreamingMatchesBatch(() => new ADX({ period: 14 }), barList(b), adx(b, { period: 14 }))
  })

  it('handles empty input and reports the lookback', () => {
    expect(adx({ high: [], low: [], close: [] }).length).toBe(0)
    expect(adxLookback({ period: 5 })).toBe(9)
  })

  it('names the field whose length differs', () => {
    expect(() => adx({ high: [1, 2, 3], low: [1, 2], close: [1, 2, 3] })).toThrow(/bars\.low/)
  })

  it.each([1, 2.5])('rejects period %s naming the option', (period) => {
    try {
      adx({ high: [1, 2], low: [1, 2], close: [1, 2] }, { period })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })

  it('stays within [0, 100] on any positive bars (property)', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.tuple(
              fc.double({ min: 1, max: 1000, noNaN: true }),
              fc.double({ min: 0, max: 1, noNaN: true }),
              fc.double({ min: 0, max: 1, noNaN: true }),
            ),
            { maxLength: 80 },
          )
          .map((rows) => ({
            high: rows.map(([p, a]) => p * (1 + a / 10)),
            low: rows.map(([p, , b]) => p * (1 - b / 10)),
            close: rows.map(([p, a, b]) => p * (1 + (a - b) / 20)),
            volume: rows.map(([, a]) => 1000 * (1 + a)),
          })),
        (input) => {
          for (const v of adx(input, { period: 5 }))
            if (!Number.isNaN(v)) expect(v >= 0 - 1e-9 && v <= 100 + 1e-9).toBe(true)
        },
      ),
    )
  })
})
