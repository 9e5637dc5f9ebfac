import { isAitradeError } from '@aitrade/core'
import { VortexIndicator } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { headOf, runPeer } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose, talibRun } from '../../test-support/talibOracle.js'
import { VORTEX, vortex, vortexLookback } from './vortex.js'

describe('vortex (Botes & Siepman)', () => {
  it.each([
    ['GOOG.csv', 14],
    ['Coinbase_BTCUSD_1h.csv', 21],
  ])('matches the definition with TA-Lib TRANGE as oracle on %s, period %i', (file, period) => {
    const b = parityBars(file)
    const tr = talibRun('TRANGE', { high: b.high, low: b.low, close: b.close }).outReal!
    const plus: number[] = []
    const minus: number[] = []
    for (let i = 0; i < b.high.length; i++) {
      if (i < period) {
        plus.push(Number.NaN)
        minus.push(Number.NaN)
        continue
      }
      let vp = 0
      let vm = 0
      let t = 0
      for (let j = i - period + 1; j <= i; j++) {
        vp += Math.abs(b.high[j]! - b.low[j - 1]!)
        vm += Math.abs(b.low[j]! - b.high[j - 1]!)
        t += tr[j]!
      }
      plus.push(vp / t)
      minus.push(vm / t)
    }
    const v = vortex(b, { period })
    expectSeriesClose(v.plusVi, plus, 1e-12, 'plusVi')
    expectSeriesClose(v.minusVi, minus, 1e-12, 'minusVi')
  })

  it('matches values worked by hand from GOOG.csv rows 1-2 (period 1)', () => {
    // VM+ = |109.08 − 95.96| = 13.12, VM− = |100.5 − 104.06| = 3.56, TR = 8.74
    const v = vortex(parityBars('GOOG.csv'), { period: 1 })
    expect(v.plusVi[1]).toBeCloseTo(13.12 / 8.74, 12)
    expect(v.minusVi[1]).toBeCloseTo(3.56 / 8.74, 12)
  })

  it('matches trading-signals VortexIndicator', () => {
    const b = parityBars('GOOG.csv')
    const v = vortex(b)
    expectSeriesClose(
      v.plusVi,
      runPeer(new VortexIndicator(14), barList(b), (r) => (r as { plus: number }).plus),
      1e-12,
      'plus',
    )
    expectSeriesClose(
      v.minusVi,
      runPeer(new VortexIndicator(14), barList(b), (r) => (r as { minus: number }).minus),
      1e-12,
      'minus',
    )
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('Coinbase_BTCUSD_1h.csv')
    expectStreamingMatchesBatch(() => new VORTEX(), barList(b, 3000), headOf(vortex(b), 3000), ['plusVi', 'minusVi'])
  })

  it('handles short input and rejects bad options', () => {
    expect(vortexLookback()).toBe(14)
    expect(Array.from(vortex({ high: [2], low: [1], close: [1] }).plusVi)).toEqual([Number.NaN])
    try {
      vortex({ high: [1], low: [1], close: [1] }, { period: 0 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
