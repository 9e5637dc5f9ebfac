import type { Account, Position } from '../account.js'
import type { Decimal } from '../decimal.js'
import type { Fill } from '../fill.js'
import type { Instrument } from '../instrument.js'
import type { Order, OrderRequest } from '../order.js'
import type { MarketEvent } from './dataFeed.js'

/** Where a {@link Broker} reports order updates and fills; the engine installs one. */
export interface BrokerListener {
  /** An order changed (accepted, partially filled, filled, canceled, expired, rejected, modified). */
  onOrderUpdate(order: Order): void
  /** An execution happened. Called before the `onOrderUpdate` of the order it fills. */
  onFill(fill: Fill): void
}

/** Changes accepted by {@link Broker.modifyOrder}; omitted fields keep their value. */
export interface OrderModification {
  /** New total amount, lots. */
  amount?: Decimal.Value
  /** New limit price. */
  price?: Decimal.Value
  /** New trigger price. */
  stopPrice?: Decimal.Value
}

/**
 * An order venue: the simulated broker of `@aitrade/backtest`, a paper broker, or a live connector.
 * Methods may return promises (live venues); the engine awaits them without blocking the synchronous fast path of
 * simulated brokers.
 */
export interface Broker {
  /** Venue name, e.g. `'simulated'`, `'binance'`. */
  readonly name: string
  /** Installs the listener the broker reports to. */
  setListener(listener: BrokerListener): void
  /** Opens connections; called once before the first event. */
  connect?(): void | Promise<void>
  /** Closes connections; called once after the last event. */
  disconnect?(): void | Promise<void>
  /**
   * Called with every market event BEFORE the strategy sees it: a simulated broker matches working orders against
   * the new bar here (orders placed on the previous bar fill at this bar's open, limits and stops inside its range).
   */
  onMarket?(event: MarketEvent): void
  /** Called with every market event AFTER the strategy handled it (e.g. fills at the bar's close, equity snapshots). */
  afterMarket?(event: MarketEvent): void
  /** Sends an order whose `clientOrderId` is set; the outcome arrives through the listener. */
  submitOrder(order: OrderRequest & { readonly clientOrderId: string }): void | Promise<void>
  /** Cancels a working order by `id` or `clientOrderId`. */
  cancelOrder(id: string): void | Promise<void>
  /** Modifies a working order by `id` or `clientOrderId`. */
  modifyOrder(id: string, changes: OrderModification): void | Promise<void>
  /** Current account snapshot. */
  account(): Account
  /** Open positions. */
  positions(): readonly Position[]
  /** Working orders (status `pending` or `open`). */
  openOrders(): readonly Order[]
  /** Trading rules of `symbol`, when the broker knows them. */
  instrument?(symbol: string): Instrument | undefined
}
