import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import {
  expectOutputsClose,
  expectStreamingMatchesBatch,
  expectTalibParity,
  parityBars,
} from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { MACDFIX, macdFix, macdFixLookback } from './macdFix.js'

describe('macdFix (TA-Lib MACDFIX)', () => {
  it('matches TA-Lib on the parity files with {}', () => {
    expectTalibParity('MACDFIX', { optInSignalPeriod: 9 }, (b) => macdFix(b.close, {}), {
      macd: 'outMACD',
      signal: 'outMACDSignal',
      histogram: 'outMACDHist',
    })
  })

  it('with signalPeriod 1 matches the TA-Lib MACD line and makes the signal equal to it', () => {
    // TA-Lib 0.6 takes the lookback of a 1-period EMA as -1: it writes an uninitialised value on bar 24 and
    // shifts its signal line by two bars, so only its MACD line (bars 25 on) is an oracle here.
    for (const file of ['GOOG.csv', 'EURUSD.csv', 'Coinbase_BTCUSD_1h.csv'] as const) {
      const b = parityBars(file)
      const ours = macdFix(b.close, { signalPeriod: 1 })
      const want = talibRun('MACDFIX', { inReal: b.close }, { optInSignalPeriod: 1 }).outMACD as Float64Array
      const n = b.close.length
      expect(Number.isNaN(ours.macd[24])).toBe(true)
      expectSeriesClose(ours.macd.subarray(25, n - 2), want.subarray(25, n - 2))
      expect(Array.from(ours.signal.subarray(25))).toEqual(Array.from(ours.macd.subarray(25)))
      expect(ours.histogram.subarray(25).every((h) => h === 0)).toBe(true)
    }
  })

  it('matches TA-Lib on the parity files with { signalPeriod: 20 }', () => {
    expectTalibParity('MACDFIX', { optInSignalPeriod: 20 }, (b) => macdFix(b.close, { signalPeriod: 20 }), {
      macd: 'outMACD',
      signal: 'outMACDSignal',
      histogram: 'outMACDHist',
    })
  })

  it('matches TA-Lib when NaN sits inside the input', () => {
    const close = parityBars('GOOG.csv').close.slice(0, 300)
    close[100] = Number.NaN
    expectOutputsClose(macdFix(close, {}), talibRun('MACDFIX', { inReal: close }, { optInSignalPeriod: 9 }), {
      macd: 'outMACD',
      signal: 'outMACDSignal',
      histogram: 'outMACDHist',
    })
  })

  it('streams exactly like the batch', () => {
    for (const file of ['EURUSD.csv', 'GOOG.csv'] as const) {
      const b = parityBars(file)
      const inputs = Array.from(b.close)
      expectStreamingMatchesBatch(
        () => new MACDFIX({ signalPeriod: 9 }),
        inputs,
        macdFix(b.close, { signalPeriod: 9 }),
        ['macd', 'signal', 'histogram'],
      )
    }
  })

  it('handles empty input and reports the lookback', () => {
    expect(macdFix([]).macd.length).toBe(0)
    expect(macdFixLookback({ signalPeriod: 4 })).toBe(28)
  })

  it('rejects signalPeriod = 0 naming the option', () => {
    try {
      macdFix([1, 2, 3], { ...{}, signalPeriod: 0 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'signalPeriod').toBe(true)
    }
  })

  it('rejects signalPeriod = 2.5 naming the option', () => {
    try {
      macdFix([1, 2, 3], { ...{}, signalPeriod: 2.5 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'signalPeriod').toBe(true)
    }
  })
})
