import { InvalidArgumentError, type OrderRequestInput, type StrategyContext, type SubmitResult } from '@aitrade/core'

/** backtesting.py's `_FULL_EQUITY`: the default `size` of `buy()` / `sell()`, `1 − 2⁻⁵²`. */
const FULL_EQUITY = 1 - Number.EPSILON

/** Arguments of {@link BacktestingPyOrders.buy} / `sell`, as backtesting.py's `Strategy.buy(size, limit, stop, sl, tp)`. */
export interface BacktestingPyOrderArgs {
  /**
   * `size`: in (0, 1) a fraction of the available margin sized at fill time; ≥ 1 a whole number of units. Default
   * `1 − 2⁻⁵²` (all in).
   */
  size?: number
  /** Limit price, quote currency (a limit order; with `stop`, a stop-limit order). */
  limit?: number
  /** Stop price, quote currency (a stop order; with `limit`, a stop-limit order). */
  stop?: number
  /** Stop-loss price of the resulting trade, quote currency. */
  sl?: number
  /** Take-profit price of the resulting trade, quote currency. */
  tp?: number
}

/** backtesting.py's order API for a strategy running under {@link backtestingPyPreset}. */
export interface BacktestingPyOrders {
  /** `Strategy.buy()`: a long order on the context's current symbol. */
  buy(ctx: StrategyContext, args?: BacktestingPyOrderArgs): SubmitResult
  /** `Strategy.sell()`: a short order on the context's current symbol. */
  sell(ctx: StrategyContext, args?: BacktestingPyOrderArgs): SubmitResult
  /** `Strategy.position.close()`: closes the open position of the current symbol with a market order at the next fill. */
  closePosition(ctx: StrategyContext): void
}

/**
 * backtesting.py's `buy` / `sell` / `position.close()` on top of core's `StrategyContext`, with its
 * `exclusive_orders`: when `true`, each new entry first cancels every working non-bracket order and closes the open
 * position (the close fills before the entry, so the entry is sized with the freed margin).
 *
 * @param options - `exclusiveOrders` (backtesting.py's `exclusive_orders`), default `false`.
 * @returns The order helpers.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` (from `buy`/`sell`) when `size` is not in (0, 1) or a
 *   whole number ≥ 1.
 * @see https://github.com/kernc/backtesting.py/blob/master/backtesting/backtesting.py (`Strategy.buy`, `_Broker.new_order`)
 *
 * @example
 * ```ts
 * import type { Strategy } from '@aitrade/core'
 * import { backtestingPyOrders } from '@aitrade/backtest'
 *
 * const bt = backtestingPyOrders({ exclusiveOrders: true })
 * const strategy: Strategy = {
 *   onBar(bar, ctx) {
 *     if (bar.close > bar.open) bt.buy(ctx)
 *     else bt.sell(ctx)
 *   },
 * }
 * ```
 */
export function backtestingPyOrders(options: { exclusiveOrders?: boolean } = {}): BacktestingPyOrders {
  const exclusive = options.exclusiveOrders ?? false
  const closePosition = (ctx: StrategyContext): void => {
    const open = ctx.positions().filter((p) => p.symbol === ctx.symbol)
    // one position: netting (or a single hedging ticket) — reduce-only; several: hedging tickets, closed by id
    for (const p of open) {
      ctx.submit({
        symbol: p.symbol,
        side: p.side === 'long' ? 'sell' : 'buy',
        type: 'market',
        amount: p.amount,
        positionId: p.id,
        reduceOnly: open.length === 1,
      })
    }
  }
  const order = (ctx: StrategyContext, side: 'buy' | 'sell', args: BacktestingPyOrderArgs = {}): SubmitResult => {
    const size = args.size ?? FULL_EQUITY
    const fraction = size > 0 && size < 1
    if (!fraction && !(Number.isInteger(size) && size >= 1))
      throw new InvalidArgumentError('size', `must be in (0, 1) or a whole number >= 1, got ${size}`)
    if (exclusive) {
      for (const o of ctx.openOrders(ctx.symbol)) if (o.parentId === undefined) ctx.cancel(o.id)
      closePosition(ctx)
    }
    const type =
      args.limit !== undefined
        ? args.stop !== undefined
          ? 'stop_limit'
          : 'limit'
        : args.stop !== undefined
          ? 'stop'
          : 'market'
    const req: OrderRequestInput = {
      symbol: ctx.symbol,
      side,
      type,
      amount: fraction ? 1 : size,
      ...(fraction ? { equityFraction: size } : {}),
      ...(args.limit !== undefined ? { price: args.limit } : {}),
      ...(args.stop !== undefined ? { stopPrice: args.stop } : {}),
      ...(args.sl !== undefined ? { stopLoss: { price: args.sl } } : {}),
      ...(args.tp !== undefined ? { takeProfit: { price: args.tp } } : {}),
    }
    return ctx.submit(req)
  }
  return {
    buy: (ctx, args) => order(ctx, 'buy', args),
    sell: (ctx, args) => order(ctx, 'sell', args),
    closePosition,
  }
}
