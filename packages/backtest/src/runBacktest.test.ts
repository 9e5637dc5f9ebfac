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

  it('tradingStart: the strategy sees the earlier bars, orders before it are refused, the curve starts there', async () => {
    const goog = loadShared('GOOG.csv', 'GOOG').slice(0, 40)
    const seen: number[] = []
    const results: string[] = []
    // buys 10 shares on every even bar while flat, sells them on the next odd bar
    const s: Strategy = {
      onBar(_b, ctx) {
        const pos = ctx.position()
        if (ctx.barIndex % 2 === 0 && !pos) {
          seen.push(ctx.bars().length)
          results.push(ctx.submit({ symbol: 'GOOG', side: 'buy', type: 'market', amount: 10 }).status)
        } else if (ctx.barIndex % 2 === 1 && pos)
          ctx.submit({ symbol: 'GOOG', side: 'sell', type: 'market', amount: 10 })
      },
    }
    const r = await runBacktest({ strategy: s, data: goog, tradingStart: 11, finalize: true })
    // bars 0, 2, …, 10 are refused (6 orders), the indicator-like history is complete from bar 0
    expect(results.slice(0, 7)).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'submitted',
    ])
    expect(seen[6]).toBe(13) // the first accepted order, on bar 12, saw bars 0..12
    // first trade: bought at bar 13's open, sold (order of bar 13) at bar 14's open — prices from the file
    expect(r.trades[0]?.entryPrice.toNumber()).toBe(goog.open[13])
    expect(r.trades[0]?.exitPrice.toNumber()).toBe(goog.open[14])
    expect(r.trades[0]?.entryTimestamp).toBe(goog.time[13])
    // entries on bars 13, 15, …, 39 (the order of bar 38 fills on bar 39 and is closed by finalize): 14 trades
    expect(r.trades).toHaveLength(14)
    expect(r.orders.every((o) => o.timestamp >= goog.time[11]!)).toBe(true)
    // curve and statistics from bar 11: 29 points, the first one the untouched cash, buy & hold from close[11]
    expect(r.equity.time.length).toBe(29)
    expect(r.equity.time[0]).toBe(goog.time[11])
    expect(r.equity.equity[0]).toBe(10_000)
    expect(r.exposure.length).toBe(29)
    expect(r.stats.start).toBe(goog.time[11])
    expect(r.stats.buyAndHoldReturn).toBeCloseTo(goog.close[39]! / goog.close[11]! - 1, 12)
    let pnl = 0
    for (let i = 13; i < 39; i += 2) pnl += 10 * (goog.open[i + 1]! - goog.open[i]!)
    pnl += 10 * (goog.close[39]! - goog.open[39]!)
    expect(r.stats.equityFinal).toBeCloseTo(10_000 + pnl, 6)
    // trades' bar indices are shifted to the curve: exposure time = bars held / 29, worked by hand
    // each round trip holds bars i and i+1 (13 pairs) and the last one bar 39 → 27 bars
    expect(r.stats.exposureTime).toBeCloseTo(27 / 29, 12)
    // firstTradingBar after tradingStart moves buy & hold; before it has no effect
    const later = await runBacktest({ strategy: s, data: goog, tradingStart: 11, firstTradingBar: 20 })
    expect(later.stats.buyAndHoldReturn).toBeCloseTo(goog.close[39]! / goog.close[20]! - 1, 12)
    const earlier = await runBacktest({ strategy: s, data: goog, tradingStart: 11, firstTradingBar: 5 })
    expect(earlier.stats.buyAndHoldReturn).toBeCloseTo(goog.close[39]! / goog.close[11]! - 1, 12)
    // a malformed order fails during the warm-up as it would later
    const bad: Strategy = {
      onBar(_b, ctx) {
        ctx.submit({ symbol: 'GOOG', side: 'buy', type: 'limit', amount: 1 })
      },
    }
    await expect(runBacktest({ strategy: bad, data: goog, tradingStart: 11 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    })
  })

  it.each([
    [{ tradingStart: -1 }, 'tradingStart'],
    [{ tradingStart: 2.5 }, 'tradingStart'],
    [{ tradingStart: 10 }, 'tradingStart'],
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
