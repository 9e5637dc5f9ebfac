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
import { STOCHF, stochF, stochFLookback } from './stochF.js'

describe('stochF (TA-Lib STOCHF)', () => {
  it('matches TA-Lib on the parity files with {}', () => {
    expectTalibParity(
      'STOCHF',
      { optInFastK_Period: 5, optInFastD_Period: 3, optInFastD_MAType: 0 },
      (b) => stochF(b, {}),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib on the parity files with { fastKPeriod: 14, fastDPeriod: 3, fastDMaType: 1 }', () => {
    expectTalibParity(
      'STOCHF',
      { optInFastK_Period: 14, optInFastD_Period: 3, optInFastD_MAType: 1 },
      (b) => stochF(b, { fastKPeriod: 14, fastDPeriod: 3, fastDMaType: 1 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib on the parity files with { fastKPeriod: 1, fastDPeriod: 1, fastDMaType: 0 }', () => {
    expectTalibParity(
      'STOCHF',
      { optInFastK_Period: 1, optInFastD_Period: 1, optInFastD_MAType: 0 },
      (b) => stochF(b, { fastKPeriod: 1, fastDPeriod: 1, fastDMaType: 0 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib on the parity files with { fastKPeriod: 21, fastDPeriod: 5, fastDMaType: 2 }', () => {
    expectTalibParity(
      'STOCHF',
      { optInFastK_Period: 21, optInFastD_Period: 5, optInFastD_MAType: 2 },
      (b) => stochF(b, { fastKPeriod: 21, fastDPeriod: 5, fastDMaType: 2 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib on the parity files with { fastKPeriod: 9, fastDPeriod: 3, fastDMaType: 5 }', () => {
    expectTalibParity(
      'STOCHF',
      { optInFastK_Period: 9, optInFastD_Period: 3, optInFastD_MAType: 5 },
      (b) => stochF(b, { fastKPeriod: 9, fastDPeriod: 3, fastDMaType: 5 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib on the parity files with { fastKPeriod: 5, fastDPeriod: 4, fastDMaType: 8 }', () => {
    expectTalibParity(
      'STOCHF',
      { optInFastK_Period: 5, optInFastD_Period: 4, optInFastD_MAType: 8 },
      (b) => stochF(b, { fastKPeriod: 5, fastDPeriod: 4, fastDMaType: 8 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib on the parity files with { fastKPeriod: 30, fastDPeriod: 10, fastDMaType: 6 }', () => {
    expectTalibParity(
      'STOCHF',
      { optInFastK_Period: 30, optInFastD_Period: 10, optInFastD_MAType: 6 },
      (b) => stochF(b, { fastKPeriod: 30, fastDPeriod: 10, fastDMaType: 6 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const g = parityBars('GOOG.csv')
    const high = g.high.slice(0, 300)
    const low = g.low.slice(0, 300)
    const close = g.close.slice(0, 300)
    high[100] = Number.NaN
    expectOutputsClose(
      stochF({ high, low, close }, {}),
      talibRun('STOCHF', { high, low, close }, { optInFastK_Period: 5, optInFastD_Period: 3, optInFastD_MAType: 0 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = barList(b)
      expectStreamingMatchesBatch(
        () => new STOCHF({ fastKPeriod: 14, fastDPeriod: 3, fastDMaType: 1 }),
        inputs,
        stochF(b, { fastKPeriod: 14, fastDPeriod: 3, fastDMaType: 1 }),
        ['fastK', 'fastD'],
      )
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(stochF({ high: [], low: [], close: [] }).fastK.length).toBe(0)
    expect(stochFLookback({ fastKPeriod: 5, fastDPeriod: 3 })).toBe(6)
  })

  it('names the field whose length differs', () => {
    expect(() => stochF({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2] })).toThrow(/bars\.close/)
  })

  it('rejects fastKPeriod = 0 naming the option', () => {
    try {
      stochF({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3] }, { ...{}, fastKPeriod: 0 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'fastKPeriod').toBe(true)
    }
  })

  it('rejects fastDMaType = 9 naming the option', () => {
    try {
      stochF({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3] }, { ...{}, fastDMaType: 9 as never })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'fastDMaType').toBe(true)
    }
  })

  it('rejects fastDPeriod = 1.5 naming the option', () => {
    try {
      stochF({ high: [1, 2, 3], low: [1, 2, 3], close: [1, 2, 3] }, { ...{}, fastDPeriod: 1.5 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'fastDPeriod').toBe(true)
    }
  })

  it('matches TA-Lib with MAMA (type 7) smoothing', () => {
    expectTalibParity(
      'STOCHF',
      { optInFastK_Period: 14, optInFastD_Period: 3, optInFastD_MAType: 7 },
      (b) => stochF(b, { fastKPeriod: 14, fastDMaType: 7 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })
})
