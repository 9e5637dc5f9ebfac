import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { barList, expectStreamingMatchesBatch, expectTalibParity, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { PLUS_DI, plusDi, plusDiLookback } from './plusDi.js'

describe('plusDi (TA-Lib PLUS_DI)', () => {
  it.each([14, 1, 2, 5, 30])('matches TA-Lib on the parity files, period %i', (period) => {
    expectTalibParity('PLUS_DI', { optInTimePeriod: period }, (b) => plusDi(b, { period }))
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const b = parityBars('GOOG.csv')
    const high = b.high.slice(0, 150)
    const low = b.low.slice(0, 150)
    const close = b.close.slice(0, 150)
    high[70] = Number.NaN
    expectSeriesClose(
      plusDi({ high, low, close }),
      talibRun('PLUS_DI', { high, low, close }, { optInTimePeriod: 14 }).outReal as Float64Array,
    )
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('EURUSD.csv')
    expectStreamingMatchesBatch(() => new PLUS_DI({ period: 14 }), barList(b), plusDi(b, { period: 14 }))
  })

  it('handles empty input and reports the lookback', () => {
    expect(plusDi({ high: [], low: [], close: [] }).length).toBe(0)
    expect(plusDiLookback({ period: 5 })).toBe(5)
  })

  it('names the field whose length differs', () => {
    expect(() => plusDi({ high: [1, 2, 3], low: [1, 2], close: [1, 2, 3] })).toThrow(/bars\.low/)
  })

  it.each([0, 2.5])('rejects period %s naming the option', (period) => {
    try {
      plusDi({ high: [1, 2], low: [1, 2], close: [1, 2] }, { period })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
