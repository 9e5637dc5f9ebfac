import { describe, expect, it } from 'vitest'
import { assertOrderTransition, canTransitionOrder, OrderRequestSchema, OrderStatusSchema, sideSign } from './order.js'
import { parseWith } from './validation.js'

const parse = (o: object) => parseWith(OrderRequestSchema, o, 'order')

describe('OrderRequestSchema', () => {
  it('parses decimal strings and applies defaults', () => {
    const r = parse({ symbol: 'BTC/USDT', side: 'buy', type: 'limit', amount: '0.015', price: '60000.5' })
    expect(r.amount.toString()).toBe('0.015')
    expect(r.price?.toString()).toBe('60000.5')
    expect(r.timeInForce).toBe('GTC')
    expect(r.reduceOnly).toBe(false)
  })

  it.each([
    [{ type: 'limit' }, 'order.price', 'required for limit orders'],
    [{ type: 'stop' }, 'order.stopPrice', 'required for stop orders'],
    [{ type: 'stop_limit', price: '10' }, 'order.stopPrice', 'required for stop_limit orders'],
    [{ type: 'trailing_stop' }, 'order.trailingAmount', 'give exactly one of trailingAmount, trailingFraction'],
    [
      { type: 'trailing_stop', trailingAmount: '1', trailingFraction: '0.1' },
      'order.trailingAmount',
      'give exactly one',
    ],
    [{ type: 'market', timeInForce: 'PO' }, 'order.timeInForce', 'post-only requires a limit order'],
    [{ type: 'market', amount: '0' }, 'order.amount', 'must be > 0'],
    [{ type: 'market', amount: 'abc' }, 'order.amount', 'not a decimal number'],
    [{ type: 'market', amount: Number.NaN }, 'order.amount', ''],
    [
      { type: 'limit', price: '100', stopLoss: { price: '101' } },
      'order.stopLoss.price',
      'must be below the entry price',
    ],
    [
      { type: 'limit', price: '100', takeProfit: { price: '99' } },
      'order.takeProfit.price',
      'must be above the entry price',
    ],
    [{ type: 'market', stopLoss: { price: '110' }, takeProfit: { price: '90' } }, 'order.stopLoss.price', 'same side'],
  ])('rejects %j naming %s', (patch, argument, message) => {
    const bad = { symbol: 'X', side: 'buy', amount: '1', ...patch }
    let err: unknown
    try {
      parse(bad)
    } catch (e) {
      err = e
    }
    expect(err).toMatchObject({ code: 'INVALID_ARGUMENT', details: { argument } })
    expect((err as Error).message).toContain(message)
  })

  it('checks sell brackets the other way round', () => {
    expect(() =>
      parse({
        symbol: 'X',
        side: 'sell',
        type: 'limit',
        amount: 1,
        price: 100,
        stopLoss: { price: 105 },
        takeProfit: { price: 90 },
      }),
    ).not.toThrow()
    expect(() =>
      parse({ symbol: 'X', side: 'sell', type: 'limit', amount: 1, price: 100, stopLoss: { price: 95 } }),
    ).toThrow(/must be above/)
    expect(sideSign('sell')).toBe(-1)
  })
})

describe('order status lifecycle', () => {
  const all = OrderStatusSchema.options
  it('allows exactly the documented transitions', () => {
    const allowed = all.flatMap((from) => all.filter((to) => canTransitionOrder(from, to)).map((to) => `${from}>${to}`))
    expect(allowed).toEqual([
      'pending>pending',
      'pending>open',
      'pending>closed',
      'pending>canceled',
      'pending>expired',
      'pending>rejected',
      'open>open',
      'open>closed',
      'open>canceled',
      'open>expired',
    ])
  })
  it('throws INVALID_STATE on an illegal transition', () => {
    expect(() => assertOrderTransition('closed', 'open', 'o7')).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE', details: { orderId: 'o7', from: 'closed', to: 'open' } }),
    )
    expect(() => assertOrderTransition('open', 'rejected')).toThrow(/open -> rejected/)
  })
})
