import { isAitradeError } from '@aitrade/core'
import * as ti from 'technicalindicators'
import { AO as PeerAO } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { expectSeriesNear, runPeer } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { AO, awesomeOscillator, awesomeOscillatorLookback } from './awesomeOscillator.js'

/** Williams' definition written out: mean of the last 5 median prices minus mean of the last 34. */
function reference(h: ArrayLike<number>, l: ArrayLike<number>, fast: number, slow: number): number[] {
  const med: number[] = []
  for (let i = 0; i < h.length; i++) med.push((h[i]! + l[i]!) / 2)
  const mean = (end: number, p: number) => med.slice(end - p + 1, end + 1).reduce((a, b) => a + b, 0) / p
  return med.map((_, i) => (i < slow - 1 ? Number.NaN : mean(i, fast) - mean(i, slow)))
}

describe('awesomeOscillator (Bill Williams)', () => {
  it.each([
    ['GOOG.csv', 5, 34],
    ['Coinbase_BTCUSD_1h.csv', 5, 34],
    ['EURUSD.csv', 3, 10],
  ])('matches the definition on %s (%i/%i)', (file, fastPeriod, slowPeriod) => {
    const b = parityBars(file)
    // AO is a small difference of two price-sized running means: allow 1e-13 of the price level absolute
    const abs = 1e-13 * Math.max(...b.high)
    expectSeriesNear(
      awesomeOscillator(b, { fastPeriod, slowPeriod }),
      reference(b.high, b.low, fastPeriod, slowPeriod),
      1e-9,
      abs,
    )
  })

  it('matches a value worked by hand from GOOG.csv rows 1-3', () => {
    // medians (104.06+95.96)/2 = 100.01, (109.08+100.5)/2 = 104.79, (113.48+109.05)/2 = 111.265
    const ao = awesomeOscillator(parityBars('GOOG.csv'), { fastPeriod: 2, slowPeriod: 3 })
    expect(ao[2]).toBeCloseTo((104.79 + 111.265) / 2 - (100.01 + 104.79 + 111.265) / 3, 10)
  })

  it('matches technicalindicators AwesomeOscillator and trading-signals AO', () => {
    const b = parityBars('Coinbase_BTCUSD_1h.csv')
    const ours = awesomeOscillator(b)
    const theirs = ti.AwesomeOscillator.calculate({
      high: Array.from(b.high),
      low: Array.from(b.low),
      fastPeriod: 5,
      slowPeriod: 34,
    })
    const abs = 1e-13 * Math.max(...b.high)
    expectSeriesNear(ours.subarray(33), theirs, 1e-9, abs, 'technicalindicators')
    expectSeriesNear(ours, runPeer(new PeerAO(5, 34), barList(b)), 1e-9, abs, 'trading-signals')
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('GOOG.csv')
    expectStreamingMatchesBatch(() => new AO(), barList(b), awesomeOscillator(b))
  })

  it('handles short input and rejects bad options', () => {
    expect(awesomeOscillatorLookback()).toBe(33)
    expect(awesomeOscillator({ high: [], low: [] }).length).toBe(0)
    expect(Array.from(awesomeOscillator({ high: [2, 3], low: [1, 2] }))).toEqual([Number.NaN, Number.NaN])
    for (const [opts, arg] of [
      [{ fastPeriod: 1 }, 'fastPeriod'],
      [{ slowPeriod: 5 }, 'slowPeriod'],
      [{ slowPeriod: 3.5 }, 'slowPeriod'],
    ] as const) {
      try {
        awesomeOscillator({ high: [2], low: [1] }, opts)
        expect.fail('no error')
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === arg).toBe(true)
      }
    }
  })
})
