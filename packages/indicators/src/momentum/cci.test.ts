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
import { CCI, cci, cciLookback } from './cci.js'

describe('cci (TA-Lib CCI)', () => {
  it('matches TA-Lib on the parity files with { period: 14 }', () => {
    expectTalibParity('CCI', { optInTimePeriod: 14 }, (b) => cci(b, { period: 14 }))
  })

  it('matches TA-Lib on the parity files with { period: 2 }', () => {
    expectTalibParity('CCI', { optInTimePeriod: 2 }, (b) => cci(b, { period: 2 }))
  })

  it('matches TA-Lib on the parity files with { period: 20 }', () => {
    expectTalibParity('CCI', { optInTimePeriod: 20 }, (b) => cci(b, { period: 20 }))
  })

  it('matches TA-Lib on the parity files with { period: 100 }', () => {
    expectTalibParity('CCI', { optInTimePeriod: 100 }, (b) => cci(b, { period: 100 }))
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const g = parityBars('GOOG.csv')
    const high = g.high.slice(0, 300)
    const low = g.low.slice(0, 300)
    const close = g.close.slice(0, 300)
    high[100] = Number.NaN
    expectOutputsClose(
      cci({ high, low, close }, { period: 14 }),
      talibRun('CCI', { high, low, close }, { optInTimePeriod: 14 }),
    )
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = barList(b)
      expectStreamingMatchesBatch(() => new CCI({ period: 20 }), inputs, cci(b, { period: 20 }), [''])
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(cci({ high: [], low: [], close: [] }).length).toBe(0)
    expect(cciLookback({ period: 5 })).toBe(4)
  })

  it('names the field whose length differs', () => {
    expect(() => cci({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2] })).toThrow(/bars\.close/)
  })

  it('rejects period = 1 naming the option', () => {
    try {
      cci({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3] }, { ...{}, period: 1 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })

  it('rejects period = 3.5 naming the option', () => {
    try {
      cci({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3] }, { ...{}, period: 3.5 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
