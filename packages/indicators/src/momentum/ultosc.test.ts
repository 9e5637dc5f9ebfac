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
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { ULTOSC, ultosc, ultoscLookback } from './ultosc.js'

describe('ultosc (TA-Lib ULTOSC)', () => {
  it('matches TA-Lib on the parity files with {}', () => {
    expectTalibParity('ULTOSC', { optInTimePeriod1: 7, optInTimePeriod2: 14, optInTimePeriod3: 28 }, (b) =>
      ultosc(b, {}),
    )
  })

  it('matches TA-Lib with all windows 1 from bar 1 (TA-Lib reads before the array at bar 0)', () => {
    const b = parityBars('GOOG.csv')
    const ours = ultosc(b, { timePeriod1: 1, timePeriod2: 1, timePeriod3: 1 })
    const want = talibRun('ULTOSC', b, { optInTimePeriod1: 1, optInTimePeriod2: 1, optInTimePeriod3: 1 })
      .outReal as Float64Array
    expect(Number.isNaN(ours[0])).toBe(true)
    expectSeriesClose(ours.subarray(1), want.subarray(1))
  })

  it('matches TA-Lib on the parity files with { timePeriod1: 20, timePeriod2: 5, timePeriod3: 10 }', () => {
    expectTalibParity('ULTOSC', { optInTimePeriod1: 20, optInTimePeriod2: 5, optInTimePeriod3: 10 }, (b) =>
      ultosc(b, { timePeriod1: 20, timePeriod2: 5, timePeriod3: 10 }),
    )
  })

  it('matches TA-Lib on the parity files with { timePeriod1: 3, timePeriod2: 3, timePeriod3: 9 }', () => {
    expectTalibParity('ULTOSC', { optInTimePeriod1: 3, optInTimePeriod2: 3, optInTimePeriod3: 9 }, (b) =>
      ultosc(b, { timePeriod1: 3, timePeriod2: 3, timePeriod3: 9 }),
    )
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const g = parityBars('GOOG.csv')
    const high = g.high.slice(0, 300)
    const low = g.low.slice(0, 300)
    const close = g.close.slice(0, 300)
    high[100] = Number.NaN
    expectOutputsClose(
      ultosc({ high, low, close }, {}),
      talibRun('ULTOSC', { high, low, close }, { optInTimePeriod1: 7, optInTimePeriod2: 14, optInTimePeriod3: 28 }),
    )
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = barList(b)
      expectStreamingMatchesBatch(
        () => new ULTOSC({ timePeriod1: 5, timePeriod2: 12, timePeriod3: 7 }),
        inputs,
        ultosc(b, { timePeriod1: 5, timePeriod2: 12, timePeriod3: 7 }),
        [''],
      )
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(ultosc({ high: [], low: [], close: [] }).length).toBe(0)
    expect(ultoscLookback({ timePeriod2: 40 })).toBe(40)
  })

  it('names the field whose length differs', () => {
    expect(() => ultosc({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2] })).toThrow(/bars\.close/)
  })

  it('rejects timePeriod1 = 0 naming the option', () => {
    try {
      ultosc({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3] }, { ...{}, timePeriod1: 0 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'timePeriod1').toBe(true)
    }
  })

  it('rejects timePeriod3 = 2.5 naming the option', () => {
    try {
      ultosc({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3] }, { ...{}, timePeriod3: 2.5 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'timePeriod3').toBe(true)
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
          for (const v of ultosc(input, { timePeriod1: 2, timePeriod2: 4, timePeriod3: 8 }))
            if (!Number.isNaN(v)) expect(v >= 0 - 1e-9 && v <= 100 + 1e-9).toBe(true)
        },
      ),
    )
  })
})
