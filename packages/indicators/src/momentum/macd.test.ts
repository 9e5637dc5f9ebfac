import { isAitradeError } from '@aitrade/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { MACD, macd, macdLookback } from './macd.js'

describe('macd (TA-Lib MACD)', () => {
  it('matches TA-Lib on the parity files with {}', () => {
    expectTalibParity(
      'MACD',
      { optInFastPeriod: 12, optInSlowPeriod: 26, optInSignalPeriod: 9 },
      (b) => macd(b.close, {}),
      { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    )
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 5, slowPeriod: 35, signalPeriod: 5 }', () => {
    expectTalibParity(
      'MACD',
      { optInFastPeriod: 5, optInSlowPeriod: 35, optInSignalPeriod: 5 },
      (b) => macd(b.close, { fastPeriod: 5, slowPeriod: 35, signalPeriod: 5 }),
      { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    )
  })

  it('with signalPeriod 1 matches the TA-Lib MACD line and makes the signal equal to it', () => {
    // TA-Lib 0.6 takes the lookback of a 1-period EMA as -1: it writes an uninitialised value on bar 24 and
    // shifts its signal line by two bars, so only its MACD line (bars 25 on) is an oracle here.
    for (const file of ['GOOG.csv', 'EURUSD.csv', 'Coinbase_BTCUSD_1h.csv'] as const) {
      const b = parityBars(file)
      const ours = macd(b.close, { fastPeriod: 26, slowPeriod: 12, signalPeriod: 1 })
      const want = talibRun(
        'MACD',
        { inReal: b.close },
        { optInFastPeriod: 26, optInSlowPeriod: 12, optInSignalPeriod: 1 },
      ).outMACD as Float64Array
      const n = b.close.length
      expect(Number.isNaN(ours.macd[24])).toBe(true)
      expectSeriesClose(ours.macd.subarray(25, n - 2), want.subarray(25, n - 2))
      expect(Array.from(ours.signal.subarray(25))).toEqual(Array.from(ours.macd.subarray(25)))
      expect(ours.histogram.subarray(25).every((h) => h === 0)).toBe(true)
    }
  })

  it('matches TA-Lib on the parity files with { fastPeriod: 2, slowPeriod: 2, signalPeriod: 2 }', () => {
    expectTalibParity(
      'MACD',
      { optInFastPeriod: 2, optInSlowPeriod: 2, optInSignalPeriod: 2 },
      (b) => macd(b.close, { fastPeriod: 2, slowPeriod: 2, signalPeriod: 2 }),
      { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    )
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('GOOG.csv').close.slice(0, 300)
    close[100] = Number.NaN
    expectOutputsClose(
      macd(close, {}),
      talibRun('MACD', { inReal: close }, { optInFastPeriod: 12, optInSlowPeriod: 26, optInSignalPeriod: 9 }),
      { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' },
    )
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = Array.from(b.close)
      expectStreamingMatchesBatch(() => new MACD({}), inputs, macd(b.close, {}), ['macd', 'signal', 'histogram'])
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(macd([]).macd.length).toBe(0)
    expect(macdLookback({ fastPeriod: 3, slowPeriod: 10, signalPeriod: 4 })).toBe(12)
  })

  it('rejects fastPeriod = 1 naming the option', () => {
    try {
      macd([1, 2, 3], { ...{}, fastPeriod: 1 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'fastPeriod').toBe(true)
    }
  })

  it('rejects slowPeriod = 2.5 naming the option', () => {
    try {
      macd([1, 2, 3], { ...{}, slowPeriod: 2.5 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'slowPeriod').toBe(true)
    }
  })

  it('rejects signalPeriod = 0 naming the option', () => {
    try {
      macd([1, 2, 3], { ...{}, signalPeriod: 0 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'signalPeriod').toBe(true)
    }
  })

  it('rejects a multi-output buffer that is too short, naming it', () => {
    expect(() => macd([1, 2, 3], { outSignal: new Float64Array(1) })).toThrow(/outSignal/)
  })

  it('has histogram = macd − signal exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 0, maxLength: 80 }), (input) => {
        const r = macd(input, { fastPeriod: 3, slowPeriod: 6, signalPeriod: 4 })
        r.histogram.forEach((h, i) => {
          if (!Number.isNaN(h)) expect(h).toBe((r.macd[i] as number) - (r.signal[i] as number))
        })
      }),
    )
  })
})
