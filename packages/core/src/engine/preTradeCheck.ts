import type { Account, Position } from '../account.js'
import type { Decimal } from '../decimal.js'
import type { Instrument } from '../instrument.js'
import type { Order, OrderRequest } from '../order.js'

/**
 * One reason a pre-trade check rejected or resized an order. `code` is stable (e.g. `MAX_OPEN_POSITIONS`);
 * `limit` and `actual` are the configured limit and the value the order would reach, as numbers or decimal strings.
 */
export interface RiskReason {
  /** Stable machine-readable code of the rule, e.g. `MAX_POSITION_SIZE`. */
  readonly code: string
  /** Human-readable explanation naming the limit and the value. */
  readonly message: string
  /** The configured limit, in the rule's unit (fraction, account currency, lots, count). */
  readonly limit?: number | string
  /** The value the order would produce, in the same unit. */
  readonly actual?: number | string
  /** Name of the check that produced the reason. */
  readonly check?: string
}

/**
 * The decision of a {@link PreTradeCheck}:
 * - `allow` — the order may go on unchanged;
 * - `reject` — the order must not be sent; `reasons` says why;
 * - `resize` — the order may go on with the smaller `amount` (the largest that fits every limit of this check).
 */
export type PreTradeDecision =
  | { readonly action: 'allow' }
  | { readonly action: 'reject'; readonly reasons: readonly RiskReason[] }
  | { readonly action: 'resize'; readonly amount: Decimal; readonly reasons: readonly RiskReason[] }

/**
 * What a {@link PreTradeCheck} sees about the account when an order is about to be sent. Snapshots are taken at
 * the engine's current time; ledger values are {@link Decimal} in the account currency.
 */
export interface PreTradeContext {
  /** Current time, epoch ms UTC (the engine's clock, never the wall clock in a backtest). */
  readonly time: number
  /** Account snapshot. */
  readonly account: Account
  /** Open positions (every ticket in hedging mode). */
  readonly positions: readonly Position[]
  /** Working orders (status `pending` or `open`). */
  readonly openOrders: readonly Order[]
  /** The instrument of the order, when the broker knows it. */
  readonly instrument?: Instrument
  /** Reference price for the order's notional: the limit/stop price or the last price, quote currency. */
  readonly price: Decimal
  /** Instruments of the other symbols (for exposure aggregation), keyed by symbol. */
  readonly instruments?: ReadonlyMap<string, Instrument>
  /** Last prices of the other symbols, keyed by symbol, quote currency. */
  readonly prices?: ReadonlyMap<string, Decimal>
}

/**
 * A rule evaluated before an order leaves the engine (implemented by `@aitrade/risk`). Must be synchronous and
 * side-effect free except for its own counters (e.g. an order-rate throttle records accepted orders in
 * {@link PreTradeCheck.onAccepted}).
 *
 * @example
 * ```ts
 * import type { PreTradeCheck } from '@aitrade/core'
 *
 * const maxTen: PreTradeCheck = {
 *   name: 'maxAmount10',
 *   check: (order) => order.amount.gt(10)
 *     ? { action: 'reject', reasons: [{ code: 'MAX_AMOUNT', message: 'amount > 10', limit: 10, actual: order.amount.toString() }] }
 *     : { action: 'allow' },
 * }
 * ```
 */
export interface PreTradeCheck {
  /** Name reported in reasons and logs. */
  readonly name: string
  /** Decides on `order` given the account state. */
  check(order: OrderRequest, context: PreTradeContext): PreTradeDecision
  /** Called when the order passed every check and was sent (for stateful checks such as rate throttles). */
  onAccepted?(order: OrderRequest, context: PreTradeContext): void
}
