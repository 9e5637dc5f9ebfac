import { isAitradeError, type Strategy } from '@aitrade/core'
import { SMA } from '@aitrade/indicators'
import { describe, expect, it } from 'vitest'
import { loadShared } from '../../test-support/sharedData.js'
import { runBacktest } from '../runBacktest.js'
import { backtraderPreset } from './backtraderPreset.js'

// Oracle: backtrader's own test suite, tests/test_strategy_unoptimized.py (mementum/backtrader), stock-like case:
// SMA(15) on 2006-day-001.txt, buy 1 unit (default FixedSize sizer) when CrossOver(close, SMA) > 0 and flat, close the
// position when it is < 0, no new order while one is working; start cash 10 000, default commission (none). It asserts
// the final portfolio value '10284.10', the cash '6164.16' and every order's creation close and execution price.
const BUYCREATE = [
  '3641.42',
  '3798.46',
  '3874.61',
  '3860.00',
  '3843.08',
  '3648.33',
  '3526.84',
  '3632.93',
  '3788.96',
  '3841.31',
  '4045.22',
  '4052.89',
]
const SELLCREATE = [
  '3763.73',
  '3811.45',
  '3823.11',
  '3821.97',
  '3837.86',
  '3604.33',
  '3562.56',
  '3772.21',
  '3780.18',
  '3974.62',
  '4048.16',
]
const BUYEXEC = [
  '3643.35',
  '3801.03',
  '3872.37',
  '3863.57',
  '3845.32',
  '3656.43',
  '3542.65',
  '3639.65',
  '3799.86',
  '3840.20',
  '4047.63',
  '4052.55',
]
const SELLEXEC = [
  '3763.95',
  '3811.85',
  '3822.35',
  '3822.57',
  '3829.82',
  '3598.58',
  '3545.92',
  '3766.80',
  '3782.15',
  '3979.73',
  '4045.05',
]

/**
 * backtrader's TestStrategy: `CrossOver` is built on `NonZeroDifference` (the last non-zero close − SMA), so an up
 * cross is `nzd[-1] < 0 and close > sma`, a down cross `nzd[-1] > 0 and close < sma`; `next()` runs once both exist.
 */
function backtraderSmaCross(log: { buyCreate: string[]; sellCreate: string[] }): Strategy {
  const sma = new SMA({ period: 15 })
  let prevNzd = Number.NaN
  return {
    onBar(bar, ctx) {
      const m = sma.update(bar.close)
      if (Number.isNaN(m)) return
      const d = bar.close - m
      const nzd = d !== 0 || Number.isNaN(prevNzd) ? d : prevNzd
      const cross = Number.isNaN(prevNzd) ? 0 : prevNzd < 0 && bar.close > m ? 1 : prevNzd > 0 && bar.close < m ? -1 : 0
      prevNzd = nzd
      if (ctx.openOrders().length > 0) return
      const pos = ctx.position()
      if (!pos) {
        if (cross > 0) {
          ctx.submit({ symbol: ctx.symbol, side: 'buy', type: 'market', amount: 1 })
          log.buyCreate.push(bar.close.toFixed(2))
        }
      } else if (cross < 0) {
        ctx.submit({ symbol: ctx.symbol, side: 'sell', type: 'market', amount: pos.amount, reduceOnly: true })
        log.sellCreate.push(bar.close.toFixed(2))
      }
    },
  }
}

describe('backtraderPreset — golden: backtrader test_strategy_unoptimized (stock-like)', () => {
  it('reproduces the final value, the cash and every order', async () => {
    const log = { buyCreate: [] as string[], sellCreate: [] as string[] }
    const r = await runBacktest({
      strategy: backtraderSmaCross(log),
      data: loadShared('2006-day-001.txt', 'STOXX50E'),
      ...backtraderPreset({ cash: 10_000 }),
    })
    expect(log.buyCreate).toEqual(BUYCREATE)
    expect(log.sellCreate).toEqual(SELLCREATE)
    expect(r.fills.filter((f) => f.side === 'buy').map((f) => f.price.toFixed(2))).toEqual(BUYEXEC)
    expect(r.fills.filter((f) => f.side === 'sell').map((f) => f.price.toFixed(2))).toEqual(SELLEXEC)
    expect(r.account.equity.toFixed(2)).toBe('10284.10')
    // backtrader's stock-like cash pays for the shares held; the ledger's balance (MetaTrader's) does not:
    // cash = balance − Σ amount × entry price of the open long position
    const pos = r.openPositions[0]!
    expect(r.account.balance.minus(pos.amount.mul(pos.entryPrice)).toFixed(2)).toBe('6164.16')
    expect(r.equity.equity[r.equity.equity.length - 1]!.toFixed(2)).toBe('10284.10')
  })

  it('charges a stock-like percentage commission on every fill', async () => {
    // one buy of 1 unit at the open of bar 1, held: balance = 10000 − open1 × 0.001 (backtrader's cash: − open1 more)
    const data = loadShared('2006-day-001.txt', 'STOXX50E').slice(0, 3)
    const buyOnce: Strategy = {
      onBar(_b, ctx) {
        if (ctx.barIndex === 0) ctx.submit({ symbol: ctx.symbol, side: 'buy', type: 'market', amount: 1 })
      },
    }
    const r = await runBacktest({ strategy: buyOnce, data, ...backtraderPreset({ commission: 0.001 }) })
    const open1 = data.open[1]!
    expect(r.account.balance.toNumber()).toBeCloseTo(10_000 - open1 * 0.001, 9)
    const coc = await runBacktest({ strategy: buyOnce, data, ...backtraderPreset({ cheatOnClose: true }) })
    expect(coc.fills[0]!.price.toNumber()).toBe(data.close[0])
  })

  it.each([
    [{ cash: -1 }, 'cash'],
    [{ commission: 1 }, 'commission'],
  ])('rejects %o naming %s', (opts, argument) => {
    try {
      backtraderPreset(opts)
      expect.unreachable()
    } catch (e) {
      expect(isAitradeError(e) && e.code === 'INVALID_ARGUMENT' && e.details.argument === argument).toBe(true)
    }
  })
})
