import { z } from 'zod'
import { DecimalSchema, EpochMsSchema, NonNegativeDecimalSchema, PositiveDecimalSchema } from './schemas.js'

/**
 * zod schema of a closed {@link Trade}: one round trip (entry to exit) of a position or of the part of it that was
 * closed. A partial close produces one trade for the closed amount, as backtesting.py and MetaTrader report them.
 *
 * @example
 * ```ts
 * import { TradeSchema } from '@aitrade/core'
 *
 * const t = TradeSchema.parse({ id: 't1', symbol: 'GOOG', side: 'long', amount: '10', entryTimestamp: 0,
 *   exitTimestamp: 86_400_000, entryPrice: '100', exitPrice: '110', pnl: '98', pnlFraction: 0.098, fees: '2',
 *   mae: '-3', mfe: '12', barsHeld: 1 })
 * t.pnl.toString() // '98'
 * ```
 */
export const TradeSchema = z.object({
  /** Trade id. */
  id: z.string().min(1),
  /** Instrument symbol. */
  symbol: z.string().min(1),
  /** `long` (bought first) or `short` (sold first). */
  side: z.enum(['long', 'short']),
  /** Closed amount in lots, > 0 (the sign is in `side`). */
  amount: PositiveDecimalSchema,
  /** Entry time, epoch ms UTC. */
  entryTimestamp: EpochMsSchema,
  /** Exit time, epoch ms UTC. */
  exitTimestamp: EpochMsSchema,
  /** Average entry price, quote currency. */
  entryPrice: PositiveDecimalSchema,
  /** Average exit price, quote currency. */
  exitPrice: PositiveDecimalSchema,
  /** Net PnL after this trade's fees, account currency. */
  pnl: DecimalSchema,
  /** Net PnL as a fraction of the entry notional (`0.05` = +5 %). */
  pnlFraction: z.number(),
  /** Fees of the entry share and the exit, account currency. */
  fees: NonNegativeDecimalSchema,
  /** Maximum adverse excursion: the worst unrealized PnL while open (≤ 0), account currency. */
  mae: DecimalSchema,
  /** Maximum favourable excursion: the best unrealized PnL while open (≥ 0), account currency. */
  mfe: DecimalSchema,
  /** Bars between entry and exit (0 when opened and closed on the same bar). */
  barsHeld: z.number().int().min(0),
  /** Index of the entry bar in the data, when known. */
  entryBar: z.number().int().min(0).optional(),
  /** Index of the exit bar in the data, when known. */
  exitBar: z.number().int().min(0).optional(),
})
/** A closed round trip. Ledger fields are Decimal. */
export type Trade = z.output<typeof TradeSchema>
