import { z } from 'zod'
import { EpochMsSchema, SideSchema } from './schemas.js'

const price = z.number().finite().positive()
const size = z.number().finite().nonnegative()

/**
 * zod schema of a top-of-book {@link Quote}. Market data is `number` (a measurement, DESIGN §4), prices in quote
 * currency, sizes in base units. Checks `bid <= ask`.
 *
 * @example
 * ```ts
 * import { QuoteSchema } from '@aitrade/core'
 *
 * QuoteSchema.parse({ symbol: 'EUR/USD', timestamp: 0, bid: 1.0841, ask: 1.0842 }).ask // 1.0842
 * ```
 */
export const QuoteSchema = z
  .object({
    /** Instrument symbol. */
    symbol: z.string().min(1),
    /** Quote time, epoch ms UTC. */
    timestamp: EpochMsSchema,
    /** Best bid price. */
    bid: price,
    /** Best ask price. */
    ask: price,
    /** Size at the best bid, base units. */
    bidSize: size.optional(),
    /** Size at the best ask, base units. */
    askSize: size.optional(),
  })
  .refine((q) => q.bid <= q.ask, { message: 'bid must be <= ask', path: ['bid'] })
/** Best bid and ask. */
export type Quote = z.infer<typeof QuoteSchema>

/**
 * zod schema of a {@link TradeTick}: one public trade on a venue.
 *
 * @example
 * ```ts
 * import { TradeTickSchema } from '@aitrade/core'
 *
 * TradeTickSchema.parse({ symbol: 'BTC/USDT', timestamp: 0, price: 60000, amount: 0.01, side: 'buy' }).price // 60000
 * ```
 */
export const TradeTickSchema = z.object({
  /** Instrument symbol. */
  symbol: z.string().min(1),
  /** Trade time, epoch ms UTC. */
  timestamp: EpochMsSchema,
  /** Trade price, quote currency. */
  price,
  /** Traded amount, base units. */
  amount: size,
  /** Aggressor side, when the venue reports it. */
  side: SideSchema.optional(),
  /** Venue trade id. */
  id: z.string().optional(),
})
/** One public trade. */
export type TradeTick = z.infer<typeof TradeTickSchema>

/** One order-book level: `[price, amount]` as ccxt writes it. */
export type OrderBookLevel = readonly [price: number, amount: number]

/**
 * zod schema of an {@link OrderBook} snapshot: bids best (highest) first, asks best (lowest) first, as ccxt.
 * Checks the ordering and that the book is not crossed.
 *
 * @example
 * ```ts
 * import { OrderBookSchema } from '@aitrade/core'
 *
 * const b = OrderBookSchema.parse({ symbol: 'BTC/USDT', timestamp: 0, bids: [[100, 1], [99, 2]], asks: [[101, 1]] })
 * b.bids[0]?.[0] // 100
 * ```
 */
export const OrderBookSchema = z
  .object({
    /** Instrument symbol. */
    symbol: z.string().min(1),
    /** Snapshot time, epoch ms UTC. */
    timestamp: EpochMsSchema,
    /** Bid levels, highest price first. */
    bids: z.array(z.tuple([price, size]).readonly()),
    /** Ask levels, lowest price first. */
    asks: z.array(z.tuple([price, size]).readonly()),
  })
  .superRefine((b, ctx) => {
    for (let i = 1; i < b.bids.length; i++) {
      if (b.bids[i]![0] >= b.bids[i - 1]![0])
        ctx.addIssue({ code: 'custom', path: ['bids', i], message: 'bids must be in descending price order' })
    }
    for (let i = 1; i < b.asks.length; i++) {
      if (b.asks[i]![0] <= b.asks[i - 1]![0])
        ctx.addIssue({ code: 'custom', path: ['asks', i], message: 'asks must be in ascending price order' })
    }
    const bid = b.bids[0]?.[0]
    const ask = b.asks[0]?.[0]
    if (bid !== undefined && ask !== undefined && bid >= ask)
      ctx.addIssue({ code: 'custom', path: ['bids', 0], message: 'book is crossed (best bid >= best ask)' })
  })
/** An order-book snapshot. */
export type OrderBook = z.infer<typeof OrderBookSchema>
