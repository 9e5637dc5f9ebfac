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
import { STOCH, stoch, stochLookback } from './stoch.js'

describe('stoch (TA-Lib STOCH)', () => {
  it('matches TA-Lib on the parity files with {}', () => {
    expectTalibParity(
      'STOCH',
      { optInFastK_Period: 5, optInSlowK_Period: 3, optInSlowK_MAType: 0, optInSlowD_Period: 3, optInSlowD_MAType: 0 },
      (b) => stoch(b, {}),
      { slowK: 'outSlowK', slowD: 'outSlowD' },
    )
  })

  it('matches TA-Lib on the parity files with { fastKPeriod: 14, slowKPeriod: 3, slowKMaType: 1, slowDPeriod: 3, slowDMaType: 1 }', () => {
    expectTalibParity(
      'STOCH',
      { optInFastK_Period: 14, optInSlowK_Period: 3, optInSlowK_MAType: 1, optInSlowD_Period: 3, optInSlowD_MAType: 1 },
      (b) => stoch(b, { fastKPeriod: 14, slowKPeriod: 3, slowKMaType: 1, slowDPeriod: 3, slowDMaType: 1 }),
      { slowK: 'outSlowK', slowD: 'outSlowD' },
    )
  })

  it('matches TA-Lib on the parity files with { fastKPeriod: 1, slowKPeriod: 1, slowKMaType: 0, slowDPeriod: 1, slowDMaType: 0 }', () => {
    expectTalibParity(
      'STOCH',
      { optInFastK_Period: 1, optInSlowK_Period: 1, optInSlowK_MAType: 0, optInSlowD_Period: 1, optInSlowD_MAType: 0 },
      (b) => stoch(b, { fastKPeriod: 1, slowKPeriod: 1, slowKMaType: 0, slowDPeriod: 1, slowDMaType: 0 }),
      { slowK: 'outSlowK', slowD: 'outSlowD' },
    )
  })

  it('matches TA-Lib on the parity files with { fastKPeriod: 21, slowKPeriod: 5, slowKMaType: 2, slowDPeriod: 4, slowDMaType: 3 }', () => {
    expectTalibParity(
      'STOCH',
      { optInFastK_Period: 21, optInSlowK_Period: 5, optInSlowK_MAType: 2, optInSlowD_Period: 4, optInSlowD_MAType: 3 },
      (b) => stoch(b, { fastKPeriod: 21, slowKPeriod: 5, slowKMaType: 2, slowDPeriod: 4, slowDMaType: 3 }),
      { slowK: 'outSlowK', slowD: 'outSlowD' },
    )
  })

  it('matches TA-Lib on the parity files with { fastKPeriod: 9, slowKPeriod: 3, slowKMaType: 5, slowDPeriod: 5, slowDMaType: 6 }', () => {
    expectTalibParity(
      'STOCH',
      { optInFastK_Period: 9, optInSlowK_Period: 3, optInSlowK_MAType: 5, optInSlowD_Period: 5, optInSlowD_MAType: 6 },
      (b) => stoch(b, { fastKPeriod: 9, slowKPeriod: 3, slowKMaType: 5, slowDPeriod: 5, slowDMaType: 6 }),
      { slowK: 'outSlowK', slowD: 'outSlowD' },
    )
  })

  it('matches TA-Lib on the parity files with { fastKPeriod: 5, slowKPeriod: 4, slowKMaType: 8, slowDPeriod: 2, slowDMaType: 4 }', () => {
    expectTalibParity(
      'STOCH',
      { optInFastK_Period: 5, optInSlowK_Period: 4, optInSlowK_MAType: 8, optInSlowD_Period: 2, optInSlowD_MAType: 4 },
      (b) => stoch(b, { fastKPeriod: 5, slowKPeriod: 4, slowKMaType: 8, slowDPeriod: 2, slowDMaType: 4 }),
      { slowK: 'outSlowK', slowD: 'outSlowD' },
    )
  })

  it('matches TA-Lib on the parity files with { fastKPeriod: 30, slowKPeriod: 10, slowKMaType: 0, slowDPeriod: 10, slowDMaType: 1 }', () => {
    expectTalibParity(
      'STOCH',
      {
        optInFastK_Period: 30,
        optInSlowK_Period: 10,
        optInSlowK_MAType: 0,
        optInSlowD_Period: 10,
        optInSlowD_MAType: 1,
      },
      (b) => stoch(b, { fastKPeriod: 30, slowKPeriod: 10, slowKMaType: 0, slowDPeriod: 10, slowDMaType: 1 }),
      { slowK: 'outSlowK', slowD: 'outSlowD' },
    )
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const g = parityBars('GOOG.csv')
    const high = g.high.slice(0, 300)
    const low = g.low.slice(0, 300)
    const close = g.close.slice(0, 300)
    high[100] = Number.NaN
    expectOutputsClose(
      stoch({ high, low, close }, {}),
      talibRun(
        'STOCH',
        { high, low, close },
        {
          optInFastK_Period: 5,
          optInSlowK_Period: 3,
          optInSlowK_MAType: 0,
          optInSlowD_Period: 3,
          optInSlowD_MAType: 0,
        },
      ),
      { slowK: 'outSlowK', slowD: 'outSlowD' },
    )
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = barList(b)
      expectStreamingMatchesBatch(
        () => new STOCH({ fastKPeriod: 14, slowKPeriod: 3, slowKMaType: 1, slowDPeriod: 4, slowDMaType: 2 }),
        inputs,
        stoch(b, { fastKPeriod: 14, slowKPeriod: 3, slowKMaType: 1, slowDPeriod: 4, slowDMaType: 2 }),
        ['slowK', 'slowD'],
      )
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(stoch({ high: [], low: [], close: [] }).slowK.length).toBe(0)
    expect(stochLookback({ fastKPeriod: 5, slowKPeriod: 3, slowDPeriod: 3 })).toBe(8)
  })

  it('names the field whose length differs', () => {
    expect(() => stoch({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2] })).toThrow(/bars\.close/)
  })

  it('rejects fastKPeriod = 0 naming the option', () => {
    try {
      stoch({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3] }, { ...{}, fastKPeriod: 0 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'fastKPeriod').toBe(true)
    }
  })

  it('rejects slowKMaType = 9 naming the option', () => {
    try {
      stoch({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3] }, { ...{}, slowKMaType: 9 as never })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'slowKMaType').toBe(true)
    }
  })

  it('rejects slowDPeriod = 1.5 naming the option', () => {
    try {
      stoch({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3] }, { ...{}, slowDPeriod: 1.5 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'slowDPeriod').toBe(true)
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
          for (const v of [...stoch(input, { fastKPeriod: 5 }).slowK, ...stoch(input, { fastKPeriod: 5 }).slowD])
            if (!Number.isNaN(v)) expect(v >= 0 - 1e-9 && v <= 100 + 1e-9).toBe(true)
        },
      ),
    )
  })

  it('matches TA-Lib with MAMA (type 7) smoothing', () => {
    expectTalibParity(
      'STOCH',
      { optInFastK_Period: 14, optInSlowK_Period: 3, optInSlowK_MAType: 7, optInSlowD_Period: 3, optInSlowD_MAType: 7 },
      (b) => stoch(b, { fastKPeriod: 14, slowKMaType: 7, slowDMaType: 7 }),
      { slowK: 'outSlowK', slowD: 'outSlowD' },
    )
  })
})
