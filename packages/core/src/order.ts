import { z } from 'zod'
import { InvalidStateError } from './errors.js'
import {
  DecimalSchema,
  EpochMsSchema,
  NonNegativeDecimalSchema,
  PositiveDecimalSchema,
  type Side,
  SideSchema,
} from './schemas.js'

/**
 * zod schema of an order type (ccxt's unified names plus trailing stop):
 * `'market' | 'limit' | 'stop' | 'stop_limit' | 'trailing_stop'`.
 *
 * @example
 * ```ts
 * import { OrderTypeSchema } from '@aitrade/core'
 *
 * OrderTypeSchema.parse('stop_limit') // 'stop_limit'
 * ```
 */
export const OrderTypeSchema = z.enum(['market', 'limit', 'stop', 'stop_limit', 'trailing_stop'])
/** Order type. */
export type OrderType = z.infer<typeof OrderTypeSchema>

/**
 * zod schema of a time in force: `'GTC'` good till canceled, `'IOC'` immediate or cancel (fill what you can now,
 * cancel the rest), `'FOK'` fill or kill (all now or nothing), `'PO'` post only (rejected if it would take liquidity).
 *
 * @example
 * ```ts
 * import { TimeInForceSchema } from '@aitrade/core'
 *
 * TimeInForceSchema.parse('IOC') // 'IOC'
 * ```
 */
export const TimeInForceSchema = z.enum(['GTC', 'IOC', 'FOK', 'PO'])
/** Time in force. */
export type TimeInForce = z.infer<typeof TimeInForceSchema>

/**
 * zod schema of an order status (ccxt's unified names plus `pending`):
 * - `pending` — accepted by the SDK but not yet working (e.g. a bracket leg waiting for its entry to fill, or an
 *   order sent to a venue and not yet acknowledged);
 * - `open` — working, possibly partially filled;
 * - `closed` — completely filled;
 * - `canceled`, `expired`, `rejected` — terminal without (complete) fill.
 *
 * @example
 * ```ts
 * import { OrderStatusSchema } from '@aitrade/core'
 *
 * OrderStatusSchema.options // ['pending', 'open', 'closed', 'canceled', 'expired', 'rejected']
 * ```
 */
export const OrderStatusSchema = z.enum(['pending', 'open', 'closed', 'canceled', 'expired', 'rejected'])
/** Order status. */
export type OrderStatus = z.infer<typeof OrderStatusSchema>

const TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending: ['pending', 'open', 'closed', 'canceled', 'expired', 'rejected'],
  open: ['open', 'closed', 'canceled', 'expired'],
  closed: [],
  canceled: [],
  expired: [],
  rejected: [],
}

/**
 * Whether an order may go from status `from` to status `to`. Allowed: `pending → any`, `open → open` (partial
 * fill or modification), `open → closed | canceled | expired`. Terminal statuses (`closed`, `canceled`, `expired`,
 * `rejected`) never change.
 *
 * @param from - Current status.
 * @param to - Requested status.
 * @returns `true` when the transition is legal.
 *
 * @example
 * ```ts
 * import { canTransitionOrder } from '@aitrade/core'
 *
 * canTransitionOrder('open', 'closed')   // true
 * canTransitionOrder('closed', 'open')   // false
 * ```
 */
export function canTransitionOrder(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

/**
 * Throws unless the order status transition `from → to` is legal (see {@link canTransitionOrder}).
 *
 * @param from - Current status.
 * @param to - Requested status.
 * @param orderId - Used in the error message and details.
 * @throws {@link InvalidStateError} `INVALID_STATE` on an illegal transition.
 *
 * @example
 * ```ts
 * import { assertOrderTransition } from '@aitrade/core'
 *
 * assertOrderTransition('pending', 'open', 'o1') // ok
 * ```
 */
export function assertOrderTransition(from: OrderStatus, to: OrderStatus, orderId = '?'): void {
  if (!canTransitionOrder(from, to)) {
    throw new InvalidStateError(`order ${orderId}: status ${from} -> ${to} is not allowed`, {
      details: { orderId, from, to },
    })
  }
}

/**
 * zod schema of a stop-loss or take-profit attached to an entry order (a bracket). `price` is the trigger in quote
 * currency; a stop-loss leg becomes a stop order, a take-profit leg a limit order, and the two form an OCO pair
 * once the entry fills.
 *
 * @example
 * ```ts
 * import { BracketLegSchema } from '@aitrade/core'
 *
 * BracketLegSchema.parse({ price: '95' }).price.toString() // '95'
 * ```
 */
export const BracketLegSchema = z.object({
  /** Trigger price, quote currency. */
  price: PositiveDecimalSchema,
})
/** A bracket leg (stop-loss or take-profit). */
export type BracketLeg = z.output<typeof BracketLegSchema>

const OrderRequestShape = z.object({
  /** Instrument symbol, e.g. `BTC/USDT`. */
  symbol: z.string().min(1),
  /** `buy` or `sell`. */
  side: SideSchema,
  /** Order type. */
  type: OrderTypeSchema,
  /** Amount in lots (base units for crypto/stocks, lots of `contractSize` for FX/CFD); > 0. */
  amount: PositiveDecimalSchema,
  /** Limit price (limit, stop_limit), quote currency. */
  price: PositiveDecimalSchema.optional(),
  /** Trigger price (stop, stop_limit), quote currency. */
  stopPrice: PositiveDecimalSchema.optional(),
  /** Trailing distance in quote currency (trailing_stop); give this or `trailingFraction`. */
  trailingAmount: PositiveDecimalSchema.optional(),
  /** Trailing distance as a fraction of the best price since placement (`0.02` = 2 %). */
  trailingFraction: DecimalSchema.refine((d) => d.gt(0) && d.lt(1), 'must be in (0, 1)').optional(),
  /** Time in force; default `GTC`. `PO` (post only) requires a limit order. */
  timeInForce: TimeInForceSchema.default('GTC'),
  /** Only reduce an existing position; never open or increase one. */
  reduceOnly: z.boolean().default(false),
  /** Maker only: rejected instead of taking liquidity (same as `timeInForce: 'PO'`). */
  postOnly: z.boolean().default(false),
  /** Caller's own id, unique per account. */
  clientOrderId: z.string().min(1).max(64).optional(),
  /** Stop-loss attached to this entry (bracket). */
  stopLoss: BracketLegSchema.optional(),
  /** Take-profit attached to this entry (bracket). */
  takeProfit: BracketLegSchema.optional(),
  /** Orders sharing an `ocoGroup` cancel each other when one fills (one-cancels-other). */
  ocoGroup: z.string().min(1).optional(),
  /** Expiry time, epoch ms UTC; the order expires when not filled by then. */
  expireTime: EpochMsSchema.optional(),
  /** Hedging mode: the position ticket this order closes or reduces. */
  positionId: z.string().min(1).optional(),
  /**
   * Size at fill time: a simulated broker replaces `amount` by the largest amount (rounded down to the lot step)
   * whose cost, fees included, fits this fraction of the available margin × leverage at the fill price —
   * backtesting.py's `size < 1` ("all-in" with `0.9999`). `amount` is the strategy's estimate, seen by pre-trade checks.
   */
  equityFraction: DecimalSchema.refine((d) => d.gt(0) && d.lte(1), 'must be in (0, 1]').optional(),
})

/**
 * zod schema of an {@link OrderRequest}: what a strategy or a client submits. Cross-field rules: `limit` needs
 * `price`; `stop` needs `stopPrice`; `stop_limit` needs both; `trailing_stop` needs exactly one of
 * `trailingAmount`/`trailingFraction`; `PO`/`postOnly` need a `limit` order; bracket legs must be on the correct
 * side of the entry's reference price when one is known.
 *
 * @example
 * ```ts
 * import { OrderRequestSchema } from '@aitrade/core'
 *
 * const r = OrderRequestSchema.parse({ symbol: 'GOOG', side: 'buy', type: 'limit', amount: '10', price: '250.5',
 *   stopLoss: { price: '240' }, takeProfit: { price: '270' } })
 * r.timeInForce // 'GTC'
 * ```
 */
export const OrderRequestSchema = OrderRequestShape.superRefine((o, ctx) => {
  const need = (field: 'price' | 'stopPrice') => {
    if (o[field] === undefined)
      ctx.addIssue({ code: 'custom', path: [field], message: `required for ${o.type} orders` })
  }
  if (o.type === 'limit' || o.type === 'stop_limit') need('price')
  if (o.type === 'stop' || o.type === 'stop_limit') need('stopPrice')
  if (o.type === 'trailing_stop' && (o.trailingAmount === undefined) === (o.trailingFraction === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['trailingAmount'],
      message: 'give exactly one of trailingAmount, trailingFraction',
    })
  }
  if ((o.timeInForce === 'PO' || o.postOnly) && o.type !== 'limit') {
    ctx.addIssue({ code: 'custom', path: ['timeInForce'], message: 'post-only requires a limit order' })
  }
  const ref = o.type === 'limit' || o.type === 'stop_limit' ? o.price : o.type === 'stop' ? o.stopPrice : undefined
  const dir = o.side === 'buy' ? 1 : -1
  if (ref !== undefined && o.stopLoss && o.stopLoss.price.cmp(ref) !== -dir) {
    ctx.addIssue({
      code: 'custom',
      path: ['stopLoss', 'price'],
      message: `must be ${dir > 0 ? 'below' : 'above'} the entry price`,
    })
  }
  if (ref !== undefined && o.takeProfit && o.takeProfit.price.cmp(ref) !== dir) {
    ctx.addIssue({
      code: 'custom',
      path: ['takeProfit', 'price'],
      message: `must be ${dir > 0 ? 'above' : 'below'} the entry price`,
    })
  }
  if (o.stopLoss && o.takeProfit && o.stopLoss.price.cmp(o.takeProfit.price) !== -dir) {
    ctx.addIssue({
      code: 'custom',
      path: ['stopLoss', 'price'],
      message: 'stop-loss and take-profit are on the same side',
    })
  }
})

/** An order as submitted: see {@link OrderRequestSchema}. Ledger fields are {@link Decimal}. */
export type OrderRequest = z.output<typeof OrderRequestSchema>
/** Input accepted by {@link OrderRequestSchema} (decimal strings allowed, defaults optional). */
export type OrderRequestInput = z.input<typeof OrderRequestSchema>

/**
 * zod schema of an {@link Order}: a request plus its venue state.
 *
 * @example
 * ```ts
 * import { OrderSchema } from '@aitrade/core'
 *
 * const o = OrderSchema.parse({ id: '1', symbol: 'GOOG', side: 'buy', type: 'market', amount: '10', status: 'open',
 *   filled: '0', remaining: '10', cost: '0', fee: { cost: '0', currency: 'USD' }, timestamp: 0, lastUpdateTimestamp: 0 })
 * o.remaining.toString() // '10'
 * ```
 */
export const OrderSchema = OrderRequestShape.extend({
  /** Venue (or simulator) order id. */
  id: z.string().min(1),
  /** Lifecycle status. */
  status: OrderStatusSchema,
  /** Amount filled so far, lots. */
  filled: NonNegativeDecimalSchema,
  /** Amount still to fill, lots (`amount - filled` while working). */
  remaining: NonNegativeDecimalSchema,
  /** Volume-weighted average fill price, quote currency; absent before the first fill. */
  average: PositiveDecimalSchema.optional(),
  /** Filled notional, quote currency: Σ fill amount × price × contractSize. */
  cost: NonNegativeDecimalSchema,
  /** Fees charged so far. */
  fee: z.object({ cost: DecimalSchema, currency: z.string().min(1) }),
  /** Creation time, epoch ms UTC. */
  timestamp: EpochMsSchema,
  /** Last change, epoch ms UTC. */
  lastUpdateTimestamp: EpochMsSchema,
  /** Trigger level currently in force for a trailing stop, quote currency. */
  triggerPrice: PositiveDecimalSchema.optional(),
  /** Parent entry order of a bracket leg. */
  parentId: z.string().min(1).optional(),
  /** Why the order was rejected, canceled or expired. */
  reason: z.string().optional(),
})

/** An order with its state. Ledger fields are {@link Decimal}. */
export type Order = z.output<typeof OrderSchema>

/**
 * Signed direction of a side.
 *
 * @param side - `buy` or `sell`.
 * @returns `+1` for buy, `-1` for sell.
 *
 * @example
 * ```ts
 * import { sideSign } from '@aitrade/core'
 *
 * sideSign('sell') // -1
 * ```
 */
export function sideSign(side: Side): 1 | -1 {
  return side === 'buy' ? 1 : -1
}
