import { z } from 'zod'
import { DecimalSchema, EpochMsSchema, PositiveDecimalSchema, SideSchema } from './schemas.js'

/**
 * zod schema of a fee: `{ cost, currency }` as ccxt writes it. `cost` is in `currency` units; a negative cost is a
 * rebate.
 *
 * @example
 * ```ts
 * import { FeeSchema } from '@aitrade/core'
 *
 * FeeSchema.parse({ cost: '0.25', currency: 'USD' }).cost.toString() // '0.25'
 * ```
 */
export const FeeSchema = z.object({ cost: DecimalSchema, currency: z.string().min(1) })
/** A fee charged on a fill or an order. */
export type Fee = z.output<typeof FeeSchema>

/**
 * zod schema of a {@link Fill}: one execution of (part of) an order.
 *
 * @example
 * ```ts
 * import { FillSchema } from '@aitrade/core'
 *
 * const f = FillSchema.parse({ id: 'f1', orderId: 'o1', symbol: 'GOOG', side: 'buy', amount: '10', price: '100.5',
 *   fee: { cost: '2.01', currency: 'USD' }, timestamp: 1_700_000_000_000 })
 * f.price.mul(f.amount).toString() // '1005'
 * ```
 */
export const FillSchema = z.object({
  /** Fill (trade) id. */
  id: z.string().min(1),
  /** Order it executes. */
  orderId: z.string().min(1),
  /** Caller's order id, when given. */
  clientOrderId: z.string().optional(),
  /** Instrument symbol. */
  symbol: z.string().min(1),
  /** `buy` or `sell`. */
  side: SideSchema,
  /** Executed amount in lots, > 0. */
  amount: PositiveDecimalSchema,
  /** Execution price, quote currency. */
  price: PositiveDecimalSchema,
  /** Fee charged, in `fee.currency` (the account currency in the ledger). */
  fee: FeeSchema,
  /** Execution time, epoch ms UTC. */
  timestamp: EpochMsSchema,
  /** Whether the fill added (`maker`) or took (`taker`) liquidity. */
  takerOrMaker: z.enum(['maker', 'taker']).optional(),
  /** Hedging mode: ticket this fill closes; absent = opens a new ticket (netting mode ignores it). */
  positionId: z.string().min(1).optional(),
})
/** One execution of (part of) an order. Ledger fields are Decimal. */
export type Fill = z.output<typeof FillSchema>
/** Input accepted by {@link FillSchema}. */
export type FillInput = z.input<typeof FillSchema>
