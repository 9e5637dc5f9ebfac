import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { loadShared, sharedLines } from '../../test-support/sharedData.js'
import { smaCross } from '../../test-support/smaCross.js'
import { runBacktest } from '../runBacktest.js'
import { backtestingPyPreset } from './backtestingPyPreset.js'

const DAY = 86_400_000

describe('backtestingPyPreset — golden: SmaCross(10, 20) on GOOG with commission=.002, exclusive_orders=True', () => {
  // Oracle: the statistics table backtesting.py 0.6 prints for this run in its "Quick Start User Guide"
  // (doc/examples/Quick Start User Guide, Out[5]: `Backtest(GOOG, SmaCross, cash=10_000, commission=.002)`), printed to
  // 2 decimals. Its SmaCross calls `position.close()` before `buy()`/`sell()`, which is what `exclusive_orders=True` does
  // to the README's SmaCross, so both give the same run. (The README's own table predates 0.6: it has no
  // "Commissions" line and was computed with commissions folded into prices.)
  // The strategy's first call is at bar 20 (`start = 1 + warm-up of SMA(20)`), so buy & hold starts at bar 19.
  const goog = loadShared('GOOG.csv', 'GOOG')
  const run = runBacktest({
    strategy: smaCross(10, 20, true),
    data: goog,
    ...backtestingPyPreset({ cash: 10_000, commission: 0.002, firstTradingBar: 19 }),
  })
  const printed = (actual: number, shown: number) => expect(Math.abs(actual - shown)).toBeLessThanOrEqual(0.005 + 1e-9)

  it('prints the published statistics line by line', async () => {
    const s = (await run).stats
    expect(s.start).toBe(Date.UTC(2004, 7, 19))
    expect(s.end).toBe(Date.UTC(2013, 2, 1))
    expect(s.duration).toBe(3116 * DAY)
    printed(s.exposureTime * 100, 94.27)
    printed(s.equityFinal, 56263.52)
    printed(s.equityPeak, 56309.06)
    printed(s.fees, 10563.95)
    printed(s.return * 100, 462.64)
    printed(s.buyAndHoldReturn * 100, 607.37)
    printed(s.annualReturn * 100, 22.47)
    printed(s.annualVolatility * 100, 37.41)
    printed(s.cagr * 100, 14.99)
    printed(s.sharpeRatio, 0.6)
    printed(s.sortinoRatio, 1.14)
    printed(s.calmarRatio, 0.66)
    printed(s.alpha * 100, 450.62)
    printed(s.beta, 0.02)
    printed(s.maxDrawdown * 100, -33.93)
    printed(s.avgDrawdown * 100, -6.16)
    expect(s.maxDrawdownDuration).toBe(830 * DAY)
    expect(s.avgDrawdownDuration).toBe(50 * DAY)
    expect(s.tradeCount).toBe(93)
    printed(s.winRate * 100, 54.84)
    printed(s.bestTrade * 100, 57.43)
    printed(s.worstTrade * 100, -16.4)
    printed(s.avgTrade * 100, 2.16)
    expect(s.maxTradeDuration).toBe(121 * DAY)
    expect(s.avgTradeDuration).toBe(32 * DAY)
    printed(s.profitFactor, 2.27)
    printed(s.expectancy * 100, 2.69)
    printed(s.sqn, 2.01)
    printed(s.kellyCriterion, 0.26)
  })

  it('fills as backtesting.py does: next open, whole units sized all-in at fill time, one trade at a time', async () => {
    const r = await run
    const rows = sharedLines('GOOG.csv')
      .slice(1)
      .map((l) => l.split(',').map(Number))
    // the first trade: `87 × (185.23 − 114.42)` in the guide's `_trades` table, worked here from the file
    const t0 = r.trades[0]!
    expect(t0.entryBar).toBeDefined()
    const open = rows[t0.entryBar!]![1]!
    expect(t0.entryPrice.toNumber()).toBe(open)
    // size = int(10000 * (1 - eps) // (open * 1.002))
    expect(t0.amount.toNumber()).toBe(Math.floor((10_000 * (1 - Number.EPSILON)) / (open * 1.002)))
    expect(t0.fees.toNumber()).toBeCloseTo(t0.amount.toNumber() * (open + t0.exitPrice.toNumber()) * 0.002, 9)
    for (const t of r.trades) expect(t.exitBar! >= t.entryBar!).toBe(true)
    // trades alternate long/short and never overlap (exclusive orders)
    for (let i = 1; i < r.trades.length; i++) {
      expect(r.trades[i]!.side).not.toBe(r.trades[i - 1]!.side)
      expect(r.trades[i]!.entryBar).toBe(r.trades[i - 1]!.exitBar)
    }
    // the 94th trade is still open at the end and stays out of the statistics
    expect(r.openPositions).toHaveLength(1)
  })

  it('finalizeTrades closes the open trade at the last bar open, as backtesting.py re-runs its broker', async () => {
    const r = await runBacktest({
      strategy: smaCross(10, 20, true),
      data: goog,
      ...backtestingPyPreset({ cash: 10_000, commission: 0.002, finalizeTrades: true }),
    })
    expect(r.trades).toHaveLength(94)
    const last = r.trades[93]!
    expect(last.exitBar).toBe(goog.length - 1)
    expect(last.exitPrice.toNumber()).toBe(goog.open[goog.length - 1])
    expect(r.openPositions).toHaveLength(0)
    expect(r.equity.equity[r.equity.equity.length - 1]).toBeCloseTo(r.account.balance.toNumber(), 6)
  })
})

describe('backtestingPyPreset — options', () => {
  it('maps backtesting.py arguments to broker options', () => {
    const p = backtestingPyPreset({ margin: 0.02, spread: 0.0002, tradeOnClose: true, hedging: true })
    expect(p.accountType).toBe('margin')
    expect(p.leverage).toBeCloseTo(50, 12)
    expect(p.spreadSide).toBe('entry')
    expect(p.fillMarketOn).toBe('close')
    expect(p.mode).toBe('hedging')
    expect(backtestingPyPreset().accountType).toBe('cash')
    expect(backtestingPyPreset().allowShort).toBe(true)
  })

  it.each([
    [{ cash: 0 }, 'cash'],
    [{ commission: 0.1 }, 'commission'],
    [{ commission: [-1, 0.001] as const }, 'commission[0]'],
    [{ margin: 0 }, 'margin'],
    [{ margin: 1.5 }, 'margin'],
    [{ spread: -0.1 }, 'spread'],
    [{ statsPnl: 'gross-ish' as 'gross' }, 'statsPnl'],
  ])('rejects %o naming %s', (opts, argument) => {
    try {
      backtestingPyPreset(opts)
      expect.unreachable()
    } catch (e) {
      expect(isAitradeError(e) && e.code === 'INVALID_ARGUMENT' && e.details.argument === argument).toBe(true)
    }
  })
})
