import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { APO, apo, apoLookback } from './apo.js'

describe('apo (TA-Lib APO)', () => {
  it('matches TA-Lib on the parity files with {}', () => {
    expectTalibParity('APO', { optInFastPeriod: 12, optInSlowPeriod: 26, optInMAType: 0 }, (b) => apo(b.close, {}))
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 12, slowPeriod: 26, maType: 1 }', () => {
    expectTalibParity('APO', { optInFastPeriod: 12, optInSlowPeriod: 26, optInMAType: 1 }, (b) =>
      apo(b.close, { fastPeriod: 12, slowPeriod: 26, maType: 1 }),
    )
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 5, slowPeriod: 35, maType: 2 }', () => {
    expectTalibParity('APO', { optInFastPeriod: 5, optInSlowPeriod: 35, optInMAType: 2 }, (b) =>
      apo(b.close, { fastPeriod: 5, slowPeriod: 35, maType: 2 }),
    )
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 26, slowPeriod: 10, maType: 3 }', () => {
    expectTalibParity('APO', { optInFastPeriod: 26, optInSlowPeriod: 10, optInMAType: 3 }, (b) =>
      apo(b.close, { fastPeriod: 26, slowPeriod: 10, maType: 3 }),
    )
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 3, slowPeriod: 8, maType: 5 }', () => {
    expectTalibParity('APO', { optInFastPeriod: 3, optInSlowPeriod: 8, optInMAType: 5 }, (b) =>
      apo(b.close, { fastPeriod: 3, slowPeriod: 8, maType: 5 }),
    )
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 10, slowPeriod: 20, maType: 6 }', () => {
    expectTalibParity('APO', { optInFastPeriod: 10, optInSlowPeriod: 20, optInMAType: 6 }, (b) =>
      apo(b.close, { fastPeriod: 10, slowPeriod: 20, maType: 6 }),
    )
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 5, slowPeriod: 9, maType: 8 }', () => {
    expectTalibParity('APO', { optInFastPeriod: 5, optInSlowPeriod: 9, optInMAType: 8 }, (b) =>
      apo(b.close, { fastPeriod: 5, slowPeriod: 9, maType: 8 }),
    )
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 2, slowPeriod: 2, maType: 4 }', () => {
    expectTalibParity('APO', { optInFastPeriod: 2, optInSlowPeriod: 2, optInMAType: 4 }, (b) =>
      apo(b.close, { fastPeriod: 2, slowPeriod: 2, maType: 4 }),
    )
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('GOOG.csv').close.slice(0, 300)
    close[100] = Number.NaN
    expectOutputsClose(
      apo(close, {}),
      talibRun('APO', { inReal: close }, { optInFastPeriod: 12, optInSlowPeriod: 26, optInMAType: 0 }),
    )
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = Array.from(b.close)
      expectStreamingMatchesBatch(
        () => new APO({ fastPeriod: 10, slowPeriod: 21, maType: 1 }),
        inputs,
        apo(b.close, { fastPeriod: 10, slowPeriod: 21, maType: 1 }),
        [''],
      )
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(apo([]).length).toBe(0)
    expect(apoLookback({ fastPeriod: 3, slowPeriod: 10 })).toBe(9)
  })

  it('rejects fastPeriod = 1 naming the option', () => {
    try {
      apo([1, 2, 3], { ...{}, fastPeriod: 1 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'fastPeriod').toBe(true)
    }
  })

  it('rejects maType = 9 naming the option', () => {
    try {
      apo([1, 2, 3], { ...{}, maType: 9 as never })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'maType').toBe(true)
    }
  })

  it('rejects slowPeriod = 1.5 naming the option', () => {
    try {
      apo([1, 2, 3], { ...{}, slowPeriod: 1.5 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'slowPeriod').toBe(true)
    }
  })

  it('matches TA-Lib with MAMA (type 7) averages', () => {
    expectTalibParity('APO', { optInFastPeriod: 12, optInSlowPeriod: 26, optInMAType: 7 }, (b) =>
      apo(b.close, { maType: 7 }),
    )
  })
})
