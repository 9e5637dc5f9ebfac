import { isAitradeError } from '@aitrade/core'
import * as ti from 'technicalindicators'
import { IchimokuCloud } from 'trading-signals'
import { describe, expect, it } from 'vitest'
import { headOf, runPeer } from '../../test-support/extraOracle.js'
import { barList, expectStreamingMatchesBatch, parityBars } from '../../test-support/parity.js'
import { expectSeriesClose } from '../../test-support/talibOracle.js'
import { ICHIMOKU, ichimoku, ichimokuLookback } from './ichimoku.js'

/** Hosoda's lines written out, then shifted as plotted (TradingView: d − 1 bars). */
function reference(
  h: ArrayLike<number>,
  l: ArrayLike<number>,
  c: ArrayLike<number>,
  conv: number,
  base: number,
  spanB: number,
  d: number,
) {
  const n = h.length
  const mid = (i: number, p: number) => {
    if (i < p - 1) return Number.NaN
    let hi = h[i]!
    let lo = l[i]!
    for (let j = i - p + 1; j < i; j++) {
      hi = Math.max(hi, h[j]!)
      lo = Math.min(lo, l[j]!)
    }
    return (hi + lo) / 2
  }
  const tenkan = Array.from({ length: n }, (_, i) => mid(i, conv))
  const kijun = Array.from({ length: n }, (_, i) => mid(i, base))
  const s = d - 1
  const senkouA = Array.from({ length: n }, (_, i) => (i - s < 0 ? Number.NaN : (tenkan[i - s]! + kijun[i - s]!) / 2))
  const senkouB = Array.from({ length: n }, (_, i) => (i - s < 0 ? Number.NaN : mid(i - s, spanB)))
  const chikou = Array.from({ length: n }, (_, i) => (i + s < n ? c[i + s]! : Number.NaN))
  return { tenkan, kijun, senkouA, senkouB, chikou }
}

describe('ichimoku (Goichi Hosoda)', () => {
  it.each([
    ['GOOG.csv', 9, 26, 52, 26],
    ['Coinbase_BTCUSD_1h.csv', 20, 60, 120, 30],
  ])('matches the definition on %s (%i/%i/%i/%i)', (file, conversionPeriod, basePeriod, spanBPeriod, displacement) => {
    const b = parityBars(file)
    const n = 2500
    const head = { high: b.high.subarray(0, n), low: b.low.subarray(0, n), close: b.close.subarray(0, n) }
    const ours = ichimoku(head, { conversionPeriod, basePeriod, spanBPeriod, displacement })
    const want = reference(head.high, head.low, head.close, conversionPeriod, basePeriod, spanBPeriod, displacement)
    for (const k of ['tenkan', 'kijun', 'senkouA', 'senkouB', 'chikou'] as const)
      expectSeriesClose(ours[k], want[k], 1e-15, k)
  })

  it('places the spans as worked by hand from GOOG.csv rows 1-3 (periods 1/2/3, displacement 2)', () => {
    // highs 104.06, 109.08, 113.48; lows 95.96, 100.5, 109.05; closes 100.34, 108.31, 109.4
    const ich = ichimoku(parityBars('GOOG.csv'), {
      conversionPeriod: 1,
      basePeriod: 2,
      spanBPeriod: 3,
      displacement: 2,
    })
    expect(ich.tenkan[1]).toBeCloseTo((109.08 + 100.5) / 2, 12)
    expect(ich.kijun[1]).toBeCloseTo((109.08 + 95.96) / 2, 12)
    expect(ich.senkouA[2]).toBeCloseTo(((109.08 + 100.5) / 2 + (109.08 + 95.96) / 2) / 2, 12)
    expect(ich.senkouB[3]).toBeCloseTo((113.48 + 95.96) / 2, 12)
    expect(ich.chikou[0]).toBe(108.31)
  })

  it('matches technicalindicators IchimokuCloud and trading-signals IchimokuCloud (both unshifted)', () => {
    const b = parityBars('GOOG.csv')
    const ours = ichimoku(b)
    const s = 25
    const unshift = (a: Float64Array) => a.subarray(s + 51)
    // technicalindicators starts at bar max(periods, displacement) − 1 = 51, unshifted
    const theirs = ti.IchimokuCloud.calculate({
      high: Array.from(b.high),
      low: Array.from(b.low),
      conversionPeriod: 9,
      basePeriod: 26,
      spanPeriod: 52,
      displacement: 26,
    })
    expectSeriesClose(
      ours.tenkan.subarray(51),
      theirs.map((r) => r.conversion),
      1e-12,
      'ti conversion',
    )
    expectSeriesClose(
      ours.kijun.subarray(51),
      theirs.map((r) => r.base),
      1e-12,
      'ti base',
    )
    expectSeriesClose(
      unshift(ours.senkouA),
      theirs.map((r) => r.spanA).slice(0, b.high.length - 51 - s),
      1e-12,
      'ti spanA',
    )
    expectSeriesClose(
      unshift(ours.senkouB),
      theirs.map((r) => r.spanB).slice(0, b.high.length - 51 - s),
      1e-12,
      'ti spanB',
    )
    const peer = runPeer(new IchimokuCloud(), barList(b), (r) => (r as { spanB: number }).spanB)
    expectSeriesClose(unshift(ours.senkouB), peer.slice(51, b.high.length - s), 1e-12, 'trading-signals spanB')
  })

  it('streams tenkan, kijun and both leading spans exactly like the batch', () => {
    const b = parityBars('Coinbase_BTCUSD_1h.csv')
    expectStreamingMatchesBatch(() => new ICHIMOKU(), barList(b, 2000), headOf(ichimoku(b), 2000), [
      'tenkan',
      'kijun',
      'senkouA',
      'senkouB',
    ])
  })

  it('handles short input and rejects bad options', () => {
    expect(ichimokuLookback()).toBe(51 + 25)
    const short = ichimoku({ high: [2, 3], low: [1, 2], close: [1.5, 2.5] })
    expect(Array.from(short.tenkan)).toEqual([Number.NaN, Number.NaN])
    expect(Array.from(short.chikou)).toEqual([Number.NaN, Number.NaN])
    for (const arg of ['conversionPeriod', 'basePeriod', 'spanBPeriod', 'displacement'] as const) {
      try {
        ichimoku({ high: [2], low: [1], close: [1] }, { [arg]: 0 })
        expect.fail('no error')
      } catch (e) {
        expect(isAitradeError(e) && e.details.argument === arg).toBe(true)
      }
    }
  })
})
