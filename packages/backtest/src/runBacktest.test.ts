import type { Strategy } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { loadShared, sharedLines } from '../test-support/sharedData.js'
import { fractionCommission } from './commission.js'
import { replayFills } from './replayFills.js'
import { runBacktest } from './runBacktest.js'

describe('runBacktest', () => {
  it('buys all-in on GOOG and holds: equity and fees worked from the file itself', async () => {
    const goog = loadShared('GOOG.csv', 'GOOG')
    const rows = sharedLines('GOOG.csv')
      .slice(1)
      .map((l) => l.split(',').map(Number))
    const open1 = rows[1]![1]!
    const lastClose = rows[rows.length - 1]![4]!
    const buyOnce: Strategy = {
      onBar(_bar, ctx) {
        if (ctx.barIndex === 0)
          ctx.submit({ symbol: 'GOOG', side: 'buy', type: 'market', amount: 1, equityFraction: 1 })
      },
    }
    const r = await runBacktest({
      strategy: buyOnce,
      data: goog,
      cash: 10_000,
      commission: fractionCommission('0.002'),
      eventLog: true,
    })
    // whole shares: floor(10000 / (open1 * 1.002))
    const units = Math.floor(10_000 / (open1 * 1.002))
    const entryFee = units * open1 * 0.002
    expect(r.fills[0]?.amount.toNumber()).toBe(units)
    expect(r.fills[0]?.price.toNumber()).toBe(open1)
    expect(r.equity.time.length).toBe(goog.length)
    const finalEquity = 10_000 - entryFee + (lastClose - open1) * units
    expect(r.equity.equity[r.equity.equity.length - 1]).toBeCloseTo(finalEquity, 6)
    expect(r.trades).toHaveLength(0)
    expect(r.openPositions).toHaveLength(1)
    // backtesting.py 0.6: trades still open at the end do not enter the statistics unless finalize_trades=True
    expect(r.stats.tradeCount).toBe(0)
    // finalize: closed at the last close, exit fee charged
    const fin = await runBacktest({
      strategy: buyOnce,
      data: goog,
      cash: 10_000,
      commission: fractionCommission('0.002'),
      finalize: true,
    })
    expect(fin.trades).toHaveLength(1)
    expect(fin.stats.tradeCount).toBe(1)
    expect(fin.account.balance.toNumber()).toBeCloseTo(finalEquity - units * lastClose * 0.002, 6)
    // the event log rebuilds the same books
    const ledger = replayFills(r.events ?? [], { currency: 'USD', initialBalance: 10_000 })
    expect(ledger.balance.eq(r.account.balance)).toBe(true)
    expect(ledger.positions().map((p) => p.amount.toString())).toEqual(r.openPositions.map((p) => p.amount.toString()))
  })

  it('is deterministic and rejects empty data', async () => {
    const goog = loadShared('GOOG.csv', 'GOOG').slice(0, 300)
    let flip = false
    const s: Strategy = {
      onBar(_b, ctx) {
        if (ctx.barIndex % 20 !== 0) return
        flip = !flip
        ctx.submit({ symbol: 'GOOG', side: flip ? 'buy' : 'sell', type: 'market', amount: 5 })
      },
    }
    const a = await runBacktest({ strategy: s, data: goog, accountType: 'margin', leverage: 2 })
    flip = false
    const b = await runBacktest({ strategy: s, data: goog, accountType: 'margin', leverage: 2 })
    expect(Array.from(a.equity.equity)).toEqual(Array.from(b.equity.equity))
    expect(a.trades.length).toBeGreaterThan(5)
    await expect(runBacktest({ strategy: s, data: goog.slice(0, 0) })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    })
  })

  it('statsPnl gross adds the fees back to trade PnL and return; finalizeAt open closes at the last open', async () => {
    const goog = loadShared('GOOG.csv', 'GOOG').slice(0, 50)
    const s: Strategy = {
      onBar(_b, ctx) {
        if (ctx.barIndex === 0) ctx.submit({ symbol: 'GOOG', side: 'buy', type: 'market', amount: 10 })
      },
    }
    const base = { strategy: s, data: goog, commission: fractionCommission('0.002'), finalize: true } as const
    const net = await runBacktest({ ...base, finalizeAt: 'open' })
    const gross = await runBacktest({ ...base, finalizeAt: 'open', statsPnl: 'gross' })
    const entry = goog.open[1]!
    const exit = goog.open[49]!
    // one trade: 10 shares, entry at bar 1's open, exit at bar 49's open; fees 0.2 % of each side
    expect(net.trades[0]!.exitPrice.toNumber()).toBe(exit)
    expect(gross.stats.bestTrade).toBeCloseTo(exit / entry - 1, 12)
    expect(net.stats.bestTrade).toBeCloseTo((10 * (exit - entry) - 0.002 * 10 * (entry + exit)) / (10 * entry), 12)
    // buy & hold from firstTradingBar's close
    const fromBar5 = await runBacktest({ ...base, firstTradingBar: 5 })
    expect(fromBar5.stats.buyAndHoldReturn).toBeCloseTo(goog.close[49]! / goog.close[5]! - 1, 12)
  })

  it.each([
    [{ finalizeAt: 'middle' }, 'finalizeAt'],
    [{ statsPnl: 'both' }, 'statsPnl'],
    [{ firstTradingBar: -1 }, 'firstTradingBar'],
    [{ firstTradingBar: 1.5 }, 'firstTradingBar'],
  ])('rejects %o naming %s', async (opts, argument) => {
    const goog = loadShared('GOOG.csv', 'GOOG').slice(0, 10)
    await expect(runBacktest({ strategy: { onBar() {} }, data: goog, ...(opts as object) })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      details: { argument },
    })
  })
})
