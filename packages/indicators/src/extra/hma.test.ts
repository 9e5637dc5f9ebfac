import { isAitradeError } from '@aitrade/core'
import { HMA as PeerHMA } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { runPeer } from '../../test-support/extraOracle.js'
import { expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { HMA, hma, hmaLookback } from './hma.js'

/** Linearly weighted mean of x[end − p + 1 .. end], weights 1..p (newest heaviest). */
function wmaAt(x: number[], end: number, p: number): number {
  let sum = 0
  for (let j = 0; j < p; j++) sum += (j + 1) * x[end - p + 1 + j]!
  return sum / ((p * (p + 1)) / 2)
}

/** Hull's definition written out. */
function reference(src: ArrayLike<number>, n: number): number[] {
  const x = Array.from(src)
  const half = Math.floor(n / 2)
  const root = Math.floor(Math.sqrt(n))
  const diff = x.map((_, i) => (i < n - 1 ? Number.NaN : 2 * wmaAt(x, i, half) - wmaAt(x, i, n)))
  return x.map((_, i) => (i < n - 1 + root - 1 ? Number.NaN : wmaAt(diff, i, root)))
}

describe('hma (Alan Hull)', () => {
  it.each([
    ['GOOG.csv', 9],
    ['Coinbase_BTCUSD_1h.csv', 16],
    ['EURUSD.csv', 55],
  ])('matches the definition on %s, period %i', (file, period) => {
    const c = parityBars(file).close
    expectSeriesClose(hma(c, { period }), reference(c, period), 1e-9)
  })

  it('matches a value worked by hand from GOOG.csv closes 1-5 (period 4)', () => {
    const [a, b, c, d, e] = [100.34, 108.31, 109.4, 104.87, 106.0]
    const w2 = (x: number, y: number) => (x + 2 * y) / 3
    const w4 = (p: number, q: number, r: number, s: number) => (p + 2 * q + 3 * r + 4 * s) / 10
    const d3 = 2 * w2(c, d) - w4(a, b, c, d)
    const d4 = 2 * w2(d, e) - w4(b, c, d, e)
    expect(parityBars('GOOG.csv').close[4]).toBe(e)
    expect(hma(parityBars('GOOG.csv').close, { period: 4 })[4]).toBeCloseTo(w2(d3, d4), 10)
  })

  it('matches trading-signals HMA', () => {
    const c = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close)
    expectSeriesClose(hma(c), runPeer(new PeerHMA(9), c), 1e-9, 'trading-signals')
  })

  it('streams exactly like the batch', () => {
    const c = Array.from(parityBars('GOOG.csv').close)
    expectStreamingMatchesBatch(() => new HMA({ period: 9 }), c, hma(c, { period: 9 }))
  })

  it('handles short input and rejects bad options', () => {
    expect(hmaLookback()).toBe(9 + 3 - 2)
    expect(hma([]).length).toBe(0)
    expect(Array.from(hma([1, 2, 3, 4], { period: 4 }))).toEqual([Number.NaN, Number.NaN, Number.NaN, Number.NaN])
    for (const period of [3, 4.5]) {
      try {
        hma([1, 2, 3], { period })
        expect.fail('no error')
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
      }
    }
  })
})
