import {
  AccountSchema,
  Decimal,
  type Instrument,
  type InstrumentInput,
  InstrumentSchema,
  type Order,
  type OrderRequest,
  type OrderRequestInput,
  OrderRequestSchema,
  OrderSchema,
  type Position,
  PositionSchema,
  type PreTradeContext,
} from '@aitrade/core'

/** An instrument; defaults: a stock `XYZ` in USD, lot step 1. */
export function instrument(over: Partial<InstrumentInput> = {}): Instrument {
  return InstrumentSchema.parse({
    symbol: 'XYZ',
    base: 'XYZ',
    quote: 'USD',
    assetClass: 'stock',
    tickSize: '0.01',
    ...over,
  })
}

/** An order request; defaults: market buy of 1 `XYZ`. */
export function order(over: Partial<OrderRequestInput> = {}): OrderRequest {
  return OrderRequestSchema.parse({ symbol: 'XYZ', side: 'buy', type: 'market', amount: '1', ...over })
}

/** An open position with mark = entry unless given. */
export function position(
  symbol: string,
  side: 'long' | 'short',
  amount: Decimal.Value,
  price: Decimal.Value,
  over: Record<string, unknown> = {},
): Position {
  return PositionSchema.parse({
    id: `${symbol}-${side}`,
    symbol,
    side,
    amount: String(amount),
    entryPrice: String(price),
    openTimestamp: 0,
    markPrice: String(price),
    unrealizedPnl: '0',
    realizedPnl: '0',
    fees: '0',
    margin: '0',
    ...over,
  })
}

/** A working order (e.g. a protective stop). */
export function workingOrder(over: Record<string, unknown>): Order {
  return OrderSchema.parse({
    id: 'w1',
    symbol: 'XYZ',
    side: 'sell',
    type: 'stop',
    amount: '1',
    status: 'open',
    filled: '0',
    remaining: '1',
    cost: '0',
    fee: { cost: '0', currency: 'USD' },
    timestamp: 0,
    lastUpdateTimestamp: 0,
    ...over,
  })
}

/** Context options. */
export interface CtxOptions {
  equity?: Decimal.Value
  margin?: Decimal.Value
  leverage?: number
  price?: Decimal.Value
  time?: number
  positions?: Position[]
  openOrders?: Order[]
  instrument?: Instrument
  instruments?: Instrument[]
  prices?: Record<string, Decimal.Value>
}

/** A pre-trade context; default equity 10 000 USD, price 100, time 0. */
export function ctx(o: CtxOptions = {}): PreTradeContext {
  const equity = String(o.equity ?? '10000')
  const account = AccountSchema.parse({
    currency: 'USD',
    balance: equity,
    equity,
    margin: String(o.margin ?? '0'),
    freeMargin: equity,
    marginLevel: 1e9, // core AccountSchema rejects the documented Infinity (zod 4 z.number())
    leverage: o.leverage ?? 1,
    timestamp: o.time ?? 0,
  })
  const c: {
    time: number
    account: typeof account
    positions: Position[]
    openOrders: Order[]
    price: Decimal
    instrument?: Instrument
    instruments?: Map<string, Instrument>
    prices?: Map<string, Decimal>
  } = {
    time: o.time ?? 0,
    account,
    positions: o.positions ?? [],
    openOrders: o.openOrders ?? [],
    price: new Decimal(o.price ?? '100'),
  }
  if (o.instrument !== undefined) c.instrument = o.instrument
  if (o.instruments !== undefined) c.instruments = new Map(o.instruments.map((i) => [i.symbol, i]))
  if (o.prices !== undefined) {
    c.prices = new Map(Object.entries(o.prices).map(([k, v]) => [k, new Decimal(v)]))
  }
  return c
}

/** The decision's amount as a string, or the action. */
export function outcome(d: { action: string; amount?: Decimal }): string {
  return d.action === 'resize' ? `resize ${d.amount!.toString()}` : d.action
}
