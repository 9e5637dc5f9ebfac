import type {
  OrderModification,
  OrderRequestInput,
  Signal,
  SignalInput,
  Strategy,
  StrategyContext,
  SubmitResult,
} from '@aitrade/core'

/** What {@link interceptOrders} calls in place of the context's order and signal methods; each gets the real context. */
export interface OrderInterceptor {
  /** Replaces `ctx.submit` (call `ctx.submit(order)` to pass the order on). */
  submit?(order: OrderRequestInput, ctx: StrategyContext): SubmitResult
  /** Replaces `ctx.cancel`. */
  cancel?(id: string, ctx: StrategyContext): void
  /** Replaces `ctx.modify`. */
  modify?(id: string, changes: OrderModification, ctx: StrategyContext): void
  /** Replaces `ctx.emitSignal`. */
  emitSignal?(signal: SignalInput, ctx: StrategyContext): Signal
  /** Called when the engine stops, before the strategy's `onStop`. */
  stopping?(): void
}

/**
 * The strategy with its context's order methods routed through `hooks`: every callback receives one delegating
 * context, built once per engine context, so nothing is allocated per bar. Used by `runBacktest`'s `tradingStart` and
 * by {@link lookAheadCheck}.
 *
 * @param strategy - The strategy to wrap (its `this` is kept in every callback).
 * @param hooks - Replacements of `submit`, `cancel`, `modify` and `emitSignal`, and a stop notification.
 * @returns A strategy with the same callbacks (plus `onStop`) and name.
 */
export function interceptOrders(strategy: Strategy, hooks: OrderInterceptor): Strategy {
  let inner: StrategyContext | undefined
  let outer: StrategyContext | undefined
  const wrap = (ctx: StrategyContext): StrategyContext => {
    if (ctx === inner && outer) return outer
    inner = ctx
    const { submit, cancel, modify, emitSignal } = hooks
    outer = {
      get time() {
        return ctx.time
      },
      get symbol() {
        return ctx.symbol
      },
      get symbols() {
        return ctx.symbols
      },
      get barIndex() {
        return ctx.barIndex
      },
      bars: (symbol, timeframe) => ctx.bars(symbol, timeframe),
      submit: submit ? (order) => submit(order, ctx) : (order) => ctx.submit(order),
      cancel: cancel ? (id) => cancel(id, ctx) : (id) => ctx.cancel(id),
      modify: modify ? (id, changes) => modify(id, changes, ctx) : (id, changes) => ctx.modify(id, changes),
      position: (symbol) => ctx.position(symbol),
      positions: () => ctx.positions(),
      openOrders: (symbol) => ctx.openOrders(symbol),
      account: () => ctx.account(),
      instrument: (symbol) => ctx.instrument(symbol),
      emitSignal: emitSignal ? (signal) => emitSignal(signal, ctx) : (signal) => ctx.emitSignal(signal),
      stop: (reason) => ctx.stop(reason),
    }
    return outer
  }
  const s = strategy
  const wrapped: Strategy = {
    ...(s.name !== undefined ? { name: s.name } : {}),
    onStop: (ctx) => {
      hooks.stopping?.()
      return s.onStop?.(wrap(ctx))
    },
    ...(s.onStart ? { onStart: (ctx: StrategyContext) => s.onStart?.(wrap(ctx)) } : {}),
    ...(s.onBar ? { onBar: (bar, ctx) => s.onBar?.(bar, wrap(ctx)) } : {}),
    ...(s.onQuote ? { onQuote: (q, ctx) => s.onQuote?.(q, wrap(ctx)) } : {}),
    ...(s.onTick ? { onTick: (t, ctx) => s.onTick?.(t, wrap(ctx)) } : {}),
    ...(s.onOrderUpdate ? { onOrderUpdate: (o, ctx) => s.onOrderUpdate?.(o, wrap(ctx)) } : {}),
    ...(s.onFill ? { onFill: (f, ctx) => s.onFill?.(f, wrap(ctx)) } : {}),
  } as Strategy
  return wrapped
}
