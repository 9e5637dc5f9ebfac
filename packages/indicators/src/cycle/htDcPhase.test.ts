import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { HT_DCPHASE, htDcPhase, htDcPhaseLookback } from './htDcPhase.js'

describe('htDcPhase (TA-Lib HT_DCPHASE)', () => {
  it('matches TA-Lib on the parity files', () => {
    expectTalibParity('HT_DCPHASE', {}, (b) => htDcPhase(b.close), { '': 'outReal' })
  })

  it('matches TA-Lib on other price inputs (high, low)', () => {
    const b = parityBars('GOOG.csv')
    for (const series of [b.high, b.low]) {
      expectOutputsClose(htDcPhase(series), talibRun('HT_DCPHASE', { inReal: series }), { '': 'outReal' })
    }
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('EURUSD.csv').close.slice(0, 300)
    close[120] = Number.NaN
    expectOutputsClose(htDcPhase(close), talibRun('HT_DCPHASE', { inReal: close }), { '': 'outReal' })
  })

  it('streams exactly like the batch', () => {
    const close = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close.slice(0, 4000))
    expectStreamingMatchesBatch(() => new HT_DCPHASE(), close, htDcPhase(close), [''])
  })

  it('handles empty and short input', () => {
    expect(htDcPhase([]).length).toBe(0)
    expect(htDcPhaseLookback()).toBe(63)
    expect(htDcPhase([1, 2, 3]).length).toBe(3)
  })

  it('rejects a non-array input naming it', () => {
    expect(() => htDcPhase(undefined as unknown as number[])).toThrow(/values/)
  })
})
