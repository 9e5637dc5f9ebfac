import { isAitradeError } from '@aitrade/core'
import { ALMA as PeerALMA } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { runPeer } from '../../test-support/extraOracle.js'
import { expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { ALMA, alma, almaLookback } from './alma.js'

/** Legoux & Kouzis-Loukas' definition written out (window index 0 = oldest). */
function reference(x: ArrayLike<number>, p: number, offset: number, sigma: number): number[] {
  const m = offset * (p - 1)
  const s = p / sigma
  const out: number[] = []
  for (let i = 0; i < x.length; i++) {
    if (i < p - 1) {
      out.push(Number.NaN)
      continue
    }
    let num = 0
    let den = 0
    for (let j = 0; j < p; j++) {
      const w = Math.exp(-((j - m) ** 2) / (2 * s * s))
      num += w * x[i - p + 1 + j]!
      den += w
    }
    out.push(num / den)
  }
  return out
}

describe('alma (Arnaud Legoux)', () => {
  it.each([
    ['GOOG.csv', 9, 0.85, 6],
    ['Coinbase_BTCUSD_1h.csv', 21, 0.5, 3],
    ['EURUSD.csv', 1, 0.85, 6],
  ])('matches the definition on %s (%i, %d, %d)', (file, period, offset, sigma) => {
    const c = parityBars(file).close
    expectSeriesClose(alma(c, { period, offset, sigma }), reference(c, period, offset, sigma), 1e-12)
  })

  it('matches a value worked by hand from GOOG.csv closes 1-3 (period 3, offset 1, sigma 3)', () => {
    // m = 2, s = 1: weights e^-2, e^-0.5, 1 on 100.34, 108.31, 109.4
    const w = [Math.exp(-2), Math.exp(-0.5), 1]
    const want = (w[0]! * 100.34 + w[1]! * 108.31 + w[2]! * 109.4) / (w[0]! + w[1]! + w[2]!)
    expect(alma(parityBars('GOOG.csv').close, { period: 3, offset: 1, sigma: 3 })[2]).toBeCloseTo(want, 10)
  })

  it('matches trading-signals ALMA', () => {
    const c = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close)
    expectSeriesClose(alma(c), runPeer(new PeerALMA(9, 0.85, 6), c), 1e-12, 'trading-signals')
  })

  it('streams exactly like the batch', () => {
    const c = Array.from(parityBars('GOOG.csv').close)
    expectStreamingMatchesBatch(() => new ALMA(), c, alma(c))
  })

  it('handles short input and rejects bad options', () => {
    expect(almaLookback()).toBe(8)
    expect(alma([]).length).toBe(0)
    expect(Array.from(alma([1, 2]))).toEqual([Number.NaN, Number.NaN])
    for (const [opt, value] of [
      ['period', 0],
      ['offset', 1.5],
      ['sigma', 0],
      ['sigma', Number.NaN],
    ] as const) {
      try {
        alma([1, 2, 3], { [opt]: value })
        expect.fail('no error')
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === opt).toBe(true)
      }
    }
  })
})
