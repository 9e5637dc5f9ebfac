import { z } from 'zod'
import { Decimal } from './decimal.js'
import { InvalidArgumentError } from './errors.js'
import { DecimalSchema, NonNegativeDecimalSchema, PositiveDecimalSchema } from './schemas.js'

/**
 * zod schema of an asset class: `'crypto' | 'forex' | 'stock' | 'index' | 'future' | 'cfd' | 'commodity'`.
 *
 * @example
 * ```ts
 * import { AssetClassSchema } from '@aitrade/core'
 *
 * AssetClassSchema.parse('forex') // 'forex'
 * ```
 */
export const AssetClassSchema = z.enum(['crypto', 'forex', 'stock', 'index', 'future', 'cfd', 'commodity'])

/** Asset class of an {@link Instrument}. */
export type AssetClass = z.infer<typeof AssetClassSchema>

/**
 * zod schema of an {@link Instrument}. Ledger fields accept decimal strings, numbers or Decimals and come out
 * as {@link Decimal}. Defaults: `lotStep` 1, `minAmount` 0, `contractSize` 1, fees 0.
 *
 * @example
 * ```ts
 * import { InstrumentSchema } from '@aitrade/core'
 *
 * const eurusd = InstrumentSchema.parse({
 *   symbol: 'EUR/USD', base: 'EUR', quote: 'USD', assetClass: 'forex',
 *   tickSize: '0.00001', lotStep: '0.01', contractSize: '100000', maxLeverage: 30,
 * })
 * eurusd.contractSize.toString() // '100000'
 * ```
 */
export const InstrumentSchema = z
  .object({
    /** Symbol as ccxt writes it: `BTC/USDT`, `EUR/USD`; stocks by ticker: `GOOG`. */
    symbol: z.string().min(1),
    /** Base asset (what is bought), e.g. `BTC`, `EUR`, `GOOG`. */
    base: z.string().min(1),
    /** Quote currency prices are in, e.g. `USDT`, `USD`. */
    quote: z.string().min(1),
    /** Asset class. */
    assetClass: AssetClassSchema,
    /** Sector (stocks) or any grouping used by concentration limits. */
    sector: z.string().optional(),
    /** Minimum price increment, quote currency. */
    tickSize: PositiveDecimalSchema,
    /** Amount increment in lots (contracts); amounts are multiples of it. Default 1. */
    lotStep: PositiveDecimalSchema.default(() => new Decimal(1)),
    /** Minimum order amount in lots. Default 0. */
    minAmount: NonNegativeDecimalSchema.default(() => new Decimal(0)),
    /** Maximum order amount in lots, if any. */
    maxAmount: PositiveDecimalSchema.optional(),
    /** Base units per lot: 1 for crypto and stocks, 100 000 for an FX standard lot. Default 1. */
    contractSize: PositiveDecimalSchema.default(() => new Decimal(1)),
    /** Price decimals the venue displays; derived from tickSize when omitted. */
    pricePrecision: z.number().int().min(0).max(30).optional(),
    /** Amount decimals; derived from lotStep when omitted. */
    amountPrecision: z.number().int().min(0).max(30).optional(),
    /** Initial margin as a fraction of notional (`0.0333` = 1:30). Mutually consistent with `maxLeverage`. */
    marginRate: DecimalSchema.refine((d) => d.gt(0) && d.lte(1), 'must be in (0, 1]').optional(),
    /** Maximum leverage (notional / margin), e.g. 30. */
    maxLeverage: z.number().positive().finite().optional(),
    /** Maker fee as a fraction of notional (`0.001` = 0.1 %); may be negative (rebate). Default 0. */
    makerFee: DecimalSchema.default(() => new Decimal(0)),
    /** Taker fee as a fraction of notional. Default 0. */
    takerFee: DecimalSchema.default(() => new Decimal(0)),
  })
  .readonly()

/** A tradable instrument with its trading rules. Ledger fields are {@link Decimal}. */
export type Instrument = z.output<typeof InstrumentSchema>
/** Input accepted by {@link InstrumentSchema} (decimal strings allowed, defaults optional). */
export type InstrumentInput = z.input<typeof InstrumentSchema>

/**
 * The margin rate in force for an instrument: `marginRate`, else `1 / maxLeverage`, else `1` (cash, no leverage).
 *
 * @param instrument - The instrument.
 * @returns Initial margin as a fraction of notional, a {@link Decimal} in (0, 1].
 *
 * @example
 * ```ts
 * import { InstrumentSchema, marginRateOf } from '@aitrade/core'
 *
 * const i = InstrumentSchema.parse({ symbol: 'EUR/USD', base: 'EUR', quote: 'USD', assetClass: 'forex', tickSize: '0.00001', maxLeverage: 50 })
 * marginRateOf(i).toString() // '0.02'
 * ```
 */
export function marginRateOf(instrument: Instrument): Decimal {
  if (instrument.marginRate !== undefined) return instrument.marginRate
  if (instrument.maxLeverage !== undefined) return new Decimal(1).div(instrument.maxLeverage)
  return new Decimal(1)
}

function roundToStep(value: Decimal.Value, step: Decimal, rounding: Decimal.Rounding, argument: string): Decimal {
  let v: Decimal
  try {
    v = new Decimal(value)
  } catch (cause) {
    throw new InvalidArgumentError(argument, `not a number: ${String(value)}`, { cause })
  }
  if (!v.isFinite()) throw new InvalidArgumentError(argument, `must be finite, got ${String(value)}`)
  return v.div(step).toDecimalPlaces(0, rounding).mul(step)
}

/**
 * Rounds a price to a multiple of the instrument's `tickSize`.
 *
 * @param instrument - Instrument whose `tickSize` applies.
 * @param price - Price in quote currency.
 * @param rounding - decimal.js rounding mode, e.g. `Decimal.ROUND_HALF_UP` (default), `Decimal.ROUND_DOWN`
 *   (a buy limit never rounds up), `Decimal.ROUND_UP`.
 * @returns The rounded price, a multiple of `tickSize`.
 * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when `price` is not a finite number.
 *
 * @example
 * ```ts
 * import { Decimal, InstrumentSchema, roundToTick } from '@aitrade/core'
 *
 * const i = InstrumentSchema.parse({ symbol: 'GOOG', base: 'GOOG', quote: 'USD', assetClass: 'stock', tickSize: '0.01' })
 * roundToTick(i, '101.237').toString()                   // '101.24'
 * roundToTick(i, '101.237', Decimal.ROUND_DOWN).toString() // '101.23'
 * ```
 */
export function roundToTick(
  instrument: Instrument,
  price: Decimal.Value,
  rounding: Decimal.Rounding = Decimal.ROUND_HALF_UP,
): Decimal {
  return roundToStep(price, instrument.tickSize, rounding, 'price')
}

/**
 * Rounds an amount to a multiple of the instrument's `lotStep`. Sizing rounds down (`Decimal.ROUND_DOWN`, the
 * default) so that a computed size never exceeds a limit.
 *
 * @param instrument - Instrument whose `lotStep` applies.
 * @param amount - Amount in lots (contracts).
 * @param rounding - decimal.js rounding mode; default `Decimal.ROUND_DOWN` (towards zero).
 * @returns The rounded amount, a multiple of `lotStep`.
 * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when `amount` is not a finite number.
 *
 * @example
 * ```ts
 * import { InstrumentSchema, roundToLot } from '@aitrade/core'
 *
 * const btc = InstrumentSchema.parse({ symbol: 'BTC/USDT', base: 'BTC', quote: 'USDT', assetClass: 'crypto', tickSize: '0.01', lotStep: '0.0001' })
 * roundToLot(btc, '0.123456').toString() // '0.1234'
 * ```
 */
export function roundToLot(
  instrument: Instrument,
  amount: Decimal.Value,
  rounding: Decimal.Rounding = Decimal.ROUND_DOWN,
): Decimal {
  return roundToStep(amount, instrument.lotStep, rounding, 'amount')
}
