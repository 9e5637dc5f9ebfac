import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { MAMA, mama, mamaLookback } from './mama.js'

const OUT = { mama: 'outMAMA', fama: 'outFAMA' }

describe('mama (TA-Lib MAMA)', () => {
  it.each([
    [0.5, 0.05],
    [0.9, 0.1],
    [0.2, 0.01],
    [0.99, 0.99],
  ])('matches TA-Lib on the parity files, fastLimit %f slowLimit %f', (fastLimit, slowLimit) => {
    expectTalibParity(
      'MAMA',
      { optInFastLimit: fastLimit, optInSlowLimit: slowLimit },
      (b) => mama(b.close, { fastLimit, slowLimit }),
      OUT,
    )
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('GOOG.csv').close.slice(0, 200)
    close[100] = Number.NaN
    expectOutputsClose(
      mama(close),
      talibRun('MAMA', { inReal: close }, { optInFastLimit: 0.5, optInSlowLimit: 0.05 }),
      OUT,
    )
  })

  it('streams exactly like the batch', () => {
    const close = Array.from(parityBars('EURUSD.csv').close)
    expectStreamingMatchesBatch(() => new MAMA(), close, mama(close), ['mama', 'fama'])
  })

  it('handles empty input and reports the lookback', () => {
    expect(mama([]).mama.length).toBe(0)
    expect(mamaLookback({ fastLimit: 0.3 })).toBe(32)
  })

  it.each([
    ['fastLimit', { fastLimit: 1 }],
    ['fastLimit', { fastLimit: Number.NaN }],
    ['slowLimit', { slowLimit: 0.001 }],
  ])('rejects %s out of [0.01, 0.99] naming it', (name, opts) => {
    try {
      mama([1, 2, 3], opts)
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === name).toBe(true)
    }
    expect(() => new MAMA(opts)).toThrow(name)
  })
})
