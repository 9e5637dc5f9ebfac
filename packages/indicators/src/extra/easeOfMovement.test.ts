import { isAitradeError } from '@aitrade/core'
import { EMV } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { expectSeriesNear, runPeer } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { EOM, easeOfMovement, easeOfMovementLookback } from './easeOfMovement.js'

/** StockCharts' definition written out: distance / ((V / 1e8) / (H − L)), plain 14-bar mean. */
function reference(h: ArrayLike<number>, l: ArrayLike<number>, v: ArrayLike<number>, p: number, div: number): number[] {
  const one: number[] = [Number.NaN]
  for (let i = 1; i < h.length; i++) {
    const distance = (h[i]! + l[i]!) / 2 - (h[i - 1]! + l[i - 1]!) / 2
    const box = v[i]! / div / (h[i]! - l[i]!)
    one.push(v[i] === 0 || h[i] === l[i] ? 0 : distance / box)
  }
  const out: number[] = []
  for (let i = 0; i < h.length; i++) {
    if (i < p) out.push(Number.NaN)
    else out.push(one.slice(i - p + 1, i + 1).reduce((a, b) => a + b, 0) / p)
  }
  return out
}

describe('easeOfMovement (Arms)', () => {
  it.each([
    ['GOOG.csv', 14, 1e8],
    ['Coinbase_BTCUSD_1h.csv', 14, 1e4],
    ['Coinbase_BTCUSD_1h.csv', 3, 1],
  ])('matches the definition on %s, period %i, divisor %d', (file, period, volumeDivisor) => {
    const b = parityBars(file)
    const want = reference(b.high, b.low, b.volume, period, volumeDivisor)
    // running sum: residue ≈ 1e-16 × the largest window sum shows where the mean is exactly 0
    const scale = Math.max(...want.filter(Number.isFinite).map(Math.abs))
    expectSeriesNear(easeOfMovement(b, { period, volumeDivisor }), want, 1e-9, 1e-12 * scale)
  })

  it('matches values worked by hand from GOOG.csv rows 1-3', () => {
    // H/L 104.06/95.96, 109.08/100.5, 113.48/109.05; V 11428600, 9137200 on rows 2, 3
    const e = easeOfMovement(parityBars('GOOG.csv'), { period: 2 })
    const emv1 = (104.79 - 100.01) / (11428600 / 1e8 / 8.58)
    const emv2 = (111.265 - 104.79) / (9137200 / 1e8 / 4.43)
    expect(e[2]).toBeCloseTo((emv1 + emv2) / 2, 8)
  })

  it('matches trading-signals EMV (same definition, divisor 1e8)', () => {
    const b = parityBars('GOOG.csv')
    const ts = runPeer(new EMV(14), barList(b))
    expectSeriesClose(easeOfMovement(b), ts, 1e-9, 'trading-signals')
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('Coinbase_BTCUSD_1h.csv')
    const opts = { period: 14, volumeDivisor: 1e4 }
    expectStreamingMatchesBatch(() => new EOM(opts), barList(b, 3000), easeOfMovement(b, opts).subarray(0, 3000))
  })

  it('handles short input and rejects bad options', () => {
    expect(easeOfMovementLookback()).toBe(14)
    expect(easeOfMovement({ high: [], low: [], volume: [] }).length).toBe(0)
    expect(Array.from(easeOfMovement({ high: [2, 3], low: [1, 2], volume: [1, 0] }, { period: 2 }))).toEqual([
      Number.NaN,
      Number.NaN,
    ])
    for (const [opt, value] of [
      ['period', 1],
      ['volumeDivisor', 0],
    ] as const) {
      try {
        easeOfMovement({ high: [2], low: [1], volume: [1] }, { [opt]: value })
        expect.fail('no error')
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === opt).toBe(true)
      }
    }
  })
})
