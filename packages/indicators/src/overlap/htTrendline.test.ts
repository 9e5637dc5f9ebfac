import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { HT_TRENDLINE, htTrendline, htTrendlineLookback } from './htTrendline.js'

describe('htTrendline (TA-Lib HT_TRENDLINE)', () => {
  it('matches TA-Lib on the parity files', () => {
    expectTalibParity('HT_TRENDLINE', {}, (b) => htTrendline(b.close), { '': 'outReal' })
  })

  it('matches TA-Lib on other price inputs (high, low)', () => {
    const b = parityBars('GOOG.csv')
    for (const series of [b.high, b.low]) {
      expectOutputsClose(htTrendline(series), talibRun('HT_TRENDLINE', { inReal: series }), { '': 'outReal' })
    }
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('EURUSD.csv').close.slice(0, 300)
    close[120] = Number.NaN
    expectOutputsClose(htTrendline(close), talibRun('HT_TRENDLINE', { inReal: close }), { '': 'outReal' })
  })

  it('streams exactly like the batch', () => {
    const close = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close.slice(0, 4000))
    expectStreamingMatchesBatch(() => new HT_TRENDLINE(), close, htTrendline(close), [''])
  })

  it('handles empty and short input', () => {
    expect(htTrendline([]).length).toBe(0)
    expect(htTrendlineLookback()).toBe(63)
    expect(htTrendline([1, 2, 3]).length).toBe(3)
  })

  it('rejects a non-array input naming it', () => {
    expect(() => htTrendline(undefined as unknown as number[])).toThrow(/values/)
  })
})
