import { BarSeries, isAitradeError, type Strategy, type StrategyContext } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { runBacktest } from '../runBacktest.js'
import { backtestingPyOrders } from './backtestingPyOrders.js'
import { backtestingPyPreset } from './backtestingPyPreset.js'

const DAY = 86_400_000
const T0 = Date.UTC(2024, 0, 1)

function bars(ohlc: [number, number, number, number][]): BarSeries {
  return BarSeries.fromColumns(
    {
      time: ohlc.map((_, i) => T0 + i * DAY),
      open: ohlc.map((b) => b[0]),
      high: ohlc.map((b) => b[1]),
      low: ohlc.map((b) => b[2]),
      close: ohlc.map((b) => b[3]),
      volume: ohlc.map(() => 1_000),
    },
    { symbol: 'X', timeframe: '1d' },
  )
}

const script = (f: (i: number, ctx: StrategyContext) => void): Strategy => ({
  onBar: (_b, ctx) => f(ctx.barIndex, ctx),
})

describe('backtestingPyOrders', () => {
  const flat: [number, number, number, number][] = [
    [100, 100, 100, 100],
    [100, 102, 98, 101],
    [110, 112, 108, 111],
    [120, 122, 118, 121],
  ]

  it('buy() sizes all-in at the next open in whole units; sell() with exclusive orders flips the position', async () => {
    const bt = backtestingPyOrders({ exclusiveOrders: true })
    const r = await runBacktest({
      strategy: script((i, ctx) => {
        if (i === 0) bt.buy(ctx)
        if (i === 1) bt.sell(ctx)
      }),
      data: bars(flat),
      ...backtestingPyPreset({ cash: 1_000, commission: 0.01 }),
    })
    // bar 1 open 100: int(1000 × (1 − ε) // (100 × 1.01)) = 9 units; fee 9 × 100 × 0.01 = 9
    expect(r.fills[0]!.amount.toNumber()).toBe(9)
    // bar 2 open 110: the long closes first (+90 − 9.9 fee) — cash 1000 − 9 + 90 − 9.9 = 1071.1 — then
    // int(1071.1 × (1 − ε) // (110 × 1.01)) = 9 units short
    expect(r.fills.map((f) => [f.side, f.amount.toNumber(), f.price.toNumber()])).toEqual([
      ['buy', 9, 100],
      ['sell', 9, 110],
      ['sell', 9, 110],
    ])
    expect(r.trades).toHaveLength(1)
    expect(r.openPositions[0]!.side).toBe('short')
  })

  it('size >= 1 is units; limit, stop and stop-limit orders; sl/tp become a bracket', async () => {
    const bt = backtestingPyOrders()
    const r = await runBacktest({
      strategy: script((i, ctx) => {
        if (i === 0) bt.buy(ctx, { size: 3, limit: 99, sl: 90, tp: 111 })
      }),
      data: bars(flat),
      ...backtestingPyPreset({ cash: 10_000 }),
    })
    // the limit 99 fills inside bar 1 (low 98); the take-profit 111 inside bar 2 (high 112)
    expect(r.fills.map((f) => [f.side, f.amount.toNumber(), f.price.toNumber()])).toEqual([
      ['buy', 3, 99],
      ['sell', 3, 111],
    ])
    const types: string[] = []
    await runBacktest({
      strategy: script((i, ctx) => {
        if (i !== 0) return
        types.push(ctx.openOrders().length.toString())
        bt.buy(ctx, { size: 1, stop: 105 })
        bt.buy(ctx, { size: 1, stop: 105, limit: 106 })
        types.push(...ctx.openOrders().map((o) => o.type))
      }),
      data: bars(flat),
      ...backtestingPyPreset(),
    })
    expect(types).toEqual(['0', 'stop', 'stop_limit'])
  })

  it('exclusive orders cancel the working non-bracket orders', async () => {
    const bt = backtestingPyOrders({ exclusiveOrders: true })
    const seen: string[][] = []
    await runBacktest({
      strategy: script((i, ctx) => {
        if (i === 0) bt.buy(ctx, { size: 1, limit: 50 })
        if (i === 1) {
          bt.sell(ctx, { size: 1 })
          seen.push(ctx.openOrders().map((o) => `${o.side} ${o.type}`))
        }
      }),
      data: bars(flat),
      ...backtestingPyPreset(),
    })
    // the resting buy limit was canceled by the new entry
    expect(seen).toEqual([['sell market']])
  })

  it.each([0, -1, 1.5, Number.NaN])('rejects size %s naming size', (size) => {
    const bt = backtestingPyOrders()
    const ctx = { symbol: 'X' } as StrategyContext
    try {
      bt.buy(ctx, { size })
      expect.unreachable()
    } catch (e) {
      expect(isAitradeError(e) && e.code === 'INVALID_ARGUMENT' && e.details.argument === 'size').toBe(true)
    }
  })
})
