import type { Account, Position } from '../account.js'
import type { Bar } from '../bar.js'
import type { BarSeries } from '../barSeries.js'
import type { Decimal } from '../decimal.js'
import type { Fill } from '../fill.js'
import type { Instrument } from '../instrument.js'
import type { Quote, TradeTick } from '../marketData.js'
import type { Order, OrderRequestInput } from '../order.js'
import type { Signal, SignalInput } from '../signal.js'
import type { Timeframe } from '../timeframe.js'
import type { OrderModification } from './broker.js'
import type { RiskReason } from './preTradeCheck.js'

/** What {@link StrategyContext.submit} decided synchronously. Fills arrive later through the callbacks. */
export interface SubmitResult {
  /** The order's client id (given, or generated as `<prefix><n>`). */
  readonly clientOrderId: string
  /** `submitted` — sent to the broker; `rejected` — refused by a pre-trade check (nothing was sent). */
  readonly status: 'submitted' | 'rejected'
  /** Amount sent, lots (smaller than requested when a check resized it). */
  readonly amount: Decimal
  /** Reasons of a rejection or resize (empty when allowed unchanged). */
  readonly reasons: readonly RiskReason[]
}

/**
 * What a strategy can see and do. Everything is as of the event being processed: `bars()` never contains a bar the
 * engine has not reached, and `time` is the engine's clock (never the wall clock in a backtest).
 */
export interface StrategyContext {
  /** Current time, epoch ms UTC (the open time of the bar just closed, in bar-driven runs). */
  readonly time: number
  /** The first symbol of the feed (the one of a single-symbol run). */
  readonly symbol: string
  /** All symbols of the feed. */
  readonly symbols: readonly string[]
  /** Index of the current bar of the current symbol in its series (−1 before the first bar). */
  readonly barIndex: number
  /**
   * Past bars of `symbol` up to and including the current one, as a view (no copy). With `timeframe`, the
   * series resampled to that higher timeframe holding only the buckets that have closed by the end of the current
   * bar — a higher-timeframe bar becomes visible only after it closes.
   *
   * @param symbol - Default: the event's symbol.
   * @param timeframe - A timeframe at least as long as the data's.
   */
  bars(symbol?: string, timeframe?: Timeframe): BarSeries
  /** Submits an order after the pre-trade checks; validation errors throw `INVALID_ARGUMENT`. */
  submit(order: OrderRequestInput): SubmitResult
  /** Cancels a working order by id or client order id. */
  cancel(id: string): void
  /** Modifies a working order by id or client order id. */
  modify(id: string, changes: OrderModification): void
  /** Open position of `symbol` (default: current symbol), or `undefined` when flat. */
  position(symbol?: string): Position | undefined
  /** Every open position. */
  positions(): readonly Position[]
  /** Working orders, optionally of one symbol. */
  openOrders(symbol?: string): readonly Order[]
  /** Account snapshot. */
  account(): Account
  /** Trading rules of `symbol` (default: current symbol) when the broker knows them (tick, lot step, contract size). */
  instrument(symbol?: string): Instrument | undefined
  /** Publishes a trading signal (validated with `SignalSchema`) as a `signal` event; returns it. */
  emitSignal(signal: SignalInput): Signal
  /** Asks the engine to stop after the current event. */
  stop(reason?: string): void
}

/**
 * A trading strategy: the same object runs in a backtest, on paper and live. Every callback may return a promise;
 * keep them synchronous for backtest speed. Implement only the callbacks you need.
 *
 * @example
 * ```ts
 * import type { Strategy } from '@aitrade/core'
 *
 * const buyAndHold: Strategy = {
 *   name: 'buy-and-hold',
 *   onBar(_bar, ctx) {
 *     if (!ctx.position()) ctx.submit({ symbol: ctx.symbol, side: 'buy', type: 'market', amount: '1' })
 *   },
 * }
 * ```
 */
export interface Strategy {
  /** Name for logs and reports. */
  readonly name?: string
  /** Before the first event. */
  onStart?(ctx: StrategyContext): void | Promise<void>
  /** A bar of `ctx.symbol`-or-other closed. `bar` may be reused by the feed: copy it to keep it. */
  onBar?(bar: Bar, ctx: StrategyContext): void | Promise<void>
  /** A quote arrived. */
  onQuote?(quote: Quote, ctx: StrategyContext): void | Promise<void>
  /** A public trade arrived. */
  onTick?(tick: TradeTick, ctx: StrategyContext): void | Promise<void>
  /** One of the strategy's orders changed. */
  onOrderUpdate?(order: Order, ctx: StrategyContext): void | Promise<void>
  /** One of the strategy's orders was (partly) filled. */
  onFill?(fill: Fill, ctx: StrategyContext): void | Promise<void>
  /** After the last event (or after `ctx.stop`). */
  onStop?(ctx: StrategyContext): void | Promise<void>
}
