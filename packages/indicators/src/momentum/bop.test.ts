import { describe, expect, it } from 'vitest'
import {
  barList,
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { BOP, bop, bopLookback } from './bop.js'

describe('bop (TA-Lib BOP)', () => {
  it('matches TA-Lib on the parity files with {}', () => {
    expectTalibParity('BOP', {}, (b) => bop(b, {}))
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const g = parityBars('GOOG.csv')
    const open = g.open.slice(0, 300)
    const high = g.high.slice(0, 300)
    const low = g.low.slice(0, 300)
    const close = g.close.slice(0, 300)
    high[100] = Number.NaN
    expectOutputsClose(bop({ open, high, low, close }, {}), talibRun('BOP', { open, high, low, close }, {}))
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = barList(b)
      expectStreamingMatchesBatch(() => new BOP(), inputs, bop(b), [''])
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(bop({ open: [], high: [], low: [], close: [] }).length).toBe(0)
    expect(bopLookback()).toBe(0)
  })

  it('names the field whose length differs', () => {
    expect(() => bop({ open: [1, 2, 3], high: [1, 2, 3], low: [1, 2, 3], close: [1, 2] })).toThrow(/bars\.close/)
  })
})
