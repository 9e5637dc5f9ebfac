import {
  BarSeries,
  BarSeriesFeed,
  Decimal,
  Engine,
  type Fill,
  InstrumentSchema,
  type Order,
  type OrderRequestInput,
  type StrategyContext,
} from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { fxSwapCarry } from './carry.js'
import { fractionCommission, perUnitCommission } from './commission.js'
import { SimulatedBroker, type SimulatedBrokerOptions } from './simulatedBroker.js'
import { fixedTicksSlippage } from './slippage.js'

const DAY = 86_400_000
const T0 = Date.UTC(2024, 0, 1) // a Monday

type OHLC = [open: number, high: number, low: number, close: number, volume?: number]

async function run(
  ohlc: OHLC[],
  script: (i: number, ctx: StrategyContext) => void,
  options: SimulatedBrokerOptions = {},
  symbol = 'X',
) {
  const series = BarSeries.fromColumns(
    {
      time: ohlc.map((_, i) => T0 + i * DAY),
      open: ohlc.map((b) => b[0]),
      high: ohlc.map((b) => b[1]),
      low: ohlc.map((b) => b[2]),
      close: ohlc.map((b) => b[3]),
      volume: ohlc.map((b) => b[4] ?? 1_000_000),
    },
    { symbol, timeframe: '1d' },
  )
  const broker = new SimulatedBroker({ cash: 10_000, ...options })
  const fills: Fill[] = []
  const updates: Order[] = []
  await new Engine({
    feed: new BarSeriesFeed(series),
    broker,
    strategy: {
      onBar: (_b, ctx) => script(ctx.barIndex, ctx),
      onFill: (f) => void fills.push(f),
      onOrderUpdate: (o) => void updates.push(o),
    },
  }).run()
  const final = (id: string) => broker.orders.find((o) => o.clientOrderId === id)
  return {
    broker,
    fills,
    updates,
    final,
    px: fills.map((f) => f.price.toNumber()),
    bars: fills.map((f) => (f.timestamp - T0) / DAY),
  }
}

const order = (o: Partial<OrderRequestInput> & { side: 'buy' | 'sell' }): OrderRequestInput => ({
  symbol: 'X',
  type: 'market',
  amount: 1,
  ...o,
})

describe('SimulatedBroker matching', () => {
  it('fills a market order at the next bar open, or at the current close when configured', async () => {
    const bars: OHLC[] = [
      [100, 101, 99, 100.5],
      [102, 103, 101, 102.5],
      [103, 104, 102, 103.5],
    ]
    const next = await run(bars, (i, ctx) => void (i === 0 && ctx.submit(order({ side: 'buy' }))))
    expect([next.px, next.bars]).toEqual([[102], [1]])
    const onClose = await run(bars, (i, ctx) => void (i === 0 && ctx.submit(order({ side: 'buy' }))), {
      fillMarketOn: 'close',
    })
    expect([onClose.px, onClose.bars]).toEqual([[100.5], [0]])
  })

  it('fills limits at the limit inside the range and at the open through a gap', async () => {
    const bars: OHLC[] = [
      [100, 101, 99, 100],
      [100, 100.5, 97, 98], // buy limit 98.5 touched on the way down
      [95, 96, 94, 95], // gap below the 97 limit: fills at the open 95
      [95, 96, 94, 95],
    ]
    const r = await run(bars, (i, ctx) => {
      if (i === 0) ctx.submit(order({ side: 'buy', type: 'limit', price: 98.5, clientOrderId: 'a' }))
      if (i === 1) ctx.submit(order({ side: 'buy', type: 'limit', price: 97, clientOrderId: 'b' }))
    })
    expect(r.px).toEqual([98.5, 95])
    expect(r.bars).toEqual([1, 2])
    expect(r.fills.map((f) => f.takerOrMaker)).toEqual(['maker', 'maker'])
  })

  it('fills stops at the stop, through a gap at the open, and stop-limits only at their limit', async () => {
    const bars: OHLC[] = [
      [100, 101, 99, 100],
      [100, 100, 96, 97], // sell stop 98 hit at 98
      [97, 99, 96, 98],
      [92, 93, 90, 91], // buy-back not relevant; a second sell stop at 95 gaps: fills at 92
      [91, 92, 90, 91],
    ]
    const r = await run(
      bars,
      (i, ctx) => {
        if (i === 0) ctx.submit(order({ side: 'sell', type: 'stop', stopPrice: 98, amount: 1 }))
        if (i === 2) ctx.submit(order({ side: 'sell', type: 'stop', stopPrice: 95, amount: 1 }))
      },
      { accountType: 'margin' },
    )
    expect(r.px).toEqual([98, 92])
    // buy stop-limit: stop 103, limit 102.5. Bar 1 triggers at 103 but never trades back to 102.5; bar 2 does.
    const sl = await run(
      [
        [100, 101, 99, 100],
        [101, 104, 100.8, 103.8],
        [103.5, 104, 102, 103],
      ],
      (i, ctx) =>
        void (i === 0 && ctx.submit(order({ side: 'buy', type: 'stop_limit', stopPrice: 103, price: 102.5 }))),
    )
    expect([sl.px, sl.bars]).toEqual([[102.5], [2]])
  })

  it('trails a stop behind the best price', async () => {
    // long 1 @ 100 (bar 1 open); sell trailing stop 3 below the high water mark, placed on bar 1
    const bars: OHLC[] = [
      [100, 100, 100, 100],
      [100, 104, 99.5, 103], // path 100 -> 99.5 -> 104 -> 103: best 104, stop 101 not hit
      [103, 106, 102.5, 105], // path 103 -> 102.5 -> 106 -> 105: best 106, stop 103 not hit
      [105, 105.5, 101, 102], // path 105 -> 105.5 -> 101: stop 103 hit at 103
      [102, 102, 102, 102],
    ]
    const r = await run(bars, (i, ctx) => {
      if (i === 0) ctx.submit(order({ side: 'buy' }))
      if (i === 1) ctx.submit(order({ side: 'sell', type: 'trailing_stop', trailingAmount: 3, reduceOnly: true }))
    })
    expect(r.px).toEqual([100, 103])
    expect(r.bars).toEqual([1, 3])
  })

  it('resolves a bracket pessimistically when stop-loss and take-profit are in one bar, or by the path', async () => {
    const bars: OHLC[] = [
      [100, 100, 100, 100],
      [100, 100.5, 99.5, 100], // entry at 100
      [100, 106, 94, 101], // both SL 95 and TP 105 inside; the path visits 106 first (open nearer the high? 6 vs 6: high)
      [101, 101, 101, 101],
    ]
    const script = (i: number, ctx: StrategyContext) =>
      void (i === 0 && ctx.submit(order({ side: 'buy', stopLoss: { price: 95 }, takeProfit: { price: 105 } })))
    const pess = await run(bars, script)
    expect(pess.px).toEqual([100, 95])
    const path = await run(bars, script, { pessimistic: false })
    expect(path.px).toEqual([100, 105])
    expect(path.updates.filter((o) => o.status === 'canceled').map((o) => o.reason)).toEqual([
      expect.stringContaining('OCO sibling'),
    ])
    expect(path.broker.ledger.positions()).toEqual([])
  })

  it('lets a bracket trigger on its entry bar, after the entry', async () => {
    // buy limit 99 fills on the way down to 97 (path 100 -> 97 -> 101 -> 100); stop-loss at 98 is then hit on the way
    // further down?  No: the low 97 comes before... path: 100 -> 97 (entry at 99, then continues to 97: SL 98 hit)
    const bars: OHLC[] = [
      [100, 100, 100, 100],
      [100, 101, 97, 100],
      [100, 100, 100, 100],
    ]
    const r = await run(
      bars,
      (i, ctx) =>
        void (
          i === 0 &&
          ctx.submit(
            order({ side: 'buy', type: 'limit', price: 99, stopLoss: { price: 98 }, takeProfit: { price: 102 } }),
          )
        ),
    )
    expect(r.px).toEqual([99, 98])
    expect(r.bars).toEqual([1, 1])
  })

  it('applies time in force, expiry, post-only and reduce-only', async () => {
    const bars: OHLC[] = [
      [100, 101, 99, 100],
      [100, 101, 99, 100],
      [100, 101, 96, 97],
      [97, 98, 96, 97],
    ]
    const r = await run(bars, (i, ctx) => {
      if (i !== 0) return
      ctx.submit(order({ side: 'buy', type: 'limit', price: 97, timeInForce: 'IOC', clientOrderId: 'ioc' }))
      ctx.submit(order({ side: 'buy', type: 'limit', price: 96.5, expireTime: T0 + 2 * DAY, clientOrderId: 'exp' }))
      ctx.submit(order({ side: 'buy', type: 'limit', price: 100.5, timeInForce: 'PO', clientOrderId: 'po' }))
      ctx.submit(order({ side: 'sell', type: 'market', reduceOnly: true, clientOrderId: 'ro' }))
    })
    expect(r.final('ioc')).toMatchObject({ status: 'canceled', reason: 'IOC not filled' })
    expect(r.final('exp')).toMatchObject({ status: 'expired' })
    expect(r.final('po')).toMatchObject({ status: 'rejected', reason: 'post-only order would take liquidity' })
    expect(r.final('ro')).toMatchObject({ status: 'rejected' })
    expect(r.fills).toEqual([])
  })

  it('fills partially under a volume-participation limit; FOK fills all or nothing', async () => {
    const bars: OHLC[] = [
      [100, 100, 100, 100, 1000],
      [100, 100, 100, 100, 1000], // 10 % of 1000 = 100 units
      [100, 100, 100, 100, 500], // 50
      [100, 100, 100, 100, 5000],
    ]
    const r = await run(
      bars,
      (i, ctx) => {
        if (i === 0) ctx.submit(order({ side: 'buy', amount: 30, type: 'limit', price: 100, clientOrderId: 'gtc' }))
        if (i === 0) ctx.submit(order({ side: 'buy', amount: 200, timeInForce: 'FOK', clientOrderId: 'fok' }))
      },
      { volumeParticipation: 0.01, cash: 1_000_000 },
    )
    // 1 % of 1000 = 10 per bar on bar 1, 5 on bar 2, the last 15 on bar 3
    expect(r.fills.filter((f) => f.clientOrderId === 'gtc').map((f) => f.amount.toNumber())).toEqual([10, 5, 15])
    expect(r.final('gtc')?.status).toBe('closed')
    expect(r.final('fok')).toMatchObject({ status: 'canceled', reason: expect.stringContaining('FOK') })
  })

  it('charges commission, slippage and spread on taker fills (worked by hand)', async () => {
    const bars: OHLC[] = [
      [100, 100, 100, 100],
      [100, 100, 100, 100],
      [110, 110, 110, 110],
      [110, 110, 110, 110],
    ]
    const r = await run(
      bars,
      (i, ctx) => {
        if (i === 0) ctx.submit(order({ side: 'buy', amount: 10 }))
        if (i === 1) ctx.submit(order({ side: 'sell', amount: 10 }))
      },
      {
        commission: fractionCommission('0.001'),
        slippage: fixedTicksSlippage(2),
        spread: 0.002,
        instruments: [
          InstrumentSchema.parse({ symbol: 'X', base: 'X', quote: 'USD', assetClass: 'stock', tickSize: '0.01' }),
        ],
      },
    )
    // buy: 100 * (1 + 0.001) = 100.1, + 2 ticks = 100.12; sell: 110 * 0.999 = 109.89, - 0.02 = 109.87
    expect(r.px[0]).toBeCloseTo(100.12, 10)
    expect(r.px[1]).toBeCloseTo(109.87, 10)
    // fees: 10 * 100.12 * 0.001 = 1.0012; 10 * 109.87 * 0.001 = 1.0987
    expect(r.fills.map((f) => f.fee.cost.toNumber())).toEqual([1.0012, 1.0987])
    // pnl = (109.87 - 100.12) * 10 - 2.0999 = 95.4001
    expect(r.broker.ledger.balance.toNumber()).toBeCloseTo(10_095.4001, 9)
    const per = await run(bars, (i, ctx) => void (i === 0 && ctx.submit(order({ side: 'buy', amount: 10 }))), {
      commission: perUnitCommission('0.005', { minimum: 1 }),
    })
    expect(per.fills[0]?.fee.cost.toString()).toBe('1')
  })

  it('sizes all-in at fill time from equityFraction (whole units)', async () => {
    const bars: OHLC[] = [
      [100, 100, 100, 100],
      [99, 99, 99, 99],
      [99, 99, 99, 99],
    ]
    const r = await run(
      bars,
      (i, ctx) => void (i === 0 && ctx.submit(order({ side: 'buy', amount: 1, equityFraction: '0.9999' }))),
      {
        commission: fractionCommission('0.002'),
      },
    )
    // floor(10000 * 0.9999 / (99 * 1.002)) = floor(100.79...) = 100
    expect(r.fills[0]?.amount.toString()).toBe('100')
  })

  it('cancels orders without margin, leverages margin accounts and stops out', async () => {
    const bars: OHLC[] = [
      [100, 100, 100, 100],
      [100, 100, 100, 100],
      [90, 90, 90, 90],
      [80, 80, 80, 80],
      [80, 80, 80, 80],
    ]
    const cash = await run(
      bars,
      (i, ctx) => void (i === 0 && ctx.submit(order({ side: 'buy', amount: 101, clientOrderId: 'big' }))),
    )
    expect(cash.final('big')).toMatchObject({ status: 'canceled', reason: 'insufficient margin' })
    // margin account 1:10: 900 units @ 100 = 90 000 notional, margin 9 000 of 10 000 equity
    const r = await run(bars, (i, ctx) => void (i === 0 && ctx.submit(order({ side: 'buy', amount: 900 }))), {
      accountType: 'margin',
      leverage: 10,
      stopOutLevel: 0.5,
    })
    expect(r.updates.filter((o) => o.reason === 'stop-out').map((o) => o.status)).toContain('closed')
    // at 90: equity 1 000, margin 8 100 -> level 0.123 < 0.5: closed at the close 90
    expect(r.px).toEqual([100, 90])
    expect(r.broker.ledger.balance.toNumber()).toBe(1000)
    expect(r.broker.ledger.positions()).toEqual([])
  })

  it('keeps hedging tickets apart and closes them by id', async () => {
    const bars: OHLC[] = [
      [100, 100, 100, 100],
      [100, 100, 100, 100],
      [105, 105, 105, 105],
      [105, 105, 105, 105],
    ]
    const r = await run(
      bars,
      (i, ctx) => {
        if (i === 0) {
          ctx.submit(order({ side: 'buy', amount: 2 }))
          ctx.submit(order({ side: 'sell', amount: 1 }))
        }
        if (i === 1) {
          const long = ctx.positions().find((p) => p.side === 'long')!
          ctx.submit(order({ side: 'sell', amount: 2, positionId: long.id }))
        }
      },
      { mode: 'hedging', accountType: 'margin', leverage: 5 },
    )
    expect(r.broker.ledger.trades.map((t) => [t.side, t.pnl.toNumber()])).toEqual([['long', 10]])
    expect(r.broker.ledger.positions().map((p) => [p.side, p.amount.toNumber()])).toEqual([['short', 1]])
  })

  it('books FX swaps at rollover, tripled on Wednesday', async () => {
    const bars: OHLC[] = Array.from({ length: 6 }, () => [1.1, 1.1, 1.1, 1.1] as OHLC)
    const r = await run(bars, (i, ctx) => void (i === 0 && ctx.submit(order({ side: 'buy', amount: 2 }))), {
      carry: fxSwapCarry({ swapLong: '-1.5', swapShort: '0.5' }),
      cash: 10_000,
    })
    // entry Tue 00:00; rollovers Tue 21:00 (1), Wed 21:00 (3), Thu 21:00 (1), Fri 21:00 (1): -1.5 * 2 * 6 = -18
    const cost = r.broker.ledger.balance.minus(10_000)
    expect(cost.toString()).toBe(new Decimal(-18).toString())
  })

  it('spreadSide entry: the whole spread on the entry, none on the exit', async () => {
    const bars: OHLC[] = [
      [100, 100, 100, 100],
      [100, 101, 99, 100],
      [110, 111, 109, 110],
    ]
    const r = await run(
      bars,
      (i, ctx) => {
        if (i === 0) ctx.submit(order({ side: 'buy', amount: 10 }))
        if (i === 1) ctx.submit(order({ side: 'sell', amount: 10, reduceOnly: true }))
      },
      { spread: 0.01, spreadSide: 'entry' },
    )
    // buy at 100 × 1.01 = 101, sell at 110 unadjusted: PnL 10 × 9 = 90
    expect(r.px).toEqual([101, 110])
    expect(r.broker.ledger.trades[0]!.pnl.toNumber()).toBe(90)
  })

  it('fractionSizer decides the amount of equityFraction orders at fill time', async () => {
    const bars: OHLC[] = [
      [100, 100, 100, 100],
      [40, 41, 39, 40],
    ]
    const seen: number[] = []
    const r = await run(
      bars,
      (i, ctx) => void (i === 0 && ctx.submit(order({ side: 'buy', amount: 1, equityFraction: 0.5 }))),
      {
        fractionSizer: (c) => {
          seen.push(c.freeMargin.toNumber(), c.price.toNumber(), c.fraction.toNumber())
          return c.freeMargin.mul(c.fraction).div(c.price).floor()
        },
      },
    )
    // sized at the fill (open 40), not at submission (close 100): floor(10 000 × 0.5 / 40) = 125
    expect(seen).toEqual([10_000, 40, 0.5])
    expect(r.fills[0]!.amount.toNumber()).toBe(125)
    // the default sizer with a 0.2 % fee: floor(10 000 × 0.5 / (40 × 1.002)) = 124
    const d = await run(
      bars,
      (i, ctx) => void (i === 0 && ctx.submit(order({ side: 'buy', amount: 1, equityFraction: 0.5 }))),
      { commission: fractionCommission('0.002') },
    )
    expect(d.fills[0]!.amount.toNumber()).toBe(124)
  })

  it('closeAll at the open closes positions at the last bar open', async () => {
    const bars: OHLC[] = [
      [100, 100, 100, 100],
      [100, 101, 99, 100],
      [105, 108, 104, 107],
    ]
    const r = await run(bars, (i, ctx) => void (i === 0 && ctx.submit(order({ side: 'buy', amount: 3 }))))
    r.broker.closeAll('end', 'open')
    expect(r.broker.ledger.trades[0]!.exitPrice.toNumber()).toBe(105)
    expect(r.broker.ledger.balance.toNumber()).toBe(10_015)
    const curve = r.broker.equityCurve()
    expect(curve.equity[curve.equity.length - 1]).toBe(10_015)
  })
})
