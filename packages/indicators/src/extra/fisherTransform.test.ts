import { isAitradeError } from '@aitrade/core'
import { FisherTransform } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { headOf, runPeer } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { FISHER, fisherTransform, fisherTransformLookback } from './fisherTransform.js'

/** Ehlers' 2002 EasyLanguage written out (Value1 and Fish start at 0). */
function reference(h: ArrayLike<number>, l: ArrayLike<number>, len: number) {
  const price = Array.from(h, (x, i) => (x + l[i]!) / 2)
  const fisher: number[] = []
  const trigger: number[] = []
  let value1 = 0
  let fish = 0
  for (let i = 0; i < price.length; i++) {
    if (i < len - 1) {
      fisher.push(Number.NaN)
      trigger.push(Number.NaN)
      continue
    }
    const win = price.slice(i - len + 1, i + 1)
    const maxH = Math.max(...win)
    const minL = Math.min(...win)
    const pos = maxH === minL ? 0.5 : (price[i]! - minL) / (maxH - minL)
    value1 = 0.33 * 2 * (pos - 0.5) + 0.67 * value1
    if (value1 > 0.99) value1 = 0.999
    if (value1 < -0.99) value1 = -0.999
    trigger.push(fish)
    fish = 0.5 * Math.log((1 + value1) / (1 - value1)) + 0.5 * fish
    fisher.push(fish)
  }
  return { fisher, trigger }
}

describe('fisherTransform (John Ehlers)', () => {
  it.each([
    ['GOOG.csv', 9],
    ['Coinbase_BTCUSD_1h.csv', 10],
    ['EURUSD.csv', 5],
  ])('matches the definition on %s, period %i', (file, period) => {
    const b = parityBars(file)
    const f = fisherTransform(b, { period })
    const want = reference(b.high, b.low, period)
    expectSeriesClose(f.fisher, want.fisher, 1e-12, 'fisher')
    expectSeriesClose(f.trigger, want.trigger, 1e-12, 'trigger')
  })

  it('matches a value worked by hand from GOOG.csv rows 1-2 (period 2)', () => {
    // medians 100.01, 104.79: the second is the window's top → v = 0.33, fish = 0.5·ln(1.33/0.67)
    const f = fisherTransform(parityBars('GOOG.csv'), { period: 2 })
    expect(f.fisher[1]).toBeCloseTo(0.5 * Math.log(1.33 / 0.67), 12)
    expect(f.trigger[1]).toBe(0)
  })

  it('matches trading-signals FisherTransform (same recursion on median prices)', () => {
    // on GOOG no window is flat; on a flat window trading-signals divides by 0.001 where we take the middle
    const b = parityBars('GOOG.csv')
    expectSeriesClose(fisherTransform(b, { period: 10 }).fisher, runPeer(new FisherTransform(10), barList(b)), 1e-12)
  })

  it('streams exactly like the batch', () => {
    const b = parityBars('GOOG.csv')
    expectStreamingMatchesBatch(() => new FISHER(), barList(b), headOf(fisherTransform(b), b.close.length), [
      'fisher',
      'trigger',
    ])
  })

  it('handles short input and rejects bad options', () => {
    expect(fisherTransformLookback()).toBe(8)
    expect(Array.from(fisherTransform({ high: [2], low: [1] }).fisher)).toEqual([Number.NaN])
    try {
      fisherTransform({ high: [2], low: [1] }, { period: 0 })
      expect.fail('no error')
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument === 'period').toBe(true)
    }
  })
})
