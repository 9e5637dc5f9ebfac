import { isAitradeError } from '@aitrade/core'
import { ZLEMA as PeerZLEMA } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { runPeer } from '../../test-support/extraOracle.js'
import { expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { ZLEMA, zlema, zlemaLookback } from './zlema.js'

/** Definition written out: EMA (mean seed) of 2·x − x[i − lag], lag = floor((p − 1) / 2). */
function reference(x: ArrayLike<number>, p: number): number[] {
  const lag = Math.floor((p - 1) / 2)
  const out: number[] = []
  let e = 0
  for (let i = 0; i < x.length; i++) {
    if (i < lag + p - 1) {
      out.push(Number.NaN)
      continue
    }
    if (i === lag + p - 1) {
      let sum = 0
      for (let j = lag; j <= i; j++) sum += 2 * x[j]! - x[j - lag]!
      e = sum / p
    } else e = e + (2 / (p + 1)) * (2 * x[i]! - x[i - lag]! - e)
    out.push(e)
  }
  return out
}

describe('zlema (Ehlers & Way zero-lag EMA)', () => {
  it.each([
    ['GOOG.csv', 20],
    ['Coinbase_BTCUSD_1h.csv', 9],
    ['EURUSD.csv', 2],
  ])('matches the definition on %s, period %i', (file, period) => {
    const c = parityBars(file).close
    expectSeriesClose(zlema(c, { period }), reference(c, period), 1e-9)
  })

  it('matches a value worked by hand from GOOG.csv closes 1-4', () => {
    // closes 100.34, 108.31, 109.4, 104.87; period 3 → lag 1; de-lagged 116.28, 110.49, 100.34
    expect(zlema(parityBars('GOOG.csv').close, { period: 3 })[3]).toBeCloseTo((116.28 + 110.49 + 100.34) / 3, 10)
  })

  it('matches trading-signals ZLEMA once its first-value seed has decayed', () => {
    const c = Array.from(parityBars('GOOG.csv').close)
    expectSeriesClose(zlema(c).subarray(500), runPeer(new PeerZLEMA(20), c).slice(500), 1e-9, 'trading-signals')
  })

  it('streams exactly like the batch', () => {
    const c = Array.from(parityBars('Coinbase_BTCUSD_1h.csv').close.subarray(0, 3000))
    for (const period of [2, 9, 20]) expectStreamingMatchesBatch(() => new ZLEMA({ period }), c, zlema(c, { period }))
  })

  it('handles short input and rejects bad options', () => {
    expect(zlemaLookback()).toBe(28)
    expect(zlema([]).length).toBe(0)
    expect(Array.from(zlema([1, 2], { period: 3 }))).toEqual([Number.NaN, Number.NaN])
    try {
      zlema([1, 2, 3], { period: 1 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
