import { fileURLToPath } from 'node:url'
import { BarSeries, type Strategy } from '@aitrade/core'
import { readBarsCsv } from '@aitrade/core/node'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuiltPackage } from '../../test-support/builtPackage.js'
import { expectCode } from '../../test-support/expectCode.js'
import { sharedDataPath, sharedLines } from '../../test-support/sharedData.js'
import { fractionCommission } from '../commission.js'
// @ts-expect-error plain-JS fixture without declarations
import { createSmaCross } from '../optimize/__fixtures__/smaCross.mjs'
import type { ParamSet } from '../optimize/parameterSpace.js'
import type { StrategyFactory } from '../optimize/strategySource.js'
import { runBacktest } from '../runBacktest.js'
import { walkForward } from './walkForward.js'

const DAY = 86_400_000
const T0 = Date.UTC(2020, 0, 1)

/** A synthetic daily series with known trends: close = 100 + 12 sin(i / 9) + i / 10, open = previous close. */
function synthetic(n: number): BarSeries {
  const close = Array.from({ length: n }, (_, i) => 100 + 12 * Math.sin(i / 9) + i / 10)
  const open = close.map((_, i) => (i === 0 ? 100 : (close[i - 1] as number)))
  return BarSeries.fromColumns(
    {
      time: close.map((_, i) => T0 + i * DAY),
      open,
      high: close.map((c, i) => Math.max(c, open[i] as number) + 0.5),
      low: close.map((c, i) => Math.min(c, open[i] as number) - 0.5),
      close,
      volume: close.map(() => 1000),
    },
    { symbol: 'SYN' },
  )
}

/** Holds 10 units long or short (the parameter `side`) from the first bar it may trade on. */
const holder: StrategyFactory = (p) => ({
  onBar(_bar, ctx) {
    if (!ctx.position())
      ctx.submit({ symbol: ctx.symbol, side: p.side === 'long' ? 'buy' : 'sell', type: 'market', amount: 10 })
  },
})

describe('walkForward on a synthetic series worked by hand', () => {
  const data = synthetic(100)
  const { open, close } = data
  const backtest = { cash: 10_000, allowShort: true }

  /**
   * Hand model: an in-sample run enters at the open of its second bar and is marked at its last close, so long wins
   * when close[e−1] > open[s+1]; out of sample, the order of the first out-of-sample bar e fills at open[e+1] and
   * finalize closes at close[f−1] (no fees).
   */
  function expected(anchored: boolean) {
    const out: { is: [number, number]; oos: [number, number]; side: string; curve: number[] }[] = []
    let level = 10_000
    for (let k = 0; 30 + 10 * k + 10 <= 100; k++) {
      const e = 30 + 10 * k
      const s = anchored ? 0 : e - 30
      const side = (close[e - 1] as number) > (open[s + 1] as number) ? 'long' : 'short'
      const sign = side === 'long' ? 1 : -1
      const entry = open[e + 1] as number
      const curve: number[] = []
      for (let j = e; j < e + 10; j++)
        curve.push(level * (1 + (j === e ? 0 : (sign * 10 * ((close[j] as number) - entry)) / 10_000)))
      level = curve[curve.length - 1] as number
      out.push({ is: [s, e], oos: [e, e + 10], side, curve })
    }
    return out
  }

  it.each([false, true])('anchored %s: windows, winners, compounded stitched equity', async (anchored) => {
    const progress: { window: number; done: number; total: number }[] = []
    const wf = await walkForward({
      strategy: holder,
      data,
      params: { side: ['long', 'short'] },
      objective: 'return',
      inSample: 30,
      outOfSample: 10,
      anchored,
      backtest,
      onProgress: (p) => progress.push({ window: p.window, done: p.done, total: p.total }),
    })
    const want = expected(anchored)
    // (100 − 30 − 10) / 10 + 1 = 7 windows
    expect(wf.windows).toHaveLength(7)
    wf.windows.forEach((w, k) => {
      const x = want[k]!
      expect(w.index).toBe(k)
      expect([w.inSample.start, w.inSample.end]).toEqual(x.is)
      expect([w.outOfSample.start, w.outOfSample.end]).toEqual(x.oos)
      expect(w.inSample.startTime).toBe(T0 + x.is[0] * DAY)
      expect(w.inSample.endTime).toBe(T0 + (x.is[1] - 1) * DAY)
      expect(w.outOfSample.startTime).toBe(T0 + x.oos[0] * DAY)
      expect(w.outOfSample.endTime).toBe(T0 + (x.oos[1] - 1) * DAY)
      expect(w.params).toEqual({ side: x.side })
      expect(w.best?.params).toEqual({ side: x.side })
      expect(w.outOfSampleStats?.tradeCount).toBe(1)
    })
    // both sides are picked somewhere, so the test exercises the choice
    expect(new Set(want.map((w) => w.side)).size).toBe(2)
    const curve = want.flatMap((w) => w.curve)
    expect(wf.equity.time).toEqual(Float64Array.from({ length: 70 }, (_, i) => T0 + (30 + i) * DAY))
    expect(wf.equity.equity.length).toBe(70)
    curve.forEach((v, i) => {
      expect(wf.equity.equity[i]).toBeCloseTo(v, 8)
    })
    expect(wf.stats.return).toBeCloseTo((curve[69] as number) / 10_000 - 1, 12)
    expect(wf.stats.buyAndHoldReturn).toBeCloseTo((close[99] as number) / (close[30] as number) - 1, 12)
    // one trade per window, in time order, each entered at open[e+1] and closed at close[e+9]
    expect(wf.trades).toHaveLength(7)
    expect(wf.stats.tradeCount).toBe(7)
    wf.trades.forEach((t, k) => {
      const e = want[k]!.oos[0]
      expect(t.entryTimestamp).toBe(T0 + (e + 1) * DAY)
      expect(t.entryPrice.toNumber()).toBe(open[e + 1])
      expect(t.exitPrice.toNumber()).toBe(close[e + 9])
      expect(t.side).toBe(want[k]!.side)
    })
    // efficiency: Pardo's ratio of annualized returns
    const isMean = wf.windows.reduce((a, w) => a + w.best!.stats.annualReturn, 0) / 7
    expect(wf.efficiency).toBe(isMean > 0 ? wf.stats.annualReturn / isMean : Number.NaN)
    // progress: 2 sets + 1 out-of-sample run per window = 21 runs; monotone, ends at the total
    expect(progress.every((p) => p.total === 21)).toBe(true)
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b))
    expect(progress[progress.length - 1]).toEqual({ window: 6, done: 21, total: 21 })
  })

  it("statsPnl 'gross': the stitched statistics see each trade's return before fees, the equity pays them", async () => {
    const common = {
      strategy: holder,
      data,
      params: { side: ['long', 'short'] },
      objective: 'return' as const,
      inSample: 30,
      outOfSample: 10,
    }
    const fee = { ...backtest, commission: fractionCommission('0.001') }
    const gross = await walkForward({ ...common, backtest: { ...fee, statsPnl: 'gross' } })
    const net = await walkForward({ ...common, backtest: fee })
    // by hand, per window: entry open[e+1], exit close[e+9], gross return sign × (exit − entry) / entry
    const want = gross.windows.map((w) => {
      const e = w.outOfSample.start
      const sign = w.params?.side === 'long' ? 1 : -1
      const entry = open[e + 1] as number
      const exit = close[e + 9] as number
      return {
        g: (sign * (exit - entry)) / entry,
        n: (sign * 10 * (exit - entry) - 0.001 * 10 * (entry + exit)) / (10 * entry),
      }
    })
    expect(gross.stats.bestTrade).toBeCloseTo(Math.max(...want.map((x) => x.g)), 12)
    expect(net.stats.bestTrade).toBeCloseTo(Math.max(...want.map((x) => x.n)), 12)
    expect(Array.from(gross.equity.equity)).toEqual(Array.from(net.equity.equity))
  })

  it('takes a step larger than the out-of-sample window (gaps between segments) and no winner at all', async () => {
    const wf = await walkForward({
      strategy: holder,
      data,
      params: { side: ['long', 'short'] },
      objective: 'return',
      inSample: 30,
      outOfSample: 10,
      step: 25,
      backtest,
    })
    // e = 30, 55, 80 (80 + 10 <= 100); 105 would not fit
    expect(wf.windows.map((w) => [w.outOfSample.start, w.outOfSample.end])).toEqual([
      [30, 40],
      [55, 65],
      [80, 90],
    ])
    expect(wf.equity.time.length).toBe(30)
    expect(wf.equity.time[10]).toBe(T0 + 55 * DAY)
    const none = await walkForward({
      strategy: holder,
      data,
      params: { side: ['long', 'short'] },
      constraint: () => false,
      inSample: 30,
      outOfSample: 10,
      backtest,
    })
    expect(none.windows.every((w) => w.best === undefined && w.outOfSampleStats === undefined)).toBe(true)
    expect(Array.from(new Set(none.equity.equity))).toEqual([10_000])
    expect(none.trades).toHaveLength(0)
    expect(none.efficiency).toBeNaN()
  })

  it('rejects bad windows and misaligned series, naming the option', async () => {
    const base = { strategy: holder, data, params: { side: ['long'] }, inSample: 30, outOfSample: 10 }
    await expectCode(walkForward({ ...base, inSample: 0 }), 'INVALID_ARGUMENT', '"inSample"')
    await expectCode(walkForward({ ...base, inSample: 12.5 }), 'INVALID_ARGUMENT', '"inSample"')
    await expectCode(walkForward({ ...base, outOfSample: -1 }), 'INVALID_ARGUMENT', '"outOfSample"')
    await expectCode(walkForward({ ...base, outOfSample: Number.NaN }), 'INVALID_ARGUMENT', '"outOfSample"')
    await expectCode(walkForward({ ...base, step: 5 }), 'INVALID_ARGUMENT', '"step"')
    await expectCode(walkForward({ ...base, anchored: 'yes' as never }), 'INVALID_ARGUMENT', '"anchored"')
    await expectCode(walkForward({ ...base, inSample: 95 }), 'INSUFFICIENT_DATA', 'data')
    await expectCode(walkForward({ ...base, data: data.slice(0, 0) }), 'INVALID_ARGUMENT', '"data"')
    await expectCode(walkForward({ ...base, params: {} }), 'INVALID_ARGUMENT', '"params"')
    const shifted = new Map([
      ['A', data.slice(0, 99)],
      ['B', data.slice(1)],
    ])
    await expectCode(walkForward({ ...base, data: shifted }), 'INVALID_ARGUMENT', '"data.B"')
    const short = new Map([
      ['A', data],
      ['B', data.slice(0, 50)],
    ])
    await expectCode(walkForward({ ...base, data: short }), 'INVALID_ARGUMENT', 'one time index')
  })
})

describe('walkForward on GOOG (real data)', () => {
  const factory = createSmaCross as StrategyFactory
  const backtest = { cash: 10_000, commission: fractionCommission('0.002') }
  const params = { fast: [5, 10, 20], slow: [30, 60] }

  it('rolling 500/250: windows from the file, in-sample winners = best of direct runs, OOS trades inside their windows', async () => {
    const goog = await readBarsCsv(sharedDataPath('GOOG.csv'), { symbol: 'GOOG' })
    const dates = sharedLines('GOOG.csv')
      .slice(1)
      .map((l) => Date.parse(`${l.split(',')[0]}T00:00:00Z`))
    const wf = await walkForward({
      strategy: factory,
      data: goog,
      params,
      objective: 'sharpeRatio',
      inSample: 500,
      outOfSample: 250,
      backtest,
    })
    // 2148 bars: (2148 − 750) / 250 + 1 → 6 windows
    expect(wf.windows).toHaveLength(6)
    let level = 10_000
    let tradeCount = 0
    for (const w of wf.windows) {
      const k = w.index
      expect(w.inSample).toEqual({
        start: 250 * k,
        end: 250 * k + 500,
        startTime: dates[250 * k],
        endTime: dates[250 * k + 499],
      })
      expect(w.outOfSample).toEqual({
        start: 250 * k + 500,
        end: 250 * k + 750,
        startTime: dates[250 * k + 500],
        endTime: dates[250 * k + 749],
      })
      // oracle for the winner: each set backtested directly on the in-sample bars, the best picked here
      let best: { p: ParamSet; v: number } = { p: {}, v: Number.NEGATIVE_INFINITY }
      for (const fast of params.fast)
        for (const slow of params.slow) {
          const r = await runBacktest({
            ...backtest,
            strategy: factory({ fast, slow }),
            data: goog.slice(250 * k, 250 * k + 500),
          })
          if (r.stats.sharpeRatio > best.v) best = { p: { fast, slow }, v: r.stats.sharpeRatio }
        }
      expect(w.params).toEqual(best.p)
      expect(w.best?.objective).toBe(best.v)
      level *= 1 + (w.outOfSampleStats?.return as number)
      tradeCount += w.outOfSampleStats?.tradeCount as number
    }
    for (const t of wf.trades) {
      const w = wf.windows.find(
        (x) => t.entryTimestamp > x.outOfSample.startTime && t.entryTimestamp <= x.outOfSample.endTime,
      )
      expect(w).toBeDefined()
      expect(t.exitTimestamp).toBeLessThanOrEqual(w!.outOfSample.endTime)
    }
    // compounding: the stitched final equity is cash × Π (1 + window return)
    expect(wf.equity.equity[wf.equity.equity.length - 1]).toBeCloseTo(level, 6)
    expect(wf.equity.time.length).toBe(1500)
    expect(wf.equity.time[0]).toBe(dates[500])
    expect(wf.trades).toHaveLength(tradeCount)
    expect(wf.stats.tradeCount).toBe(tradeCount)
    expect(wf.stats.buyAndHoldReturn).toBeCloseTo(goog.close[1999]! / goog.close[500]! - 1, 12)
  }, 60_000)

  it('runs on aligned multi-symbol data (a Map) like on the single series', async () => {
    const goog = (await readBarsCsv(sharedDataPath('GOOG.csv'), { symbol: 'GOOG' })).slice(0, 900)
    // a two-symbol strategy that trades only GOOG, so the result must equal the single-series run
    const onlyGoog: StrategyFactory = (p) => {
      const inner = factory(p)
      return {
        onBar(bar, ctx) {
          if (ctx.symbol === 'GOOG') return inner.onBar?.(bar, ctx)
        },
      } satisfies Strategy
    }
    const opts = { params, objective: 'return' as const, inSample: 400, outOfSample: 250, backtest }
    const single = await walkForward({ ...opts, strategy: factory, data: goog })
    const multi = await walkForward({
      ...opts,
      strategy: onlyGoog,
      data: new Map([
        ['GOOG', goog],
        ['COPY', BarSeries.fromColumns(goog, { symbol: 'COPY' })],
      ]),
    })
    expect(multi.windows.map((w) => w.params)).toEqual(single.windows.map((w) => w.params))
    expect(Array.from(multi.equity.equity)).toEqual(Array.from(single.equity.equity))
    expect(multi.trades.map((t) => t.pnl.toString())).toEqual(single.trades.map((t) => t.pnl.toString()))
  }, 60_000)
})

describe('walkForward with a strategy module (worker threads for the in-sample runs)', () => {
  const fixture = fileURLToPath(new URL('../optimize/__fixtures__/smaCross.mjs', import.meta.url))
  const module = { module: fixture, export: 'createSmaCross', optionsExport: 'smaCrossOptions', setup: { rate: 0.002 } }
  const opts = {
    params: { fast: [5, 10], slow: [30, 60] },
    objective: 'return' as const,
    inSample: 400,
    outOfSample: 300,
  }

  beforeAll(() => {
    ensureBuiltPackage()
  }, 300_000)

  it('gives the same windows and stitched equity on 2 workers, in-process, and with a factory', async () => {
    const goog = (await readBarsCsv(sharedDataPath('GOOG.csv'), { symbol: 'GOOG' })).slice(0, 1300)
    const backtest = { cash: 10_000, commission: fractionCommission('0.002') }
    const viaFactory = await walkForward({ ...opts, strategy: createSmaCross as StrategyFactory, data: goog, backtest })
    const inProcess = await walkForward({
      ...opts,
      strategy: module,
      data: goog,
      backtest: { cash: 10_000 },
      workers: 0,
    })
    const parallel = await walkForward({
      ...opts,
      strategy: module,
      data: goog,
      backtest: { cash: 10_000 },
      workers: 2,
    })
    expect(viaFactory.windows).toHaveLength(3)
    for (const r of [inProcess, parallel]) {
      expect(r.windows.map((w) => w.params)).toEqual(viaFactory.windows.map((w) => w.params))
      expect(r.windows.map((w) => w.outOfSampleStats)).toEqual(viaFactory.windows.map((w) => w.outOfSampleStats))
      expect(Array.from(r.equity.equity)).toEqual(Array.from(viaFactory.equity.equity))
    }
  }, 120_000)
})
