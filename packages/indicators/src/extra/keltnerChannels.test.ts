import { isAitradeError } from '@aitrade/core'
import * as ti from 'technicalindicators'
import { KeltnerChannels } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { headOf, runPeer } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { KELTNER, keltnerChannels, keltnerChannelsLookback } from './keltnerChannels.js'

describe('keltnerChannels (Keltner / Raschke)', () => {
  it.each([
    ['GOOG.csv', 20, 10, 2],
    ['Coinbase_BTCUSD_1h.csv', 20, 30, 1.5],
  ])('is EMA ± multiplier·ATR with TA-Lib EMA and ATR as oracle on %s', (file, period, atrPeriod, multiplier) => {
    const b = parityBars(file)
    const k = keltnerChannels(b, { period, atrPeriod, multiplier })
    const mid = talibRun('EMA', { inReal: b.close }, { optInTimePeriod: period }).outReal!
    const range = talibRun('ATR', { high: b.high, low: b.low, close: b.close }, { optInTimePeriod: atrPeriod }).outReal!
    const lb = Math.max(period - 1, atrPeriod)
    const want = (sign: number) => Array.from(mid, (m, i) => (i < lb ? Number.NaN : m + sign * multiplier * range[i]!))
    expectSeriesClose(k.middle, want(0), 1e-12, 'middle')
    expectSeriesClose(k.upper, want(1), 1e-12, 'upper')
    expectSeriesClose(k.lower, want(-1), 1e-12, 'lower')
  })

  it('matches a value worked by hand from GOOG.csv rows 1-3 (period 2, atrPeriod 1)', () => {
    // closes 100.34, 108.31, 109.4: EMA seed (100.34 + 108.31)/2 = 104.325, then + (109.4 − 104.325)·2/3
    // TR of row 3: max(113.48 − 109.05, |113.48 − 108.31|, |109.05 − 108.31|) = 5.17
    const k = keltnerChannels(parityBars('GOOG.csv'), { period: 2, atrPeriod: 1, multiplier: 2 })
    const mid = 104.325 + ((109.4 - 104.325) * 2) / 3
    expect(k.middle[2]).toBeCloseTo(mid, 10)
    expect(k.upper[2]).toBeCloseTo(mid + 2 * 5.17, 10)
  })

  it('matches technicalindicators KeltnerChannels and trading-signals KeltnerChannels', () => {
    const b = parityBars('GOOG.csv')
    const k = keltnerChannels(b)
    const theirs = ti.KeltnerChannels.calculate({
      high: Array.from(b.high),
      low: Array.from(b.low),
      close: Array.from(b.close),
      maPeriod: 20,
      atrPeriod: 10,
      useSMA: false,
      multiplier: 2,
    })
    const start = b.close.length - theirs.length
    expect(start).toBe(19)
    expectSeriesClose(
      k.upper.subarray(start),
      theirs.map((r) => r.upper),
      1e-9,
      'ti upper',
    )
    // trading-signals seeds its EMA with the first close: compare once that seed has decayed
    const peer = runPeer(new KeltnerChannels(), barList(b), (r) => (r as { lower: number }).lower)
    expectSeriesClose(k.lower.subarray(500), peer.slice(500), 1e-9, 'trading-signals lower')
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('Coinbase_BTCUSD_1h.csv')
    expectStreamingMatchesBatch(() => new KELTNER(), barList(b, 3000), headOf(keltnerChannels(b), 3000), [
      'upper',
      'middle',
      'lower',
    ])
  })

  it('handles short input and rejects bad options', () => {
    expect(keltnerChannelsLookback()).toBe(19)
    expect(keltnerChannelsLookback({ period: 5, atrPeriod: 14 })).toBe(14)
    expect(Array.from(keltnerChannels({ high: [2], low: [1], close: [1.5] }).upper)).toEqual([Number.NaN])
    for (const [arg, value] of [
      ['period', 1],
      ['atrPeriod', 0],
      ['multiplier', -1],
    ] as const) {
      try {
        keltnerChannels({ high: [2], low: [1], close: [1.5] }, { [arg]: value })
        expect.fail('no error')
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === arg).toBe(true)
      }
    }
  })
})
