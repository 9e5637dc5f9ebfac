import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { TRIX, trix, trixLookback } from './trix.js'

describe('trix (TA-Lib TRIX)', () => {
  it('matches TA-Lib on the parity files with {}', () => {
    expectTalibParity('TRIX', { optInTimePeriod: 30 }, (b) => trix(b.close, {}))
  })

  it('matches TA-Lib on the parity files with { period: 2 }', () => {
    expectTalibParity('TRIX', { optInTimePeriod: 2 }, (b) => trix(b.close, { period: 2 }))
  })

  it('matches TA-Lib on the parity files with { period: 5 }', () => {
    expectTalibParity('TRIX', { optInTimePeriod: 5 }, (b) => trix(b.close, { period: 5 }))
  })

  it('matches TA-Lib on the parity files with { period: 15 }', () => {
    expectTalibParity('TRIX', { optInTimePeriod: 15 }, (b) => trix(b.close, { period: 15 }))
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('GOOG.csv').close.slice(0, 300)
    close[100] = Number.NaN
    expectOutputsClose(trix(close, {}), talibRun('TRIX', { inReal: close }, { optInTimePeriod: 30 }))
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = Array.from(b.close)
      expectStreamingMatchesBatch(() => new TRIX({ period: 15 }), inputs, trix(b.close, { period: 15 }), [''])
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(trix([]).length).toBe(0)
    expect(trixLookback({ period: 5 })).toBe(13)
  })

  it('rejects period = 0 naming the option', () => {
    try {
      trix([1, 2, 3], { ...{}, period: 0 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })

  it('rejects period = 1.5 naming the option', () => {
    try {
      trix([1, 2, 3], { ...{}, period: 1.5 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })

  it('with period 1 is the 1-bar TA-Lib ROC of the price', () => {
    const close = parityBars('GOOG.csv').close
    expectOutputsClose(trix(close, { period: 1 }), talibRun('ROC', { inReal: close }, { optInTimePeriod: 1 }))
  })
})
