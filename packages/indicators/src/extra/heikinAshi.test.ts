import * as ti from 'technicalindicators'
import { describe, expect, it } from 'vitest'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { HEIKINASHI, heikinAshi, heikinAshiLookback } from './heikinAshi.js'

describe('heikinAshi', () => {
  it.each(['GOOG.csv', 'Coinbase_BTCUSD_1h.csv'])('matches the definition on %s', (file) => {
    const b = parityBars(file)
    const ha = heikinAshi(b)
    // definition written out
    let o = (b.open[0]! + b.close[0]!) / 2
    let c = (b.open[0]! + b.high[0]! + b.low[0]! + b.close[0]!) / 4
    for (let i = 0; i < b.close.length; i++) {
      if (i > 0) {
        o = (o + c) / 2
        c = (b.open[i]! + b.high[i]! + b.low[i]! + b.close[i]!) / 4
      }
      expect(ha.open[i]).toBe(o)
      expect(ha.close[i]).toBe(c)
      expect(ha.high[i]).toBe(Math.max(b.high[i]!, o, c))
      expect(ha.low[i]).toBe(Math.min(b.low[i]!, o, c))
    }
  })

  it('matches values worked by hand from GOOG.csv rows 1-2', () => {
    const ha = heikinAshi(parityBars('GOOG.csv'))
    expect(ha.open[0]).toBeCloseTo((100 + 100.34) / 2, 12)
    expect(ha.close[0]).toBeCloseTo((100 + 104.06 + 95.96 + 100.34) / 4, 12)
    expect(ha.open[1]).toBeCloseTo((100.17 + 100.09) / 2, 12)
    expect(ha.close[1]).toBeCloseTo((101.01 + 109.08 + 100.5 + 108.31) / 4, 12)
    expect(ha.high[1]).toBe(109.08)
  })

  it('matches technicalindicators HeikinAshi', () => {
    const b = parityBars('Coinbase_BTCUSD_1h.csv')
    const ours = heikinAshi(b)
    const theirs = ti.HeikinAshi.calculate({
      open: Array.from(b.open),
      high: Array.from(b.high),
      low: Array.from(b.low),
      close: Array.from(b.close),
      volume: Array.from(b.volume),
      timestamp: [],
    })
    for (const k of ['open', 'high', 'low', 'close'] as const)
      expectSeriesClose(ours[k], theirs[k] as number[], 1e-12, k)
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('GOOG.csv')
    expectStreamingMatchesBatch(() => new HEIKINASHI(), barList(b), heikinAshi(b), ['open', 'high', 'low', 'close'])
  })

  it('handles empty input and unequal lengths', () => {
    expect(heikinAshiLookback()).toBe(0)
    expect(heikinAshi({ open: [], high: [], low: [], close: [] }).close.length).toBe(0)
    expect(() => heikinAshi({ open: [1], high: [1, 2], low: [1], close: [1] })).toThrow(/bars.high/)
  })
})
