import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { MACDEXT, macdExt, macdExtLookback } from './macdExt.js'

describe('macdExt (TA-Lib MACDEXT)', () => {
  it('matches TA-Lib on the parity files with {}', () => {
    expectTalibParity(
      'MACDEXT',
      {
        optInFastPeriod: 12,
        optInFastMAType: 0,
        optInSlowPeriod: 26,
        optInSlowMAType: 0,
        optInSignalPeriod: 9,
        optInSignalMAType: 0,
      },
      (b) => macdExt(b.close, {}),
      { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    )
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 12, slowPeriod: 26, signalPeriod: 9, fastMaType: 1, slowMaType: 1, signalMaType: 1 }', () => {
    expectTalibParity(
      'MACDEXT',
      {
        optInFastPeriod: 12,
        optInFastMAType: 1,
        optInSlowPeriod: 26,
        optInSlowMAType: 1,
        optInSignalPeriod: 9,
        optInSignalMAType: 1,
      },
      (b) =>
        macdExt(b.close, {
          fastPeriod: 12,
          slowPeriod: 26,
          signalPeriod: 9,
          fastMaType: 1,
          slowMaType: 1,
          signalMaType: 1,
        }),
      { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    )
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 5, slowPeriod: 35, signalPeriod: 5, fastMaType: 2, slowMaType: 3, signalMaType: 4 }', () => {
    expectTalibParity(
      'MACDEXT',
      {
        optInFastPeriod: 5,
        optInFastMAType: 2,
        optInSlowPeriod: 35,
        optInSlowMAType: 3,
        optInSignalPeriod: 5,
        optInSignalMAType: 4,
      },
      (b) =>
        macdExt(b.close, {
          fastPeriod: 5,
          slowPeriod: 35,
          signalPeriod: 5,
          fastMaType: 2,
          slowMaType: 3,
          signalMaType: 4,
        }),
      { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    )
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 26, slowPeriod: 10, signalPeriod: 3, fastMaType: 5, slowMaType: 6, signalMaType: 8 }', () => {
    expectTalibParity(
      'MACDEXT',
      {
        optInFastPeriod: 26,
        optInFastMAType: 5,
        optInSlowPeriod: 10,
        optInSlowMAType: 6,
        optInSignalPeriod: 3,
        optInSignalMAType: 8,
      },
      (b) =>
        macdExt(b.close, {
          fastPeriod: 26,
          slowPeriod: 10,
          signalPeriod: 3,
          fastMaType: 5,
          slowMaType: 6,
          signalMaType: 8,
        }),
      { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    )
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 3, slowPeriod: 8, signalPeriod: 1, fastMaType: 1, slowMaType: 0, signalMaType: 2 }', () => {
    expectTalibParity(
      'MACDEXT',
      {
        optInFastPeriod: 3,
        optInFastMAType: 1,
        optInSlowPeriod: 8,
        optInSlowMAType: 0,
        optInSignalPeriod: 1,
        optInSignalMAType: 2,
      },
      (b) =>
        macdExt(b.close, {
          fastPeriod: 3,
          slowPeriod: 8,
          signalPeriod: 1,
          fastMaType: 1,
          slowMaType: 0,
          signalMaType: 2,
        }),
      { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    )
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 10, slowPeriod: 20, signalPeriod: 4, fastMaType: 8, slowMaType: 2, signalMaType: 6 }', () => {
    expectTalibParity(
      'MACDEXT',
      {
        optInFastPeriod: 10,
        optInFastMAType: 8,
        optInSlowPeriod: 20,
        optInSlowMAType: 2,
        optInSignalPeriod: 4,
        optInSignalMAType: 6,
      },
      (b) =>
        macdExt(b.close, {
          fastPeriod: 10,
          slowPeriod: 20,
          signalPeriod: 4,
          fastMaType: 8,
          slowMaType: 2,
          signalMaType: 6,
        }),
      { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    )
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('GOOG.csv').close.slice(0, 300)
    close[100] = Number.NaN
    expectOutputsClose(
      macdExt(close, {}),
      talibRun(
        'MACDEXT',
        { inReal: close },
        {
          optInFastPeriod: 12,
          optInFastMAType: 0,
          optInSlowPeriod: 26,
          optInSlowMAType: 0,
          optInSignalPeriod: 9,
          optInSignalMAType: 0,
        },
      ),
      { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    )
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = Array.from(b.close)
      expectStreamingMatchesBatch(
        () => new MACDEXT({ fastMaType: 1, slowMaType: 3, signalMaType: 2 }),
        inputs,
        macdExt(b.close, { fastMaType: 1, slowMaType: 3, signalMaType: 2 }),
        ['macd', 'signal', 'histogram'],
      )
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(macdExt([]).macd.length).toBe(0)
    expect(macdExtLookback({ fastPeriod: 3, slowPeriod: 10, signalPeriod: 4 })).toBe(12)
  })

  it('rejects fastPeriod = 1 naming the option', () => {
    try {
      macdExt([1, 2, 3], { ...{}, fastPeriod: 1 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'fastPeriod').toBe(true)
    }
  })

  it('rejects signalMaType = 9 naming the option', () => {
    try {
      macdExt([1, 2, 3], { ...{}, signalMaType: 9 as never })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'signalMaType').toBe(true)
    }
  })

  it('rejects slowMaType = 1.5 naming the option', () => {
    try {
      macdExt([1, 2, 3], { ...{}, slowMaType: 1.5 as never })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'slowMaType').toBe(true)
    }
  })

  it.each([
    [7, 0, 0, 12, 34],
    [0, 7, 7, 12, 26],
    [8, 7, 1, 5, 30],
  ])('matches TA-Lib with MAMA (type 7) among the averages: fast %i slow %i signal %i', (f, s, g, fp, sp) => {
    const opts = { fastPeriod: fp, slowPeriod: sp, fastMaType: f, slowMaType: s, signalMaType: g } as const
    expectTalibParity(
      'MACDEXT',
      {
        optInFastPeriod: fp,
        optInFastMAType: f,
        optInSlowPeriod: sp,
        optInSlowMAType: s,
        optInSignalPeriod: 9,
        optInSignalMAType: g,
      },
      (b) => macdExt(b.close, opts as never),
      { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    )
  })
})
