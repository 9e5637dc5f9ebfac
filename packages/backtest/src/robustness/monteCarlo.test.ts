import { isAitradeError } from '@aitrade/core'
import { readBarsCsv } from '@aitrade/core/node'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sharedDataPath } from '../../test-support/sharedData.js'
import { fractionCommission } from '../commission.js'
// @ts-expect-error plain-JS fixture without declarations
import { createSmaCross } from '../optimize/__fixtures__/smaCross.mjs'
import type { StrategyFactory } from '../optimize/strategySource.js'
import { runBacktest } from '../runBacktest.js'
import { monteCarlo } from './monteCarlo.js'

function expectCode(fn: () => unknown, code: string, text: string): void {
  try {
    fn()
    expect.unreachable()
  } catch (e) {
    expect(isAitradeError(e) && e.code).toBe(code)
    expect((e as Error).message).toContain(text)
  }
}

function share(values: Float64Array, x: number): number {
  let k = 0
  for (const v of values) if (Math.abs(v - x) < 1e-12) k++
  return k / values.length
}

describe('monteCarlo, hand-worked small cases', () => {
  // PnLs +100, −50, +20 from 1000
  const pnl = [100, -50, 20]

  it('shuffle of 3 trades: the final return is invariant, the drawdown takes the 4 values enumerated by hand', () => {
    const mc = monteCarlo({ trades: pnl, initialEquity: 1000, method: 'shuffle', simulations: 60_000, seed: 3 })
    expect(mc.method).toBe('shuffle')
    expect(mc.tradeCount).toBe(3)
    for (const r of mc.finalReturns) expect(r).toBeCloseTo(0.07, 12)
    expect(mc.probabilityOfLoss).toBe(0)
    // the 6 orders, by hand (equity after each trade → deepest fall below the running peak):
    //  100,-50,20: 1100,1050,1070 → −50/1100 = −1/22      100,20,-50: 1100,1120,1070 → −50/1120 = −5/112
    //  -50,100,20: 950,…          → −50/1000 = −0.05      -50,20,100: 950,970,1070 → −0.05
    //  20,100,-50: 1020,1120,1070 → −5/112                 20,-50,100: 1020,970,1070 → −50/1020 = −5/102
    const law = [
      [-0.05, 2 / 6],
      [-5 / 102, 1 / 6],
      [-1 / 22, 1 / 6],
      [-5 / 112, 2 / 6],
    ] as const
    let covered = 0
    for (const [v, p] of law) {
      const f = share(mc.maxDrawdowns, v)
      expect(Math.abs(f - p)).toBeLessThan(0.01)
      covered += f
    }
    expect(covered).toBeCloseTo(1, 12)
    // quantiles away from the steps of the distribution function: 5 % and 25 % fall on −0.05, 75 % and 95 % on −5/112
    expect(mc.maxDrawdown.quantiles[0]).toBeCloseTo(-0.05, 12)
    expect(mc.maxDrawdown.quantiles[1]).toBeCloseTo(-0.05, 12)
    expect(mc.maxDrawdown.quantiles[3]).toBeCloseTo(-5 / 112, 12)
    expect(mc.maxDrawdown.quantiles[4]).toBeCloseTo(-5 / 112, 12)
    expect(mc.maxDrawdown.min).toBeCloseTo(-0.05, 12)
    expect(mc.maxDrawdown.max).toBeCloseTo(-5 / 112, 12)
    // a drawdown of 4.9 % or more: −0.05 and −5/102 ≈ −0.04902 → 1/2
    const at = monteCarlo({
      trades: pnl,
      initialEquity: 1000,
      method: 'shuffle',
      simulations: 60_000,
      drawdownLevel: 0.049,
    })
    expect(Math.abs(at.probabilityOfDrawdown - 0.5)).toBeLessThan(0.01)
  })

  it('bootstrap of 3 trades: 27 equally likely sequences, P(loss) = 7/27, mean 0.07, range [−0.15, 0.30]', () => {
    const mc = monteCarlo({ trades: pnl, initialEquity: 1000, simulations: 100_000, seed: 11 })
    // sums below 0: −150 (1 sequence), −80 (−50,−50,+20: 3), −10 (−50,+20,+20: 3) → 7 of 27
    expect(Math.abs(mc.probabilityOfLoss - 7 / 27)).toBeLessThan(0.01)
    expect(Math.abs(mc.finalReturn.mean - 0.07)).toBeLessThan(0.002)
    expect(mc.finalReturn.min).toBeCloseTo(-0.15, 12)
    expect(mc.finalReturn.max).toBeCloseTo(0.3, 12)
    // the median of the 27 sums (sorted: …, 70 is the 14th) is +70 → 0.07
    expect(mc.finalReturn.quantiles[2]).toBeCloseTo(0.07, 12)
    // worst drawdown: three losses, 1000 → 850
    expect(mc.maxDrawdown.min).toBeCloseTo(-0.15, 12)
    expect(mc.maxDrawdown.max).toBe(0)
  })

  it('type-7 quantiles between order statistics, worked by hand on two simulations', () => {
    // one trade, bootstrap: every sequence is that trade; two trades shuffled from 1000: (+100, −100) → 0 and
    // drawdown −100/1100 = −1/11, (−100, +100) → drawdown −0.1
    const one = monteCarlo({ trades: [50], initialEquity: 1000, simulations: 3, quantiles: [0, 0.5, 1] })
    for (const v of one.finalReturn.quantiles) expect(v).toBeCloseTo(0.05, 12)
    const mc = monteCarlo({
      trades: [100, -100],
      initialEquity: 1000,
      method: 'shuffle',
      simulations: 2000,
      quantiles: [0, 1],
    })
    const k = mc.maxDrawdowns.filter((d) => Math.abs(d + 0.1) < 1e-12).length
    expect(k).toBeGreaterThan(800)
    expect(k).toBeLessThan(1200)
    // with k values of −0.1 and 2000 − k of −1/11: q → position q × 1999 in the sorted sample
    // position k − 1 is the last −0.1, position k the first −1/11, k − 0.5 halfway
    const q = k / 1999
    const at = monteCarlo({
      trades: [100, -100],
      initialEquity: 1000,
      method: 'shuffle',
      simulations: 2000,
      quantiles: [(k - 1) / 1999, q, (k - 0.5) / 1999],
    })
    expect(at.maxDrawdown.quantiles[0]).toBeCloseTo(-0.1, 12)
    expect(at.maxDrawdown.quantiles[1]).toBeCloseTo(-1 / 11, 12)
    expect(at.maxDrawdown.quantiles[2]).toBeCloseTo((-0.1 + -1 / 11) / 2, 12)
  })

  it('compounding: shuffled returns on equity keep the final return; worked by hand on two trades', () => {
    // +100 on 1000 is +10 %, then −110 on 1100 is −10 %: either order ends at 1000 × 1.1 × 0.9 = 990
    const mc = monteCarlo({
      trades: [100, -110],
      initialEquity: 1000,
      method: 'shuffle',
      compound: true,
      simulations: 400,
    })
    expect(mc.compound).toBe(true)
    for (const r of mc.finalReturns) expect(r).toBeCloseTo(-0.01, 12)
    // drawdowns: (+10 %, −10 %) → −0.1 from the peak 1100; (−10 %, +10 %) → −0.1 from 1000
    for (const d of mc.maxDrawdowns) expect(d).toBeCloseTo(-0.1, 12)
    expect(mc.probabilityOfLoss).toBe(1)
  })

  it('ruin: equity at or below 0 stops the sequence at −100 %', () => {
    const mc = monteCarlo({ trades: [-600, -600, 500], initialEquity: 1000, method: 'shuffle', simulations: 500 })
    // by hand: with the gain first (1500, 900, 300) or in the middle (400, 900, 300) the sequence survives at −70 %;
    // with the gain last, 1000 → 400 → −200 is ruin: 2 of the 6 orders
    for (let i = 0; i < mc.simulations; i++) {
      const r = mc.finalReturns[i] as number
      if (r === -1) expect(mc.maxDrawdowns[i]).toBe(-1)
      else expect(r).toBeCloseTo(-0.7, 12)
    }
    expect(Math.abs(mc.probabilityOfRuin - 1 / 3)).toBeLessThan(0.08)
  })
})

describe('monteCarlo properties (fast-check)', () => {
  const pnls = fc.array(fc.double({ min: -500, max: 500, noNaN: true }), { minLength: 1, maxLength: 40 })

  it('shuffle keeps the final return; drawdowns in [−1, 0]; quantiles ordered; seeded', () => {
    fc.assert(
      fc.property(pnls, fc.nat(1000), (xs, seed) => {
        const e0 = 100_000
        const mc = monteCarlo({ trades: xs, initialEquity: e0, method: 'shuffle', simulations: 50, seed })
        const total = xs.reduce((a, b) => a + b, 0)
        for (const r of mc.finalReturns) expect(r).toBeCloseTo(total / e0, 9)
        for (const d of mc.maxDrawdowns) expect(d <= 0 && d >= -1).toBe(true)
        for (let k = 1; k < mc.quantiles.length; k++)
          expect(mc.maxDrawdown.quantiles[k]! >= mc.maxDrawdown.quantiles[k - 1]!).toBe(true)
        const again = monteCarlo({ trades: xs, initialEquity: e0, method: 'shuffle', simulations: 50, seed })
        expect(Array.from(again.maxDrawdowns)).toEqual(Array.from(mc.maxDrawdowns))
      }),
      { numRuns: 100 },
    )
  })

  it('bootstrap stays within n × min and n × max; only gains → no drawdown', () => {
    fc.assert(
      fc.property(pnls, fc.nat(1000), (xs, seed) => {
        const e0 = 100_000
        const mc = monteCarlo({ trades: xs, initialEquity: e0, simulations: 50, seed })
        const n = xs.length
        const lo = (n * Math.min(...xs)) / e0
        const hi = (n * Math.max(...xs)) / e0
        for (const r of mc.finalReturns) expect(r >= lo - 1e-9 && r <= hi + 1e-9).toBe(true)
        const gains = monteCarlo({ trades: xs.map(Math.abs), initialEquity: e0, simulations: 20, seed })
        for (const d of gains.maxDrawdowns) expect(d).toBe(0)
        expect(gains.probabilityOfLoss).toBe(0)
      }),
      { numRuns: 100 },
    )
  })
})

describe('monteCarlo on a GOOG backtest (real data)', () => {
  it('shuffling the all-in SMA(10/40) trades, compounded, keeps the backtest return; the bootstrap spreads around it', async () => {
    const goog = await readBarsCsv(sharedDataPath('GOOG.csv'), { symbol: 'GOOG' })
    const result = await runBacktest({
      strategy: (createSmaCross as StrategyFactory)({ fast: 10, slow: 40 }),
      data: goog,
      cash: 10_000,
      commission: fractionCommission('0.002'),
      finalize: true,
    })
    expect(result.trades.length).toBeGreaterThan(20)
    const shuffled = monteCarlo({ trades: result, method: 'shuffle', compound: true, simulations: 2000 })
    expect(shuffled.initialEquity).toBe(10_000)
    expect(shuffled.tradeCount).toBe(result.trades.length)
    // every trade closed (finalize): final equity = cash × Π (1 + trade return on equity), whatever the order
    for (const r of shuffled.finalReturns) expect(r).toBeCloseTo(result.stats.return, 9)
    // the order the backtest took is one of the permutations: its trade-by-trade drawdown lies in the shuffled range
    let e = 10_000
    let peak = e
    let dd = 0
    for (const t of result.trades) {
      e += t.pnl.toNumber()
      peak = Math.max(peak, e)
      dd = Math.min(dd, e / peak - 1)
    }
    expect(dd).toBeGreaterThanOrEqual(shuffled.maxDrawdown.min)
    expect(dd).toBeLessThanOrEqual(shuffled.maxDrawdown.max)
    // the bar-by-bar drawdown sees intra-trade falls too, so it is at least the trade-by-trade one
    expect(result.stats.maxDrawdown).toBeLessThanOrEqual(dd + 1e-12)
    const boot = monteCarlo({ trades: result, simulations: 5000, seed: 42 })
    expect(boot.finalReturn.quantiles[0]!).toBeLessThan(result.stats.return)
    expect(boot.finalReturn.quantiles[4]!).toBeGreaterThan(result.stats.return)
    const n = result.trades.length
    const mean = result.trades.reduce((a, t) => a + t.pnl.toNumber(), 0) / n
    // E[final return] = n × mean PnL / cash; the standard error of 5000 draws is far below 2 %
    expect(Math.abs(boot.finalReturn.mean - (n * mean) / 10_000)).toBeLessThan(
      0.02 * Math.abs((n * mean) / 10_000) + 0.01,
    )
  })

  it('rejects bad input, naming it', () => {
    expectCode(() => monteCarlo({ trades: [], initialEquity: 1 }), 'INSUFFICIENT_DATA', 'trades')
    expectCode(() => monteCarlo({ trades: [1, Number.NaN], initialEquity: 1 }), 'INVALID_ARGUMENT', '"trades[1]"')
    expectCode(() => monteCarlo({ trades: 'x' as never, initialEquity: 1 }), 'INVALID_ARGUMENT', '"trades"')
    expectCode(() => monteCarlo({ trades: [1] }), 'INVALID_ARGUMENT', '"initialEquity"')
    expectCode(() => monteCarlo({ trades: [1], initialEquity: 0 }), 'INVALID_ARGUMENT', '"initialEquity"')
    expectCode(() => monteCarlo({ trades: [1], initialEquity: 1, simulations: 0 }), 'INVALID_ARGUMENT', '"simulations"')
    expectCode(
      () => monteCarlo({ trades: [1], initialEquity: 1, simulations: 1.5 }),
      'INVALID_ARGUMENT',
      '"simulations"',
    )
    expectCode(
      () => monteCarlo({ trades: [1], initialEquity: 1, method: 'jackknife' as never }),
      'INVALID_ARGUMENT',
      '"method"',
    )
    expectCode(() => monteCarlo({ trades: [1], initialEquity: 1, seed: -1 }), 'INVALID_ARGUMENT', '"seed"')
    expectCode(() => monteCarlo({ trades: [1], initialEquity: 1, quantiles: [] }), 'INVALID_ARGUMENT', '"quantiles"')
    expectCode(
      () => monteCarlo({ trades: [1], initialEquity: 1, quantiles: [0.5, 5] }),
      'INVALID_ARGUMENT',
      '"quantiles[1]"',
    )
    expectCode(
      () => monteCarlo({ trades: [1], initialEquity: 1, drawdownLevel: 0 }),
      'INVALID_ARGUMENT',
      '"drawdownLevel"',
    )
  })
})
