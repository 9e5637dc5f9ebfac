import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { expectStreamingMatchesBatch, expectTalibParity, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { ROCR, rocr, rocrLookback } from './rocr.js'

describe('rocr (TA-Lib ROCR)', () => {
  it.each([10, 1, 2, 25])('matches TA-Lib on the parity files, period %i', (period) => {
    expectTalibParity('ROCR', { optInTimePeriod: period }, (b) => rocr(b.close, { period }))
  })

  it('matches TA-Lib on NaN inside the input and on zero prices', () => {
    const close = Float64Array.from(parityBars('GOOG.csv').close.slice(0, 100))
    close[30] = Number.NaN
    close[60] = 0
    expectSeriesClose(rocr(close), talibRun('ROCR', { inReal: close }, { optInTimePeriod: 10 }).outReal as Float64Array)
  })

  it('streams exactly like the batch', () => {
    const close = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close.slice(0, 3000))
    expectStreamingMatchesBatch(() => new ROCR({ period: 10 }), close, rocr(close, { period: 10 }))
  })

  it('handles empty and short input', () => {
    expect(rocr([]).length).toBe(0)
    expect(rocrLookback({ period: 3 })).toBe(3)
    expect(Number.isNaN(rocr([1, 2, 3], { period: 3 })[2])).toBe(true)
  })

  it.each([0, -1, 1.5])('rejects period %s naming the option', (period) => {
    try {
      rocr([1, 2, 3], { period })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
