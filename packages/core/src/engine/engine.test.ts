import { describe, expect, it } from 'vitest'
import type { Account, Position } from '../account.js'
import { BarSeries } from '../barSeries.js'
import { Decimal } from '../decimal.js'
import { OrderRejectedError } from '../errors.js'
import { type Order, type OrderRequest, type OrderRequestInput, OrderRequestSchema } from '../order.js'
import type { Broker, BrokerListener } from './broker.js'
import { BarSeriesFeed } from './dataFeed.js'
import { Engine } from './engine.js'
import type { PreTradeCheck } from './preTradeCheck.js'
import type { Strategy } from './strategy.js'

const H = 3_600_000
const day0 = Date.UTC(2024, 0, 1)

function hourly(n: number, symbol = 'ABC'): BarSeries {
  const bars = Array.from({ length: n }, (_, i) => ({
    time: day0 + i * H,
    open: 100 + i,
    high: 101 + i,
    low: 99 + i,
    close: 100.5 + i,
    volume: 10,
  }))
  return BarSeries.fromBars(bars, { symbol, timeframe: '1h' })
}

/** A recording broker test double: accepts orders and never fills them. */
class RecordingBroker implements Broker {
  readonly name = 'recording'
  readonly sent: OrderRequest[] = []
  listener: BrokerListener | undefined
  rejectAll = false
  setListener(l: BrokerListener): void {
    this.listener = l
  }
  submitOrder(order: OrderRequest & { clientOrderId: string }): void {
    if (this.rejectAll) throw new OrderRejectedError('market closed')
    this.sent.push(order)
  }
  cancelOrder(): void {}
  modifyOrder(): void {}
  account(): Account {
    const ten = new Decimal(10000)
    return {
      currency: 'USD',
      balance: ten,
      equity: ten,
      margin: new Decimal(0),
      freeMargin: ten,
      marginLevel: Number.POSITIVE_INFINITY,
      leverage: 1,
      timestamp: 0,
    }
  }
  positions(): readonly Position[] {
    return []
  }
  openOrders(): readonly Order[] {
    return []
  }
}

describe('Engine', () => {
  it('hands the strategy each bar once, in order, with history up to and including it', async () => {
    const series = hourly(50)
    const seen: number[] = []
    const strategy: Strategy = {
      onBar(bar, ctx) {
        const hist = ctx.bars()
        expect(hist.length).toBe(ctx.barIndex + 1)
        expect(hist.time[hist.length - 1]).toBe(bar.time)
        expect(ctx.time).toBe(bar.time)
        seen.push(bar.time)
      },
    }
    const summary = await new Engine({ strategy, feed: new BarSeriesFeed(series), broker: new RecordingBroker() }).run()
    expect(summary.events).toBe(50)
    expect(seen).toEqual(Array.from(series.time))
  })

  it('shows a higher-timeframe bar only after it has closed', async () => {
    const series = hourly(72) // three days of hourly bars
    const visible: number[] = []
    await new Engine({
      strategy: { onBar: (_b, ctx) => void visible.push(ctx.bars(undefined, '1d').length) },
      feed: new BarSeriesFeed(series),
      broker: new RecordingBroker(),
    }).run()
    // the 23:00 bar closes the day at 24:00: day k becomes visible at index 24k + 23
    expect(visible[22]).toBe(0)
    expect(visible[23]).toBe(1)
    expect(visible[46]).toBe(1)
    expect(visible[47]).toBe(2)
    expect(visible[71]).toBe(3)
    let daily = series.resample('1d')
    await new Engine({
      strategy: {
        onBar: (_b, ctx) => {
          if (ctx.barIndex === 47) daily = ctx.bars(undefined, '1d')
        },
      },
      feed: new BarSeriesFeed(series),
      broker: new RecordingBroker(),
    }).run()
    // day 1 aggregated by hand: open of 24:00 bar = 124, high = max(101+i) for i in 24..47 = 148, low 123, close 147.5
    expect(daily.at(1)).toEqual({ time: day0 + 24 * H, open: 124, high: 148, low: 123, close: 147.5, volume: 240 })
  })

  it('merges several symbols in time order', async () => {
    const a = hourly(3, 'A')
    const b = BarSeries.fromColumns(
      { time: [day0 + H / 2, day0 + 2 * H], open: [1, 1], high: [1, 1], low: [1, 1], close: [1, 1], volume: [0, 0] },
      { symbol: 'B' },
    )
    const order: string[] = []
    await new Engine({
      strategy: { onBar: (bar, ctx) => void order.push(`${ctx.symbol}@${(bar.time - day0) / H}`) },
      feed: new BarSeriesFeed(
        new Map([
          ['A', a],
          ['B', b],
        ]),
      ),
      broker: new RecordingBroker(),
    }).run()
    expect(order).toEqual(['A@0', 'B@0.5', 'A@1', 'A@2', 'B@2'])
  })

  it('runs orders through the pre-trade checks: reject, resize, allow', async () => {
    const broker = new RecordingBroker()
    const maxFive: PreTradeCheck = {
      name: 'maxFive',
      check: (o) =>
        o.amount.gt(5)
          ? { action: 'resize', amount: new Decimal(5), reasons: [{ code: 'MAX_AMOUNT', message: '> 5', limit: 5 }] }
          : { action: 'allow' },
    }
    const noSells: PreTradeCheck = {
      name: 'noSells',
      check: (o) =>
        o.side === 'sell'
          ? { action: 'reject', reasons: [{ code: 'NO_SELLS', message: 'sells disabled' }] }
          : { action: 'allow' },
    }
    const updates: Order[] = []
    const results: unknown[] = []
    const engine = new Engine({
      broker,
      checks: [maxFive, noSells],
      feed: new BarSeriesFeed(hourly(1)),
      strategy: {
        onBar(_bar, ctx) {
          results.push(ctx.submit({ symbol: 'ABC', side: 'buy', type: 'market', amount: '8' }))
          results.push(ctx.submit({ symbol: 'ABC', side: 'sell', type: 'market', amount: '1', clientOrderId: 'mine' }))
        },
        onOrderUpdate: (o) => void updates.push(o),
      },
    })
    const rejected: string[] = []
    engine.on('rejected', (o, reasons) =>
      rejected.push(`${o.clientOrderId}:${reasons.map((r) => `${r.check}/${r.code}`).join(',')}`),
    )
    await engine.run()
    expect(broker.sent.map((o) => [o.clientOrderId, o.amount.toString()])).toEqual([['o1', '5']])
    expect(rejected).toEqual(['mine:noSells/NO_SELLS'])
    expect(updates.map((o) => [o.id, o.status, o.reason])).toEqual([['mine', 'rejected', 'sells disabled']])
    expect(results[0]).toMatchObject({
      status: 'submitted',
      clientOrderId: 'o1',
      reasons: [{ code: 'MAX_AMOUNT', check: 'maxFive' }],
    })
  })

  it('reports a broker rejection as a rejected order, and validation errors as INVALID_ARGUMENT', async () => {
    const broker = new RecordingBroker()
    broker.rejectAll = true
    const statuses: string[] = []
    let thrown: unknown
    await new Engine({
      broker,
      feed: new BarSeriesFeed(hourly(1)),
      strategy: {
        onBar(_b, ctx) {
          expect(ctx.submit({ symbol: 'ABC', side: 'buy', type: 'market', amount: 1 }).status).toBe('rejected')
          try {
            ctx.submit({ symbol: 'ABC', side: 'buy', type: 'limit', amount: 1 })
          } catch (e) {
            thrown = e
          }
        },
        onOrderUpdate: (o) => void statuses.push(o.status),
      },
    }).run()
    expect(statuses).toEqual(['rejected'])
    expect(thrown).toMatchObject({ code: 'INVALID_ARGUMENT', details: { argument: 'order.price' } })
  })

  it('awaits asynchronous strategies and stops when asked', async () => {
    const seen: number[] = []
    const engine = new Engine({
      broker: new RecordingBroker(),
      feed: new BarSeriesFeed(hourly(10)),
      strategy: {
        async onBar(_b, ctx) {
          await new Promise((r) => setTimeout(r, 1))
          seen.push(ctx.barIndex)
          if (ctx.barIndex === 4) ctx.stop('enough')
        },
      },
    })
    const stops: (string | undefined)[] = []
    engine.on('stop', (r) => stops.push(r))
    const summary = await engine.run()
    expect(seen).toEqual([0, 1, 2, 3, 4])
    expect(summary).toEqual({ events: 5, stopReason: 'enough' })
    expect(stops).toEqual(['enough'])
  })

  it('validates signals', async () => {
    const signals: unknown[] = []
    const engine = new Engine({
      broker: new RecordingBroker(),
      feed: new BarSeriesFeed(hourly(1)),
      strategy: {
        onBar(bar, ctx) {
          ctx.emitSignal({
            id: 's',
            symbol: 'ABC',
            side: 'buy',
            confidence: 0.8,
            entry: bar.close,
            stopLoss: bar.close - 2,
            takeProfit: bar.close + 3,
            timeframe: '1h',
            timestamp: ctx.time,
          })
          expect(() =>
            ctx.emitSignal({
              id: 's2',
              symbol: 'ABC',
              side: 'buy',
              confidence: 1.5,
              entry: 1,
              timeframe: '1h',
              timestamp: 0,
            }),
          ).toThrow(
            expect.objectContaining({
              code: 'INVALID_ARGUMENT',
              details: expect.objectContaining({ argument: 'signal.confidence' }),
            }),
          )
        },
      },
    })
    engine.on('signal', (s) => signals.push(s.rewardRisk))
    await engine.run()
    expect(signals).toEqual([1.5])
  })
})

describe('Engine.submit — plain market orders', () => {
  // Plain market orders skip the schema for speed; what reaches the broker must equal the schema's output, and
  // anything else (bad values, extra fields) must still be validated by the schema.
  it('sends exactly what OrderRequestSchema returns', async () => {
    const inputs: OrderRequestInput[] = [
      { symbol: 'ABC', side: 'buy', type: 'market', amount: 2 },
      { symbol: 'ABC', side: 'sell', type: 'market', amount: new Decimal('0.5'), reduceOnly: true },
      { symbol: 'ABC', side: 'sell', type: 'market', amount: 1, clientOrderId: 'mine', positionId: 'T1' },
      { symbol: 'ABC', side: 'buy', type: 'market', amount: '3', equityFraction: 0.5 },
      { symbol: 'ABC', side: 'buy', type: 'market', amount: 1, equityFraction: 1 - Number.EPSILON },
    ]
    const broker = new RecordingBroker()
    const strategy: Strategy = {
      onBar(_b, ctx) {
        if (ctx.barIndex === 0) for (const i of inputs) ctx.submit(i)
      },
    }
    await new Engine({ strategy, feed: new BarSeriesFeed(hourly(1)), broker }).run()
    let seq = 0
    const expected = inputs.map((i) => {
      const r = OrderRequestSchema.parse(i)
      return { ...r, clientOrderId: r.clientOrderId ?? `o${++seq}` }
    })
    expect(JSON.stringify(broker.sent)).toBe(JSON.stringify(expected))
  })

  it.each([
    [{ symbol: 'ABC', side: 'buy', type: 'market', amount: 0 }, 'amount'],
    [{ symbol: 'ABC', side: 'buy', type: 'market', amount: Number.NaN }, 'amount'],
    [{ symbol: 'ABC', side: 'hold', type: 'market', amount: 1 }, 'side'],
    [{ symbol: '', side: 'buy', type: 'market', amount: 1 }, 'symbol'],
    [{ symbol: 'ABC', side: 'buy', type: 'market', amount: 1, reduceOnly: 'yes' }, 'reduceOnly'],
    [{ symbol: 'ABC', side: 'buy', type: 'market', amount: 1, equityFraction: 1.5 }, 'equityFraction'],
  ])('rejects %o through the schema (field %s)', async (input, field) => {
    const strategy: Strategy = { onBar: (_b, ctx) => void ctx.submit(input as OrderRequestInput) }
    const engine = new Engine({ strategy, feed: new BarSeriesFeed(hourly(1)), broker: new RecordingBroker() })
    await expect(engine.run()).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
    await expect(
      new Engine({ strategy, feed: new BarSeriesFeed(hourly(1)), broker: new RecordingBroker() }).run(),
    ).rejects.toThrow(field)
  })
})
