import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { barList, expectStreamingMatchesBatch, expectTalibParity, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { PLUS_DM, plusDm, plusDmLookback } from './plusDm.js'

describe('plusDm (TA-Lib PLUS_DM)', () => {
  it.each([14, 1, 2, 5, 30])('matches TA-Lib on the parity files, period %i', (period) => {
    expectTalibParity('PLUS_DM', { optInTimePeriod: period }, (b) => plusDm(b, { period }))
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const b = parityBars('GOOG.csv')
    const high = b.high.slice(0, 150)
    const low = b.low.slice(0, 150)
    const close = b.close.slice(0, 150)
    high[70] = Number.NaN
    expectSeriesClose(
      plusDm({ high, low }),
      talibRun('PLUS_DM', { high, low, close }, { optInTimePeriod: 14 }).outReal as Float64Array,
    )
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('EURUSD.csv')
    expectStreamingMatchesBatch(() => new PLUS_DM({ period: 14 }), barList(b), plusDm(b, { period: 14 }))
  })

  it('handles empty input and reports the lookback', () => {
    expect(plusDm({ high: [], low: [] }).length).toBe(0)
    expect(plusDmLookback({ period: 5 })).toBe(4)
  })

  it('names the field whose length differs', () => {
    expect(() => plusDm({ high: [1, 2, 3], low: [1, 2] })).toThrow(/bars\.low/)
  })

  it.each([0, 2.5])('rejects period %s naming the option', (period) => {
    try {
      plusDm({ high: [1, 2], low: [1, 2] }, { period })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
