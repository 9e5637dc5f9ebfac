import { Decimal, type Instrument, InvalidArgumentError, toDecimal } from '@aitrade/core'

/** The fee of a zero rate (shared: Decimals are immutable). */
const NO_FEE = new Decimal(0)

/** What a {@link CommissionModel} is told about one fill. Ledger values are {@link Decimal}. */
export interface CommissionContext {
  /** Filled amount, lots (> 0). */
  readonly amount: Decimal
  /** Fill price, quote currency. */
  readonly price: Decimal
  /** amount × price × contractSize, quote currency. */
  readonly notional: Decimal
  /** `maker` for resting limit fills, `taker` otherwise. */
  readonly liquidity: 'maker' | 'taker'
  /** `true` for the first fill of its order (per-order fees are charged once). */
  readonly firstFillOfOrder: boolean
  /** Notional traded before this fill in the run, quote currency (for volume tiers). */
  readonly cumulativeNotional: Decimal
  /** The instrument traded. */
  readonly instrument: Instrument
}

/** Computes the fee of one fill, in the account currency (≥ 0, or negative for a rebate). */
export type CommissionModel = (fill: CommissionContext) => Decimal

/**
 * Commission as a fraction of notional: `notional × rate` (backtesting.py's relative `commission`, most crypto
 * exchanges' flat taker fee).
 *
 * @param rate - Fraction of notional, e.g. `0.002` = 0.2 %; in [0, 1).
 * @returns A commission model.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `rate` is outside [0, 1).
 *
 * @example
 * ```ts
 * import { fractionCommission } from '@aitrade/backtest'
 *
 * const fee = fractionCommission('0.002')
 * ```
 */
export function fractionCommission(rate: Decimal.Value): CommissionModel {
  const r = toDecimal(rate, 'rate')
  if (r.isNegative() || r.gte(1)) throw new InvalidArgumentError('rate', 'must be in [0, 1)')
  return (f) => f.notional.mul(r)
}

/**
 * Commission per unit traded with an optional minimum and maximum per fill (Interactive Brokers' fixed pricing:
 * 0.005 USD per share, minimum 1 USD, maximum 1 % of trade value).
 *
 * @param perUnit - Fee per lot, account currency (≥ 0).
 * @param limits - `minimum` per fill (account currency) and `maximumFraction` of notional.
 * @returns A commission model.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a negative value.
 *
 * @example
 * ```ts
 * import { perUnitCommission } from '@aitrade/backtest'
 *
 * const ib = perUnitCommission('0.005', { minimum: '1', maximumFraction: '0.01' })
 * ```
 */
export function perUnitCommission(
  perUnit: Decimal.Value,
  limits: { minimum?: Decimal.Value; maximumFraction?: Decimal.Value } = {},
): CommissionModel {
  const u = nonNegative(perUnit, 'perUnit')
  const min = limits.minimum === undefined ? undefined : nonNegative(limits.minimum, 'minimum')
  const maxF = limits.maximumFraction === undefined ? undefined : nonNegative(limits.maximumFraction, 'maximumFraction')
  return (f) => {
    let fee = f.amount.mul(u)
    if (min !== undefined && fee.lt(min)) fee = min
    if (maxF !== undefined) fee = Decimal.min(fee, f.notional.mul(maxF))
    return fee
  }
}

/**
 * A fixed fee per order, charged on the order's first fill.
 *
 * @param perOrder - Fee per order, account currency (≥ 0).
 * @returns A commission model.
 *
 * @example
 * ```ts
 * import { fixedCommission } from '@aitrade/backtest'
 *
 * const flat = fixedCommission('4.95')
 * ```
 */
export function fixedCommission(perOrder: Decimal.Value): CommissionModel {
  const c = nonNegative(perOrder, 'perOrder')
  const zero = new Decimal(0)
  return (f) => (f.firstFillOfOrder ? c : zero)
}

/** One tier of {@link tieredCommission}. */
export interface CommissionTier {
  /** Cumulative traded notional (quote currency) from which this tier applies. */
  readonly fromNotional: Decimal.Value
  /** Fraction of notional charged to makers in this tier. */
  readonly maker: Decimal.Value
  /** Fraction of notional charged to takers in this tier. */
  readonly taker: Decimal.Value
}

/**
 * Volume-tiered maker/taker fees, as exchanges publish them (e.g. Binance VIP levels): the tier is chosen by the
 * notional traded earlier in the run.
 *
 * @param tiers - Tiers sorted by ascending `fromNotional`; the first must start at 0.
 * @returns A commission model.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when tiers are empty, unsorted or do not start at 0.
 *
 * @example
 * ```ts
 * import { tieredCommission } from '@aitrade/backtest'
 *
 * const binance = tieredCommission([
 *   { fromNotional: 0, maker: '0.001', taker: '0.001' },
 *   { fromNotional: 1_000_000, maker: '0.0009', taker: '0.001' },
 * ])
 * ```
 */
export function tieredCommission(tiers: readonly CommissionTier[]): CommissionModel {
  if (!Array.isArray(tiers) || tiers.length === 0)
    throw new InvalidArgumentError('tiers', 'at least one tier is required')
  const ts = tiers.map((t, i) => ({
    from: nonNegative(t.fromNotional, `tiers[${i}].fromNotional`),
    maker: toDecimal(t.maker, `tiers[${i}].maker`),
    taker: toDecimal(t.taker, `tiers[${i}].taker`),
  }))
  if (!ts[0]!.from.isZero()) throw new InvalidArgumentError('tiers[0].fromNotional', 'must be 0')
  for (let i = 1; i < ts.length; i++) {
    if (!ts[i]!.from.gt(ts[i - 1]!.from))
      throw new InvalidArgumentError(`tiers[${i}].fromNotional`, 'tiers must be in ascending order')
  }
  return (f) => {
    let tier = ts[0]!
    for (const t of ts) if (f.cumulativeNotional.gte(t.from)) tier = t
    return f.notional.mul(f.liquidity === 'maker' ? tier.maker : tier.taker)
  }
}

/**
 * Maker/taker fees as fractions of notional; by default the instrument's own `makerFee` / `takerFee`.
 *
 * @param fees - Explicit `maker` and `taker` fractions (negative maker = rebate); omit to use the instrument's.
 * @returns A commission model.
 *
 * @example
 * ```ts
 * import { makerTakerCommission } from '@aitrade/backtest'
 *
 * const fees = makerTakerCommission({ maker: '-0.0001', taker: '0.0004' })
 * ```
 */
export function makerTakerCommission(fees?: { maker: Decimal.Value; taker: Decimal.Value }): CommissionModel {
  const maker = fees ? toDecimal(fees.maker, 'maker') : undefined
  const taker = fees ? toDecimal(fees.taker, 'taker') : undefined
  return (f) => {
    const rate = f.liquidity === 'maker' ? (maker ?? f.instrument.makerFee) : (taker ?? f.instrument.takerFee)
    // no fee (the default): a positive notional × +0 is +0, charged without the multiplication
    return rate.isZero() && rate.isPositive() && f.notional.isPositive() ? NO_FEE : f.notional.mul(rate)
  }
}

function nonNegative(v: Decimal.Value, argument: string): Decimal {
  const d = toDecimal(v, argument)
  if (d.isNegative()) throw new InvalidArgumentError(argument, 'must be >= 0')
  return d
}
