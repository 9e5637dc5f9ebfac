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
import { AROONOSC, aroonOsc, aroonOscLookback } from './aroonOsc.js'

describe('aroonOsc (TA-Lib AROONOSC)', () => {
  it('matches TA-Lib on the parity files with { period: 14 }', () => {
    expectTalibParity('AROONOSC', { optInTimePeriod: 14 }, (b) => aroonOsc(b, { period: 14 }))
  })

  it('matches TA-Lib on the parity files with { period: 2 }', () => {
    expectTalibParity('AROONOSC', { optInTimePeriod: 2 }, (b) => aroonOsc(b, { period: 2 }))
  })

  it('matches TA-Lib on the parity files with { period: 50 }', () => {
    expectTalibParity('AROONOSC', { optInTimePeriod: 50 }, (b) => aroonOsc(b, { period: 50 }))
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const g = parityBars('GOOG.csv')
    const high = g.high.slice(0, 300)
    const low = g.low.slice(0, 300)
    high[100] = Number.NaN
    expectOutputsClose(
      aroonOsc({ high, low }, { period: 14 }),
      talibRun('AROONOSC', { high, low }, { optInTimePeriod: 14 }),
    )
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = barList(b)
      expectStreamingMatchesBatch(() => new AROONOSC({ period: 14 }), inputs, aroonOsc(b, { period: 14 }), [''])
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(aroonOsc({ high: [], low: [] }).length).toBe(0)
    expect(aroonOscLookback({ period: 5 })).toBe(5)
  })

  it('names the field whose length differs', () => {
    expect(() => aroonOsc({ high: [1, 2, 3], low: [1, 2] })).toThrow(/bars\.low/)
  })

  it('rejects period = 1 naming the option', () => {
    try {
      aroonOsc({ high: [1, 2, 3], low: [1, 2, 3] }, { ...{}, period: 1 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })

  it('rejects period = 3.5 naming the option', () => {
    try {
      aroonOsc({ high: [1, 2, 3], low: [1, 2, 3] }, { ...{}, period: 3.5 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
