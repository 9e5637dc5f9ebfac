import { z } from 'zod'
import { DecimalSchema, EpochMsSchema, NonNegativeDecimalSchema, PositiveDecimalSchema } from './schemas.js'

/**
 * zod schema of a position mode: `netting` (one position per symbol; opposite fills reduce or reverse it) or
 * `hedging` (MetaTrader 5's hedging accounts: every opening fill is its own ticket, closed by reference).
 *
 * @example
 * ```ts
 * import { PositionModeSchema } from '@aitrade/core'
 *
 * PositionModeSchema.parse('hedging') // 'hedging'
 * ```
 */
export const PositionModeSchema = z.enum(['netting', 'hedging'])
/** Position mode. */
export type PositionMode = z.infer<typeof PositionModeSchema>

/**
 * zod schema of a {@link Position}: an open exposure in one symbol (one ticket in hedging mode).
 *
 * @example
 * ```ts
 * import { PositionSchema } from '@aitrade/core'
 *
 * const p = PositionSchema.parse({ id: 'GOOG', symbol: 'GOOG', side: 'long', amount: '10', entryPrice: '100',
 *   openTimestamp: 0, markPrice: '105', unrealizedPnl: '50', realizedPnl: '0', fees: '1', margin: '1050' })
 * p.unrealizedPnl.toString() // '50'
 * ```
 */
export const PositionSchema = z.object({
  /** Ticket id (hedging) or the symbol (netting). */
  id: z.string().min(1),
  /** Instrument symbol. */
  symbol: z.string().min(1),
  /** `long` or `short`. */
  side: z.enum(['long', 'short']),
  /** Open amount in lots, > 0. */
  amount: PositiveDecimalSchema,
  /** Volume-weighted average entry price, quote currency. */
  entryPrice: PositiveDecimalSchema,
  /** When the position was opened, epoch ms UTC. */
  openTimestamp: EpochMsSchema,
  /** Last mark price, quote currency. */
  markPrice: PositiveDecimalSchema,
  /** (mark − entry) × amount × contractSize × (+1 long, −1 short), account currency. */
  unrealizedPnl: DecimalSchema,
  /** PnL realized by partial closes of this position so far (before fees), account currency. */
  realizedPnl: DecimalSchema,
  /** Fees paid on this position's fills so far, account currency. */
  fees: DecimalSchema,
  /** Margin held: |amount| × contractSize × mark × marginRate, account currency. */
  margin: NonNegativeDecimalSchema,
})
/** An open position. Ledger fields are Decimal. */
export type Position = z.output<typeof PositionSchema>

/**
 * zod schema of an {@link Account} snapshot, in MetaTrader's vocabulary.
 *
 * @example
 * ```ts
 * import { AccountSchema } from '@aitrade/core'
 *
 * const a = AccountSchema.parse({ currency: 'USD', balance: '10000', equity: '10050', margin: '1000',
 *   freeMargin: '9050', marginLevel: 10.05, leverage: 30, timestamp: 0 })
 * a.freeMargin.toString() // '9050'
 * ```
 */
export const AccountSchema = z.object({
  /** Account (deposit) currency, e.g. `USD`. */
  currency: z.string().min(1),
  /** Cash after realized PnL and fees, account currency. */
  balance: DecimalSchema,
  /** balance + unrealized PnL, account currency. */
  equity: DecimalSchema,
  /** Margin held by open positions, account currency. */
  margin: NonNegativeDecimalSchema,
  /** equity − margin, account currency. */
  freeMargin: DecimalSchema,
  /**
   * equity / margin as a ratio (`1.5` = MetaTrader's 150 %); `Infinity` when no margin is used.
   */
  marginLevel: z.custom<number>(
    (v) => typeof v === 'number' && v >= 0,
    'must be a number >= 0 (Infinity when no margin is used)',
  ),
  /** Account leverage (notional / margin), e.g. 30; 1 for a cash account. */
  leverage: z.number().positive(),
  /** Snapshot time, epoch ms UTC. */
  timestamp: EpochMsSchema,
})
/** An account snapshot. Ledger fields are Decimal. */
export type Account = z.output<typeof AccountSchema>
