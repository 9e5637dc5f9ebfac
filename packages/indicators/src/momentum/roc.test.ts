import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { expectStreamingMatchesBatch, expectTalibParity, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { ROC, roc, rocLookback } from './roc.js'

describe('roc (TA-Lib ROC)', () => {
  it.each([10, 1, 2, 25])('matches TA-Lib on the parity files, period %i', (period) => {
    expectTalibParity('ROC', { optInTimePeriod: period }, (b) => roc(b.close, { period }))
  })

  it('matches TA-Lib on NaN inside the input and on zero prices', () => {
    const close = Float64Array.from(parityBars('GOOG.csv').close.slice(0, 100))
    close[30] = Number.NaN
    close[60] = 0
    expectSeriesClose(roc(close), talibRun('ROC', { inReal: close }, { optInTimePeriod: 10 }).outReal as Float64Array)
  })

  it('streams exactly like the batch', () => {
    const close = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close.slice(0, 3000))
    expectStreamingMatchesBatch(() => new ROC({ period: 10 }), close, roc(close, { period: 10 }))
  })

  it('handles empty and short input', () => {
    expect(roc([]).length).toBe(0)
    expect(rocLookback({ period: 3 })).toBe(3)
    expect(Number.isNaN(roc([1, 2, 3], { period: 3 })[2])).toBe(true)
  })

  it.each([0, -1, 1.5])('rejects period %s naming the option', (period) => {
    try {
      roc([1, 2, 3], { period })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
