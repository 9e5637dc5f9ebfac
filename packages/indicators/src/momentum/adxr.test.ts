import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import {
  barList,
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { ADXR, adxr, adxrLookback } from './adxr.js'

describe('adxr (TA-Lib ADXR)', () => {
  it('matches TA-Lib on the parity files with { period: 14 }', () => {
    expectTalibParity('ADXR', { optInTimePeriod: 14 }, (b) => adxr(b, { period: 14 }))
  })

  it('matches TA-Lib on the parity files with { period: 2 }', () => {
    expectTalibParity('ADXR', { optInTimePeriod: 2 }, (b) => adxr(b, { period: 2 }))
  })

  it('matches TA-Lib on the parity files with { period: 5 }', () => {
    expectTalibParity('ADXR', { optInTimePeriod: 5 }, (b) => adxr(b, { period: 5 }))
  })

  it('matches TA-Lib on the parity files with { period: 30 }', () => {
    expectTalibParity('ADXR', { optInTimePeriod: 30 }, (b) => adxr(b, { period: 30 }))
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const g = parityBars('GOOG.csv')
    const high = g.high.slice(0, 300)
    const low = g.low.slice(0, 300)
    const close = g.close.slice(0, 300)
    high[100] = Number.NaN
    expectOutputsClose(
      adxr({ high, low, close }, { period: 14 }),
      talibRun('ADXR', { high, low, close }, { optInTimePeriod: 14 }),
    )
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = barList(b)
      expectStreamingMatchesBatch(() => new ADXR({ period: 14 }), inputs, adxr(b, { period: 14 }), [''])
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(adxr({ high: [], low: [], close: [] }).length).toBe(0)
    expect(adxrLookback({ period: 5 })).toBe(13)
  })

  it('names the field whose length differs', () => {
    expect(() => adxr({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2] })).toThrow(/bars\.close/)
  })

  it('rejects period = 1 naming the option', () => {
    try {
      adxr({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3] }, { ...{}, period: 1 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })

  it('rejects period = 3.5 naming the option', () => {
    try {
      adxr({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3] }, { ...{}, period: 3.5 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
