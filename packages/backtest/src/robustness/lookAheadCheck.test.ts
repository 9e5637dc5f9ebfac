import { BarSeries, type Strategy } from '@aitrade/core'
import { readBarsCsv } from '@aitrade/core/node'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectCode } from '../../test-support/expectCode.js'
import { sharedDataPath } from '../../test-support/sharedData.js'
import { smaCross } from '../../test-support/smaCross.js'
import { lookAheadCheck } from './lookAheadCheck.js'

/** Buys 1 share when the *next* close is higher, sells it when the next close is lower: reads the future. */
function peeker(data: BarSeries | ReadonlyMap<string, BarSeries>): Strategy {
  const close = (data as BarSeries).close
  return {
    onBar(bar, ctx) {
      const next = close[ctx.barIndex + 1] as number
      const pos = ctx.position()
      if (!pos && next > bar.close) ctx.submit({ symbol: ctx.symbol, side: 'buy', type: 'market', amount: 1 })
      else if (pos && next < bar.close)
        ctx.submit({ symbol: ctx.symbol, side: 'sell', type: 'market', amount: pos.amount })
    },
  }
}

describe('lookAheadCheck on GOOG (real data)', () => {
  let goog: BarSeries
  beforeAll(async () => {
    goog = await readBarsCsv(sharedDataPath('GOOG.csv'), { symbol: 'GOOG' })
  })

  it('a causal SMA(10/20) crossover passes at the 10 default cuts', async () => {
    const r = await lookAheadCheck({ strategy: () => smaCross(10, 20), data: goog, backtest: { cash: 10_000 } })
    // round(k × 2147 / 11), k = 1…10
    expect(r.cuts).toEqual([195, 390, 586, 781, 976, 1171, 1366, 1561, 1757, 1952])
    expect(r.differences).toEqual([])
    expect(r.ok).toBe(true)
  }, 60_000)

  it('a strategy that reads close[i + 1] is caught at the cuts where the full run acted on the peek', async () => {
    const r = await lookAheadCheck({ strategy: peeker, data: goog })
    // hand model of the full run: the position toggles on each order (1 share always fits in 10 000 of cash, the fill
    // is at the next open, before the next onBar); truncated at c, close[c + 1] is undefined, so bar c has no order
    const close = goog.close
    const orderAt: boolean[] = []
    const sideAt: string[] = []
    let long = false
    for (let i = 0; i < goog.length; i++) {
      const next = close[i + 1] as number
      const act = (!long && next > close[i]!) || (long && next < close[i]!)
      orderAt.push(act)
      sideAt.push(long ? 'sell' : 'buy')
      if (act) long = !long
    }
    const caught = r.cuts.filter((c) => orderAt[c])
    expect(caught.length).toBeGreaterThan(0)
    expect(r.ok).toBe(false)
    expect(r.differences.map((d) => d.barIndex)).toEqual(caught)
    expect(r.differences.map((d) => d.cut)).toEqual(caught)
    const first = r.differences[0]!
    expect(first.time).toBe(goog.time[caught[0]!])
    expect(first.symbol).toBe('GOOG')
    expect(first.truncated).toEqual([])
    expect(first.full).toHaveLength(1)
    expect(first.full[0]).toMatchObject({
      action: 'submit',
      // a buy passes the number 1, a sell the position's Decimal amount (recorded as its string)
      order: {
        symbol: 'GOOG',
        side: sideAt[caught[0]!],
        type: 'market',
        amount: sideAt[caught[0]!] === 'buy' ? 1 : '1',
      },
    })
  }, 60_000)

  it('also catches a strategy that reads close[i + 1] from its own reference to the full series; the data is restored', async () => {
    const before = Float64Array.from(goog.close)
    const highs = Float64Array.from(goog.high)
    // ignores the factory's argument: the closure holds the full series
    const closurePeeker = () => peeker(goog)
    const r = await lookAheadCheck({ strategy: closurePeeker, data: goog, cuts: 20 })
    // by hand: while truncated at c the mirrored close[c + 1] = close[c]² / close[c + 1] moves the other way, so at
    // bar c the truncated run acts exactly when the full run does not (unless the two closes are equal)
    const close = goog.close
    const orderAt: boolean[] = []
    let long = false
    for (let i = 0; i < goog.length; i++) {
      const next = close[i + 1] as number
      const act = (!long && next > close[i]!) || (long && next < close[i]!)
      orderAt.push(act)
      if (act) long = !long
    }
    const caught = r.cuts.filter((c) => close[c + 1] !== close[c])
    expect(r.cuts).toHaveLength(20)
    expect(caught.length).toBeGreaterThan(0)
    expect(r.ok).toBe(false)
    expect(r.differences.map((d) => d.barIndex)).toEqual(caught)
    for (const d of r.differences) {
      expect(d.full).toHaveLength(orderAt[d.cut] ? 1 : 0)
      expect(d.truncated).toHaveLength(orderAt[d.cut] ? 0 : 1)
    }
    expect(goog.close).toEqual(before)
    expect(goog.high).toEqual(highs)
    // without the mirror, truncation alone cannot see a reference it does not control
    const blind = await lookAheadCheck({ strategy: closurePeeker, data: goog, cuts: 20, mirrorFuture: false })
    expect(blind.ok).toBe(true)
  }, 60_000)

  it('compares emitted signals too: a signal whose confidence reads the next close is caught at every cut', async () => {
    const signaller = (data: BarSeries | ReadonlyMap<string, BarSeries>): Strategy => {
      const close = (data as BarSeries).close
      return {
        onBar(bar, ctx) {
          if (ctx.barIndex % 5 !== 0) return
          const next = close[ctx.barIndex + 1]
          ctx.emitSignal({
            id: `s${ctx.barIndex}`,
            symbol: 'GOOG',
            side: 'buy',
            confidence: next !== undefined && next > bar.close ? 0.9 : 0.5,
            entry: bar.close,
            timeframe: '1d',
            timestamp: bar.time,
          })
        },
      }
    }
    const r = await lookAheadCheck({ strategy: signaller, data: goog, cuts: [100, 205, 300] })
    // by hand: signals on bars divisible by 5 only; at cut c the truncated run has no close[c + 1] (confidence 0.5),
    // so the signal of bar c differs when c is a signal bar and the full run saw a higher next close
    const expected = [100, 205, 300].filter((c) => c % 5 === 0 && goog.close[c + 1]! > goog.close[c]!)
    expect(expected.length).toBeGreaterThan(0)
    expect(r.differences.map((d) => d.barIndex)).toEqual(expected)
    for (const d of r.differences) {
      expect(d.full).toMatchObject([{ action: 'signal', signal: { id: `s${d.barIndex}`, confidence: 0.9 } }])
      expect(d.truncated).toMatchObject([{ action: 'signal', signal: { id: `s${d.barIndex}`, confidence: 0.5 } }])
    }
    // and the causal version of it passes
    const causal = await lookAheadCheck({
      strategy: () =>
        signaller(BarSeries.fromColumns({ time: [], open: [], high: [], low: [], close: [], volume: [] })),
      data: goog,
      cuts: [100, 205, 300],
    })
    expect(causal.ok).toBe(true)
  }, 60_000)

  it('takes explicit cuts; a non-causal normalisation (mean of the whole series) is caught before the cut', async () => {
    // buys below the mean of all closes given to it, sells above: the mean of bars 0..300 differs from the full mean
    const meanRev = (data: BarSeries | ReadonlyMap<string, BarSeries>): Strategy => {
      const c = (data as BarSeries).close
      let sum = 0
      for (const x of c) sum += x
      const mean = sum / c.length
      return {
        onBar(bar, ctx) {
          const pos = ctx.position()
          if (!pos && bar.close < mean) ctx.submit({ symbol: ctx.symbol, side: 'buy', type: 'market', amount: 1 })
          else if (pos && bar.close > mean) ctx.submit({ symbol: ctx.symbol, side: 'sell', type: 'market', amount: 1 })
        },
      }
    }
    const r = await lookAheadCheck({ strategy: meanRev, data: goog, cuts: [300] })
    expect(r.cuts).toEqual([300])
    expect(r.ok).toBe(false)
    // by hand: the first bar whose close lies between the two means is where the two runs first act differently
    let fullSum = 0
    for (const x of goog.close) fullSum += x
    const fullMean = fullSum / goog.length
    let cutSum = 0
    for (let i = 0; i <= 300; i++) cutSum += goog.close[i]!
    const cutMean = cutSum / 301
    // GOOG starts near 100 and ends near 800: bar 0 is below both means, so both runs buy on bar 0
    expect(goog.close[0]!).toBeLessThan(Math.min(fullMean, cutMean))
    // the truncated run sells at the first close above its mean (the full run holds: its mean is higher)
    let firstSell = -1
    for (let i = 1; i <= 300 && firstSell < 0; i++) if (goog.close[i]! > cutMean) firstSell = i
    expect(cutMean).toBeLessThan(fullMean)
    expect(r.differences[0]?.barIndex).toBe(firstSell)
    expect(r.differences[0]?.full).toEqual([])
    expect(r.differences[0]?.truncated).toMatchObject([{ action: 'submit', order: { side: 'sell' } }])
  }, 60_000)

  it('checks several symbols on one clock', async () => {
    const two = new Map([
      ['GOOG', goog.slice(0, 600)],
      ['COPY', BarSeries.fromColumns(goog.slice(0, 600), { symbol: 'COPY' })],
    ])
    const before = Float64Array.from(goog.close.subarray(0, 600))
    const r = await lookAheadCheck({ strategy: () => smaCross(10, 20), data: two, cuts: 3 })
    expect(r.cuts).toEqual([150, 300, 449])
    expect(r.ok).toBe(true)
    // both series view the same memory: mirrored once and restored
    expect(two.get('COPY')?.close).toEqual(before)
  }, 60_000)

  it('rejects bad options, naming them', async () => {
    const data = goog.slice(0, 50)
    const s = () => smaCross(10, 20)
    await expectCode(lookAheadCheck({ strategy: smaCross(10, 20) as never, data }), 'INVALID_ARGUMENT', '"strategy"')
    await expectCode(lookAheadCheck({ strategy: (() => 42) as never, data }), 'INVALID_ARGUMENT', '"strategy"')
    await expectCode(lookAheadCheck({ strategy: s, data: goog.slice(0, 1) }), 'INVALID_ARGUMENT', '"data"')
    await expectCode(lookAheadCheck({ strategy: s, data: goog.slice(0, 0) }), 'INVALID_ARGUMENT', '"data"')
    await expectCode(lookAheadCheck({ strategy: s, data, cuts: 0 }), 'INVALID_ARGUMENT', '"cuts"')
    await expectCode(lookAheadCheck({ strategy: s, data, cuts: [] }), 'INVALID_ARGUMENT', '"cuts"')
    await expectCode(lookAheadCheck({ strategy: s, data, cuts: [10, 49] }), 'INVALID_ARGUMENT', '"cuts[1]"')
    await expectCode(lookAheadCheck({ strategy: s, data, cuts: [2.5] }), 'INVALID_ARGUMENT', '"cuts[0]"')
    await expectCode(
      lookAheadCheck({ strategy: s, data, mirrorFuture: 1 as never }),
      'INVALID_ARGUMENT',
      '"mirrorFuture"',
    )
  })
})
