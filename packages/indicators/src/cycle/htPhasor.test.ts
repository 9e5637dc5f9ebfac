import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { HT_PHASOR, htPhasor, htPhasorLookback } from './htPhasor.js'

describe('htPhasor (TA-Lib HT_PHASOR)', () => {
  it('matches TA-Lib on the parity files', () => {
    expectTalibParity('HT_PHASOR', {}, (b) => htPhasor(b.close), { inPhase: 'outInPhase', quadrature: 'outQuadrature' })
  })

  it('matches TA-Lib on other price inputs (high, low)', () => {
    const b = parityBars('GOOG.csv')
    for (const series of [b.high, b.low]) {
      expectOutputsClose(htPhasor(series), talibRun('HT_PHASOR', { inReal: series }), {
        inPhase: 'outInPhase',
        quadrature: 'outQuadrature',
      })
    }
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('EURUSD.csv').close.slice(0, 300)
    close[120] = Number.NaN
    expectOutputsClose(htPhasor(close), talibRun('HT_PHASOR', { inReal: close }), {
      inPhase: 'outInPhase',
      quadrature: 'outQuadrature',
    })
  })

  it('streams exactly like the batch', () => {
    const close = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close.slice(0, 4000))
    expectStreamingMatchesBatch(() => new HT_PHASOR(), close, htPhasor(close), ['inPhase', 'quadrature'])
  })

  it('handles empty and short input', () => {
    expect(htPhasor([]).inPhase.length).toBe(0)
    expect(htPhasorLookback()).toBe(32)
    expect(htPhasor([1, 2, 3]).inPhase.length).toBe(3)
  })

  it('rejects a non-array input naming it', () => {
    expect(() => htPhasor(undefined as unknown as number[])).toThrow(/values/)
  })
})
