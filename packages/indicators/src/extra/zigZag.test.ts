import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { parityBars } from '../../test-support/parity.js'
import { zigZag, zigZagLookback } from './zigZag.js'

// No peer oracle: trading-signals' ZigZag confirms a reversal at a retracement of `deviation` percent of the
// last swing, not at a `deviation` move from the pivot price; technicalindicators has none. The tests check the
// definition's properties on real data and a sequence worked by hand.
describe('zigZag', () => {
  it.each([
    ['GOOG.csv', 0.1],
    ['Coinbase_BTCUSD_1h.csv', 0.05],
    ['EURUSD.csv', 0.01],
  ])('draws alternating swings of at least the deviation on %s (%d)', (file, deviation) => {
    const b = parityBars(file)
    const z = zigZag(b, { deviation })
    const pts: [number, number][] = []
    z.forEach((v, i) => {
      if (!Number.isNaN(v)) pts.push([i, v])
    })
    expect(pts.length).toBeGreaterThan(10)
    for (let k = 0; k < pts.length; k++) {
      const [i, v] = pts[k]!
      const prev = pts[k - 1]
      const peak = prev !== undefined ? v > prev[1] : v === b.high[i]
      // each point is the bar's high (peak) or low (trough), alternating
      expect(v).toBe(peak ? b.high[i] : b.low[i])
      if (prev === undefined) continue
      const isPrevPeak = prev[1] > v
      expect(isPrevPeak).toBe(!peak)
      // confirmed legs (all but the last, provisional one) move at least `deviation`
      if (k < pts.length - 1)
        expect(Math.abs(v - prev[1]) / prev[1]).toBeGreaterThanOrEqual(peak ? deviation : deviation / (1 + deviation))
      // between two points nothing exceeds them: a peak is the highest high of its leg, a trough the lowest low
      for (let j = prev[0] + 1; j < i; j++) {
        if (peak) expect(b.high[j]!).toBeLessThanOrEqual(v)
        else expect(b.low[j]!).toBeGreaterThanOrEqual(v)
      }
    }
  })

  it('finds the swings worked by hand on GOOG.csv rows 1-8 (deviation 5 %)', () => {
    // highs 104.06 109.08 113.48 111.6 108 107.95 108.62 105.49; lows 95.96 100.5 109.05 103.57 103.88 104.66 105.69 102.01
    const b = parityBars('GOOG.csv')
    const head = { high: b.high.subarray(0, 8), low: b.low.subarray(0, 8) }
    expect(Array.from(head.high)).toEqual([104.06, 109.08, 113.48, 111.6, 108, 107.95, 108.62, 105.49])
    const z = zigZag(head, { deviation: 0.05 })
    // trough 95.96 (row 1) confirmed by the high 109.08 ≥ 95.96·1.05 = 100.76; peak 113.48 (row 3) confirmed by
    // the low 103.57 ≤ 113.48·0.95 = 107.81; no later high reaches 103.57·1.05 = 108.75, so the trough candidate
    // falls to 102.01 (row 8), the provisional last point
    expect(Array.from(z).map((v) => (Number.isNaN(v) ? null : v))).toEqual([
      95.96,
      null,
      113.48,
      null,
      null,
      null,
      null,
      102.01,
    ])
  })

  it('rejects a deviation outside (0, 1) and unequal lengths', () => {
    expect(zigZagLookback()).toBe(0)
    expect(zigZag({ high: [], low: [] }).length).toBe(0)
    for (const deviation of [0, 1, -0.1, Number.NaN]) {
      try {
        zigZag({ high: [1], low: [1] }, { deviation })
        expect.fail('no error')
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === 'deviation').toBe(true)
      }
    }
    expect(() => zigZag({ high: [1, 2], low: [1] })).toThrow(/bars.low/)
  })
})
