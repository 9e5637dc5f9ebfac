import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { STOCHRSI, stochRsi, stochRsiLookback } from './stochRsi.js'

describe('stochRsi (TA-Lib STOCHRSI)', () => {
  it('matches TA-Lib on the parity files with {}', () => {
    expectTalibParity(
      'STOCHRSI',
      { optInTimePeriod: 14, optInFastK_Period: 5, optInFastD_Period: 3, optInFastD_MAType: 0 },
      (b) => stochRsi(b.close, {}),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib on the parity files with { period: 14, fastKPeriod: 14, fastDPeriod: 3, fastDMaType: 1 }', () => {
    expectTalibParity(
      'STOCHRSI',
      { optInTimePeriod: 14, optInFastK_Period: 14, optInFastD_Period: 3, optInFastD_MAType: 1 },
      (b) => stochRsi(b.close, { period: 14, fastKPeriod: 14, fastDPeriod: 3, fastDMaType: 1 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib on the parity files with { period: 2, fastKPeriod: 1, fastDPeriod: 1, fastDMaType: 0 }', () => {
    expectTalibParity(
      'STOCHRSI',
      { optInTimePeriod: 2, optInFastK_Period: 1, optInFastD_Period: 1, optInFastD_MAType: 0 },
      (b) => stochRsi(b.close, { period: 2, fastKPeriod: 1, fastDPeriod: 1, fastDMaType: 0 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib on the parity files with { period: 21, fastKPeriod: 5, fastDPeriod: 2, fastDMaType: 2 }', () => {
    expectTalibParity(
      'STOCHRSI',
      { optInTimePeriod: 21, optInFastK_Period: 5, optInFastD_Period: 2, optInFastD_MAType: 2 },
      (b) => stochRsi(b.close, { period: 21, fastKPeriod: 5, fastDPeriod: 2, fastDMaType: 2 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib on the parity files with { period: 9, fastKPeriod: 3, fastDPeriod: 5, fastDMaType: 5 }', () => {
    expectTalibParity(
      'STOCHRSI',
      { optInTimePeriod: 9, optInFastK_Period: 3, optInFastD_Period: 5, optInFastD_MAType: 5 },
      (b) => stochRsi(b.close, { period: 9, fastKPeriod: 3, fastDPeriod: 5, fastDMaType: 5 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib on the parity files with { period: 5, fastKPeriod: 4, fastDPeriod: 8, fastDMaType: 8 }', () => {
    expectTalibParity(
      'STOCHRSI',
      { optInTimePeriod: 5, optInFastK_Period: 4, optInFastD_Period: 8, optInFastD_MAType: 8 },
      (b) => stochRsi(b.close, { period: 5, fastKPeriod: 4, fastDPeriod: 8, fastDMaType: 8 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib on the parity files with { period: 30, fastKPeriod: 10, fastDPeriod: 6, fastDMaType: 3 }', () => {
    expectTalibParity(
      'STOCHRSI',
      { optInTimePeriod: 30, optInFastK_Period: 10, optInFastD_Period: 6, optInFastD_MAType: 3 },
      (b) => stochRsi(b.close, { period: 30, fastKPeriod: 10, fastDPeriod: 6, fastDMaType: 3 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('GOOG.csv').close.slice(0, 300)
    close[100] = Number.NaN
    expectOutputsClose(
      stochRsi(close, {}),
      talibRun(
        'STOCHRSI',
        { inReal: close },
        { optInTimePeriod: 14, optInFastK_Period: 5, optInFastD_Period: 3, optInFastD_MAType: 0 },
      ),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = Array.from(b.close)
      expectStreamingMatchesBatch(
        () => new STOCHRSI({ period: 14, fastKPeriod: 14, fastDPeriod: 3, fastDMaType: 1 }),
        inputs,
        stochRsi(b.close, { period: 14, fastKPeriod: 14, fastDPeriod: 3, fastDMaType: 1 }),
        ['fastK', 'fastD'],
      )
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(stochRsi([]).fastK.length).toBe(0)
    expect(stochRsiLookback({ period: 14, fastKPeriod: 5, fastDPeriod: 3 })).toBe(20)
  })

  it('rejects period = 1 naming the option', () => {
    try {
      stochRsi([1, 2, 3], { ...{}, period: 1 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })

  it('rejects fastKPeriod = 0 naming the option', () => {
    try {
      stochRsi([1, 2, 3], { ...{}, fastKPeriod: 0 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'fastKPeriod').toBe(true)
    }
  })

  it('rejects fastDMaType = 9 naming the option', () => {
    try {
      stochRsi([1, 2, 3], { ...{}, fastDMaType: 9 as never })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'fastDMaType').toBe(true)
    }
  })

  it('matches TA-Lib with MAMA (type 7) smoothing', () => {
    expectTalibParity(
      'STOCHRSI',
      { optInTimePeriod: 14, optInFastK_Period: 5, optInFastD_Period: 3, optInFastD_MAType: 7 },
      (b) => stochRsi(b.close, { fastDMaType: 7 }),
      { fastK: 'outFastK', fastD: 'outFastD' },
    )
  })
})
