import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { barList, expectStreamingMatchesBatch, expectTalibParity, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { MINUS_DM, minusDm, minusDmLookback } from './minusDm.js'

describe('minusDm (TA-Lib MINUS_DM)', () => {
  it.each([14, 1, 2, 5, 30])('matches TA-Lib on the parity files, period %i', (period) => {
    expectTalibParity('MINUS_DM', { optInTimePeriod: period }, (b) => minusDm(b, { period }))
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const b = parityBars('GOOG.csv')
    const high = b.high.slice(0, 150)
    const low = b.low.slice(0, 150)
    const close = b.close.slice(0, 150)
    high[70] = Number.NaN
    expectSeriesClose(
      minusDm({ high, low }),
      talibRun('MINUS_DM', { high, low, close }, { optInTimePeriod: 14 }).outReal as Float64Array,
    )
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('EURUSD.csv')
    expectStreamingMatchesBatch(() => new MINUS_DM({ period: 14 }), barList(b), minusDm(b, { period: 14 }))
  })

  it('handles empty input and reports the lookback', () => {
    expect(minusDm({ high: [], low: [] }).length).toBe(0)
    expect(minusDmLookback({ period: 5 })).toBe(4)
  })

  it('names the field whose length differs', () => {
    expect(() => minusDm({ high: [1, 2, 3], low: [1, 2] })).toThrow(/bars\.low/)
  })

  it.each([0, 2.5])('rejects period %s naming the option', (period) => {
    try {
      minusDm({ high: [1, 2], low: [1, 2] }, { period })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
