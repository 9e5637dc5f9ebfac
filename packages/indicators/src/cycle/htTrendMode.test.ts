import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { HT_TRENDMODE, htTrendMode, htTrendModeLookback } from './htTrendMode.js'

describe('htTrendMode (TA-Lib HT_TRENDMODE)', () => {
  it('matches TA-Lib on the parity files', () => {
    expectTalibParity('HT_TRENDMODE', {}, (b) => htTrendMode(b.close), { '': 'outInteger' })
  })

  it('matches TA-Lib on other price inputs (high, low)', () => {
    const b = parityBars('GOOG.csv')
    for (const series of [b.high, b.low]) {
      expectOutputsClose(htTrendMode(series), talibRun('HT_TRENDMODE', { inReal: series }), { '': 'outInteger' })
    }
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('EURUSD.csv').close.slice(0, 300)
    close[120] = Number.NaN
    expectOutputsClose(htTrendMode(close), talibRun('HT_TRENDMODE', { inReal: close }), { '': 'outInteger' })
  })

  it('streams exactly like the batch', () => {
    const close = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close.slice(0, 4000))
    expectStreamingMatchesBatch(() => new HT_TRENDMODE(), close, htTrendMode(close), [''])
  })

  it('handles empty and short input', () => {
    expect(htTrendMode([]).length).toBe(0)
    expect(htTrendModeLookback()).toBe(63)
    expect(htTrendMode([1, 2, 3]).length).toBe(3)
  })

  it('rejects a non-array input naming it', () => {
    expect(() => htTrendMode(undefined as unknown as number[])).toThrow(/values/)
  })
})
