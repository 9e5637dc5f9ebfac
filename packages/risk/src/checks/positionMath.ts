import { Decimal, type OrderRequest, type PreTradeContext } from '@aitrade/core'

/** Net signed amount (lots, + long / − short) and mark price of one symbol. @internal */
export interface SymbolNet {
  net: Decimal
  price: Decimal
}

/** Net position per symbol (netting view: hedged tickets offset each other). @internal */
export function netBySymbol(ctx: PreTradeContext): Map<string, SymbolNet> {
  const out = new Map<string, SymbolNet>()
  for (const p of ctx.positions) {
    const signed = p.side === 'long' ? p.amount : p.amount.neg()
    const cur = out.get(p.symbol)
    if (cur === undefined) out.set(p.symbol, { net: signed, price: ctx.prices?.get(p.symbol) ?? p.markPrice })
    else cur.net = cur.net.add(signed)
  }
  return out
}

/** Contract size of `symbol` (1 when unknown). @internal */
export function contractSizeOf(symbol: string, order: OrderRequest, ctx: PreTradeContext): Decimal {
  if (symbol === order.symbol && ctx.instrument !== undefined) return ctx.instrument.contractSize
  return ctx.instruments?.get(symbol)?.contractSize ?? new Decimal(1)
}

/** `+1` for buy, `−1` for sell, as a Decimal multiplier. @internal */
export function orderSign(order: OrderRequest): 1 | -1 {
  return order.side === 'buy' ? 1 : -1
}

/** Entry price of the order: limit price, else stop trigger, else the context's reference price. @internal */
export function entryPrice(order: OrderRequest, ctx: PreTradeContext): Decimal {
  return order.price ?? order.stopPrice ?? ctx.price
}

/** Current net amount (signed lots) of the order's symbol. @internal */
export function currentNet(order: OrderRequest, nets: Map<string, SymbolNet>): Decimal {
  return nets.get(order.symbol)?.net ?? new Decimal(0)
}

/**
 * Whether the order only reduces (or closes) exposure: `reduceOnly`, a hedging `positionId`, or an opposite-side
 * order no larger than the net position. @internal
 */
export function isReducing(order: OrderRequest, nets: Map<string, SymbolNet>): boolean {
  if (order.reduceOnly || order.positionId !== undefined) return true
  const n = currentNet(order, nets)
  return n.mul(orderSign(order)).lt(0) && order.amount.lte(n.abs())
}

/**
 * Largest order amount `x` such that `|n + s·x| ≤ maxAbsNet`, or, when the position already exceeds the limit, up to
 * a pure reduction (no flip) of the position. Returns a non-negative amount in lots. @internal
 */
export function maxAmountForAbsNet(net: Decimal, sign: 1 | -1, maxAbsNet: Decimal): Decimal {
  const sn = net.mul(sign)
  const byLimit = maxAbsNet.sub(sn)
  const byNoIncrease = sn.lt(0) ? net.abs() : new Decimal(0)
  return Decimal.max(byLimit, byNoIncrease, 0)
}

/** Gross notional of all symbols except `exclude`: Σ |net| × contractSize × price, quote currency. @internal */
export function grossNotionalExcept(
  exclude: string | undefined,
  nets: Map<string, SymbolNet>,
  order: OrderRequest,
  ctx: PreTradeContext,
  include: (symbol: string) => boolean = () => true,
): Decimal {
  let sum = new Decimal(0)
  for (const [symbol, { net, price }] of nets) {
    if (symbol === exclude || !include(symbol)) continue
    sum = sum.add(
      net
        .abs()
        .mul(contractSizeOf(symbol, order, ctx))
        .mul(price),
    )
  }
  return sum
}
