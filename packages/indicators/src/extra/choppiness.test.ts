import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { expectSeriesNear } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import { CHOP, choppiness, choppinessLookback } from './choppiness.js'

// No peer oracle: trading-signals' CHOP measures the range from true highs/lows (max(high, previous close) −
// min(low, previous close)), not TradingView's highest high − lowest low; technicalindicators has no CHOP.
describe('choppiness (E. W. Dreiss)', () => {
  it.each([
    ['GOOG.csv', 14],
    ['Coinbase_BTCUSD_1h.csv', 14],
    ['EURUSD.csv', 30],
  ])('matches the definition with TA-Lib TRANGE/MAX/MIN as oracle on %s, period %i', (file, period) => {
    const b = parityBars(file)
    const tr = talibRun('TRANGE', { high: b.high, low: b.low, close: b.close }).outReal!
    const hh = talibRun('MAX', { inReal: b.high }, { optInTimePeriod: period }).outReal!
    const ll = talibRun('MIN', { inReal: b.low }, { optInTimePeriod: period }).outReal!
    const want = Array.from(tr, (_, i) => {
      if (i < period) return Number.NaN
      let sum = 0
      for (let j = i - period + 1; j <= i; j++) sum += tr[j]!
      return (100 * Math.log10(sum / (hh[i]! - ll[i]!))) / Math.log10(period)
    })
    // running true-range sum: its rounding residue shows as ~1e-11 where the exact value is 0 (a flat window)
    expectSeriesNear(choppiness(b, { period }), want, 1e-9, 1e-9)
  })

  it('matches a value worked by hand from GOOG.csv rows 1-3 (period 2)', () => {
    // TR row 2 = 8.74, row 3 = 5.17; range over rows 2-3 = 113.48 − 100.5 = 12.98
    expect(choppiness(parityBars('GOOG.csv'), { period: 2 })[2]).toBeCloseTo(
      (100 * Math.log10(13.91 / 12.98)) / Math.log10(2),
      10,
    )
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('Coinbase_BTCUSD_1h.csv')
    expectStreamingMatchesBatch(() => new CHOP(), barList(b, 3000), choppiness(b).subarray(0, 3000))
  })

  it('gives NaN on a window without range and rejects bad options', () => {
    expect(choppinessLookback()).toBe(14)
    expect(choppiness({ high: [1, 1, 1], low: [1, 1, 1], close: [1, 1, 1] }, { period: 2 })[2]).toBeNaN()
    try {
      choppiness({ high: [1], low: [1], close: [1] }, { period: 1 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
