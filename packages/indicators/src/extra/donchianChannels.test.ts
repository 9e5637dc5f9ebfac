import { isAitradeError } from '@aitrade/core'
import { DonchianChannels } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { headOf, runPeer } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { DONCHIAN, donchianChannels, donchianChannelsLookback } from './donchianChannels.js'

describe('donchianChannels (Richard Donchian)', () => {
  it.each([
    ['GOOG.csv', 20],
    ['Coinbase_BTCUSD_1h.csv', 55],
  ])('matches the definition on %s, period %i', (file, period) => {
    const b = parityBars(file)
    const d = donchianChannels(b, { period })
    for (let i = 0; i < b.high.length; i++) {
      if (i < period - 1) {
        expect(d.upper[i]).toBeNaN()
        continue
      }
      let hi = b.high[i]!
      let lo = b.low[i]!
      for (let j = i - period + 1; j < i; j++) {
        hi = Math.max(hi, b.high[j]!)
        lo = Math.min(lo, b.low[j]!)
      }
      if (d.upper[i] !== hi || d.lower[i] !== lo || d.middle[i] !== (hi + lo) / 2) expect.fail(`bar ${i}`)
    }
  })

  it('matches values read off GOOG.csv rows 1-3', () => {
    // highs 104.06, 109.08, 113.48; lows 95.96, 100.5, 109.05
    const d = donchianChannels(parityBars('GOOG.csv'), { period: 3 })
    expect([d.upper[2], d.lower[2], d.middle[2]]).toEqual([113.48, 95.96, (113.48 + 95.96) / 2])
  })

  it('matches trading-signals DonchianChannels', () => {
    const b = parityBars('GOOG.csv')
    const d = donchianChannels(b)
    const bars = barList(b)
    for (const k of ['upper', 'middle', 'lower'] as const) {
      expectSeriesClose(
        d[k],
        runPeer(new DonchianChannels(20), bars, (r) => (r as Record<string, number>)[k] as number),
        1e-15,
        k,
      )
    }
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('Coinbase_BTCUSD_1h.csv')
    expectStreamingMatchesBatch(() => new DONCHIAN(), barList(b, 3000), headOf(donchianChannels(b), 3000), [
      'upper',
      'middle',
      'lower',
    ])
  })

  it("follows TA-Lib MAX's rules for NaN inside the input and rejects bad options", () => {
    expect(donchianChannelsLookback()).toBe(19)
    const high = [1, Number.NaN, 3, 4, 2, 1]
    const d = donchianChannels({ high, low: [0, 1, 2, 3, 1, 0] }, { period: 2 })
    expectSeriesClose(d.upper, talibRun('MAX', { inReal: high }, { optInTimePeriod: 2 }).outReal!, 1e-15)
    try {
      donchianChannels({ high: [1], low: [0] }, { period: 0 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
