import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { HT_SINE, htSine, htSineLookback } from './htSine.js'

describe('htSine (TA-Lib HT_SINE)', () => {
  it('matches TA-Lib on the parity files', () => {
    expectTalibParity('HT_SINE', {}, (b) => htSine(b.close), { sine: 'outSine', leadSine: 'outLeadSine' })
  })

  it('matches TA-Lib on other price inputs (high, low)', () => {
    const b = parityBars('GOOG.csv')
    for (const series of [b.high, b.low]) {
      expectOutputsClose(htSine(series), talibRun('HT_SINE', { inReal: series }), {
        sine: 'outSine',
        leadSine: 'outLeadSine',
      })
    }
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('EURUSD.csv').close.slice(0, 300)
    close[120] = Number.NaN
    expectOutputsClose(htSine(close), talibRun('HT_SINE', { inReal: close }), {
      sine: 'outSine',
      leadSine: 'outLeadSine',
    })
  })

  it('streams exactly like the batch', () => {
    const close = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close.slice(0, 4000))
    expectStreamingMatchesBatch(() => new HT_SINE(), close, htSine(close), ['sine', 'leadSine'])
  })

  it('handles empty and short input', () => {
    expect(htSine([]).sine.length).toBe(0)
    expect(htSineLookback()).toBe(63)
    expect(htSine([1, 2, 3]).sine.length).toBe(3)
  })

  it('rejects a non-array input naming it', () => {
    expect(() => htSine(undefined as unknown as number[])).toThrow(/values/)
  })
})
