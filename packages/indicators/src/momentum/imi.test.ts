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
import { IMI, imi, imiLookback } from './imi.js'

describe('imi (TA-Lib IMI)', () => {
  it('matches TA-Lib on the parity files with { period: 14 }', () => {
    expectTalibParity('IMI', { optInTimePeriod: 14 }, (b) => imi(b, { period: 14 }))
  })

  it('matches TA-Lib on the parity files with { period: 2 }', () => {
    expectTalibParity('IMI', { optInTimePeriod: 2 }, (b) => imi(b, { period: 2 }))
  })

  it('matches TA-Lib on the parity files with { period: 40 }', () => {
    expectTalibParity('IMI', { optInTimePeriod: 40 }, (b) => imi(b, { period: 40 }))
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const g = parityBars('GOOG.csv')
    const open = g.open.slice(0, 300)
    const close = g.close.slice(0, 300)
    open[100] = Number.NaN
    expectOutputsClose(imi({ open, close }, { period: 14 }), talibRun('IMI', { open, close }, { optInTimePeriod: 14 }))
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = barList(b)
      expectStreamingMatchesBatch(() => new IMI({ period: 14 }), inputs, imi(b, { period: 14 }), [''])
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(imi({ open: [], close: [] }).length).toBe(0)
    expect(imiLookback({ period: 5 })).toBe(4)
  })

  it('names the field whose length differs', () => {
    expect(() => imi({ open: [1, 2, 3], close: [1, 2] })).toThrow(/bars\.close/)
  })

  it('rejects period = 1 naming the option', () => {
    try {
      imi({ open: [1, 2, 3], close: [1, 2, 3] }, { ...{}, period: 1 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })

  it('rejects period = 3.5 naming the option', () => {
    try {
      imi({ open: [1, 2, 3], close: [1, 2, 3] }, { ...{}, period: 3.5 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
