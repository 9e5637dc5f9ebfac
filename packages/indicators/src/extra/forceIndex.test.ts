import { isAitradeError } from '@aitrade/core'
import * as ti from 'technicalindicators'
import { ForceIndex } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { runPeer } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { FORCEINDEX, forceIndex, forceIndexLookback } from './forceIndex.js'

/** Elder's definition written out: force = Δclose × volume, EMA seeded with the mean of the first `p` forces. */
function reference(close: ArrayLike<number>, volume: ArrayLike<number>, p: number): number[] {
  const out: number[] = [Number.NaN]
  const force: number[] = [Number.NaN]
  for (let i = 1; i < close.length; i++) force.push((close[i]! - close[i - 1]!) * volume[i]!)
  let e = Number.NaN
  for (let i = 1; i < close.length; i++) {
    if (i < p) out.push(Number.NaN)
    else if (i === p) {
      e = force.slice(1, p + 1).reduce((a, b) => a + b, 0) / p
      out.push(e)
    } else {
      e = force[i]! * (2 / (p + 1)) + e * (1 - 2 / (p + 1))
      out.push(e)
    }
  }
  return out
}

describe('forceIndex (Elder)', () => {
  it.each([
    ['GOOG.csv', 13],
    ['GOOG.csv', 2],
    ['Coinbase_BTCUSD_1h.csv', 13],
  ])('matches the definition on %s, period %i', (file, period) => {
    const b = parityBars(file)
    expectSeriesClose(forceIndex(b, { period }), reference(b.close, b.volume, period), 1e-9)
  })

  it('matches values worked by hand from GOOG.csv rows 1-3', () => {
    // closes 100.34, 108.31, 109.4; volumes 22351900, 11428600, 9137200
    const f = forceIndex(parityBars('GOOG.csv'), { period: 2 })
    expect(f[1]).toBeNaN()
    expect(f[2]).toBeCloseTo((7.97 * 11428600 + 1.09 * 9137200) / 2, 3)
  })

  it('matches technicalindicators ForceIndex (same EMA seed) and trading-signals after its EMA converges', () => {
    const b = parityBars('GOOG.csv')
    const ours = forceIndex(b, { period: 13 })
    const theirs = ti.ForceIndex.calculate({ close: Array.from(b.close), volume: Array.from(b.volume), period: 13 })
    expectSeriesClose(ours.subarray(13), theirs, 1e-9, 'technicalindicators')
    // trading-signals seeds its EMA with the first force, not the mean: compare once (12/14)^n is negligible
    const ts = runPeer(new ForceIndex(13), barList(b))
    expectSeriesClose(ours.subarray(400), ts.slice(400), 1e-9, 'trading-signals')
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('Coinbase_BTCUSD_1h.csv')
    expectStreamingMatchesBatch(
      () => new FORCEINDEX({ period: 13 }),
      barList(b, 3000),
      forceIndex(b, { period: 13 }).subarray(0, 3000),
    )
  })

  it('handles short, empty and NaN input and rejects bad options', () => {
    expect(forceIndexLookback()).toBe(13)
    expect(forceIndex({ close: [], volume: [] }).length).toBe(0)
    expect(Array.from(forceIndex({ close: [1, 2], volume: [1, 1] }, { period: 2 }))).toEqual([Number.NaN, Number.NaN])
    const f = forceIndex({ close: [1, Number.NaN, 3, 4, 5], volume: [1, 1, 1, 1, 1] }, { period: 2 })
    expect(Array.from(f).every(Number.isNaN)).toBe(true)
    for (const period of [1, 2.5, Number.NaN]) {
      try {
        forceIndex({ close: [1, 2, 3], volume: [1, 1, 1] }, { period })
        expect.fail('no error')
      } catch (e) {
        expect(isAitradeError(e) && e.code === 'INVALID_ARGUMENT' && e.details.argument === 'period').toBe(true)
      }
    }
    try {
      forceIndex({ close: [1, 2, 3], volume: [1, 1] })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'bars.volume').toBe(true)
    }
  })
})
