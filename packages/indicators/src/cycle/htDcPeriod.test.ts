import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { HT_DCPERIOD, htDcPeriod, htDcPeriodLookback } from './htDcPeriod.js'

describe('htDcPeriod (TA-Lib HT_DCPERIOD)', () => {
  it('matches TA-Lib on the parity files', () => {
    expectTalibParity('HT_DCPERIOD', {}, (b) => htDcPeriod(b.close), { '': 'outReal' })
  })

  it('matches TA-Lib on other price inputs (high, low)', () => {
    const b = parityBars('GOOG.csv')
    for (const series of [b.high, b.low]) {
      expectOutputsClose(htDcPeriod(series), talibRun('HT_DCPERIOD', { inReal: series }), { '': 'outReal' })
    }
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('EURUSD.csv').close.slice(0, 300)
    close[120] = Number.NaN
    expectOutputsClose(htDcPeriod(close), talibRun('HT_DCPERIOD', { inReal: close }), { '': 'outReal' })
  })

  it('streams exactly like the batch', () => {
    const close = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close.slice(0, 4000))
    expectStreamingMatchesBatch(() => new HT_DCPERIOD(), close, htDcPeriod(close), [''])
  })

  it('handles empty and short input', () => {
    expect(htDcPeriod([]).length).toBe(0)
    expect(htDcPeriodLookback()).toBe(32)
    expect(htDcPeriod([1, 2, 3]).length).toBe(3)
  })

  it('rejects a non-array input naming it', () => {
    expect(() => htDcPeriod(undefined as unknown as number[])).toThrow(/values/)
  })
})
