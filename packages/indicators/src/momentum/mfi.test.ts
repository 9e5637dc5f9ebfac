import { isAitradeError } from '@aitrade/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  barList,
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { MFI, mfi, mfiLookback } from './mfi.js'

describe('mfi (TA-Lib MFI)', () => {
  it('matches TA-Lib on the parity files with { period: 14 }', () => {
    expectTalibParity('MFI', { optInTimePeriod: 14 }, (b) => mfi(b, { period: 14 }))
  })

  it('matches TA-Lib on the parity files with { period: 2 }', () => {
    expectTalibParity('MFI', { optInTimePeriod: 2 }, (b) => mfi(b, { period: 2 }))
  })

  it('matches TA-Lib on the parity files with { period: 30 }', () => {
    expectTalibParity('MFI', { optInTimePeriod: 30 }, (b) => mfi(b, { period: 30 }))
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const g = parityBars('GOOG.csv')
    const high = g.high.slice(0, 300)
    const low = g.low.slice(0, 300)
    const close = g.close.slice(0, 300)
    const volume = g.volume.slice(0, 300)
    volume[100] = Number.NaN
    expectOutputsClose(
      mfi({ high, low, close, volume }, { period: 14 }),
      talibRun('MFI', { high, low, close, volume }, { optInTimePeriod: 14 }),
    )
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = barList(b)
      expectStreamingMatchesBatch(() => new MFI({ period: 14 }), inputs, mfi(b, { period: 14 }), [''])
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(mfi({ high: [], low: [], close: [], volume: [] }).length).toBe(0)
    expect(mfiLookback({ period: 5 })).toBe(5)
  })

  it('names the field whose length differs', () => {
    expect(() => mfi({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3], volume: [1, 2] })).toThrow(/bars\.volume/)
  })

  it('rejects period = 1 naming the option', () => {
    try {
      mfi({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3], volume: [1, 2, 3] }, { ...{}, period: 1 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })

  it('rejects period = 3.5 naming the option', () => {
    try {
      mfi({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3], volume: [1, 2, 3] }, { ...{}, period: 3.5 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })

  it('stays within [0, 100] on any positive bars (property)', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.tuple(
              fc.double({ min: 1, max: 1000, noNaN: true }),
              fc.double({ min: 0, max: 1, noNaN: true }),
              fc.double({ min: 0, max: 1, noNaN: true }),
            ),
            { maxLength: 80 },
          )
          .map((rows) => ({
            high: rows.map(([p, a]) => p * (1 + a / 10)),
            low: rows.map(([p, , b]) => p * (1 - b / 10)),
            close: rows.map(([p, a, b]) => p * (1 + (a - b) / 20)),
            volume: rows.map(([, a]) => 1000 * (1 + a)),
          })),
        (input) => {
          for (const v of mfi(input, { period: 5 }))
            if (!Number.isNaN(v)) expect(v >= 0 - 1e-9 && v <= 100 + 1e-9).toBe(true)
        },
      ),
    )
  })
})
