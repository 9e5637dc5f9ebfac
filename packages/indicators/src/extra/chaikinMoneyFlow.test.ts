import { isAitradeError } from '@aitrade/core'
import { CMF as PeerCMF } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { expectSeriesNear, runPeer } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { CMF, chaikinMoneyFlow, chaikinMoneyFlowLookback } from './chaikinMoneyFlow.js'

/** StockCharts' definition written out: Σ MFV / Σ V over the window, summed afresh each bar. */
function reference(
  h: ArrayLike<number>,
  l: ArrayLike<number>,
  c: ArrayLike<number>,
  v: ArrayLike<number>,
  p: number,
): number[] {
  const out: number[] = []
  for (let i = 0; i < h.length; i++) {
    if (i < p - 1) {
      out.push(Number.NaN)
      continue
    }
    let mf = 0
    let vol = 0
    for (let j = i - p + 1; j <= i; j++) {
      const mult = h[j] === l[j] ? 0 : (c[j]! - l[j]! - (h[j]! - c[j]!)) / (h[j]! - l[j]!)
      mf += mult * v[j]!
      vol += v[j]!
    }
    out.push(vol === 0 ? Number.NaN : mf / vol)
  }
  return out
}

describe('chaikinMoneyFlow (Marc Chaikin)', () => {
  it.each([
    ['GOOG.csv', 20],
    ['Coinbase_BTCUSD_1h.csv', 20],
    ['Coinbase_BTCUSD_1h.csv', 3],
  ])('matches the definition on %s, period %i', (file, period) => {
    const b = parityBars(file)
    // running sums: absolute residue about 1e-16 of the largest volume sum, relative to Σ V
    expectSeriesNear(chaikinMoneyFlow(b, { period }), reference(b.high, b.low, b.close, b.volume, period), 1e-9, 1e-10)
  })

  it('matches a value worked by hand from GOOG.csv rows 1-2', () => {
    // row 1: H 104.06 L 95.96 C 100.34 V 22351900; row 2: H 109.08 L 100.5 C 108.31 V 11428600
    const m1 = (100.34 - 95.96 - (104.06 - 100.34)) / (104.06 - 95.96)
    const m2 = (108.31 - 100.5 - (109.08 - 108.31)) / (109.08 - 100.5)
    const want = (m1 * 22351900 + m2 * 11428600) / (22351900 + 11428600)
    expect(chaikinMoneyFlow(parityBars('GOOG.csv'), { period: 2 })[1]).toBeCloseTo(want, 12)
  })

  it('matches trading-signals CMF', () => {
    const b = parityBars('GOOG.csv')
    expectSeriesNear(chaikinMoneyFlow(b), runPeer(new PeerCMF(20), barList(b)), 1e-9, 1e-10, 'trading-signals')
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('Coinbase_BTCUSD_1h.csv')
    expectStreamingMatchesBatch(() => new CMF(), barList(b, 3000), chaikinMoneyFlow(b).subarray(0, 3000))
  })

  it('gives NaN for a window without volume and rejects bad options', () => {
    expect(chaikinMoneyFlowLookback()).toBe(19)
    const flat = chaikinMoneyFlow({ high: [2, 2], low: [1, 1], close: [2, 1], volume: [0, 0] }, { period: 2 })
    expect(flat[1]).toBeNaN()
    expect(chaikinMoneyFlow({ high: [], low: [], close: [], volume: [] }).length).toBe(0)
    try {
      chaikinMoneyFlow({ high: [2], low: [1], close: [2], volume: [1] }, { period: 0 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
