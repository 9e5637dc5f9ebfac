import type { Account, Position, PositionMode } from './account.js'
import { Decimal, toDecimal } from './decimal.js'
import { InvalidArgumentError, NotFoundError } from './errors.js'
import { type Fill, FillSchema } from './fill.js'
import { type Instrument, marginRateOf } from './instrument.js'
import type { Trade } from './trade.js'
import { parseWith } from './validation.js'

/** Options of a {@link Ledger}. */
export interface LedgerOptions {
  /** Account (deposit) currency, e.g. `USD`. Fees are booked in it. */
  currency: string
  /** Starting cash, account currency. */
  initialBalance: Decimal.Value
  /** `netting` (default): one position per symbol. `hedging`: one ticket per opening fill, as MetaTrader 5. */
  mode?: PositionMode
  /** Instruments by symbol (contract size, margin rate). A symbol not listed trades as contract size 1, no leverage. */
  instruments?: Iterable<Instrument>
  /** Account leverage reported in `Account.leverage`; default 1. */
  leverage?: number
  /**
   * Rate converting an amount in `quote` currency into the account currency (e.g. `JPY` → `USD`); default: 1 when the
   * quote equals the account currency, otherwise an error.
   */
  conversionRate?: (quote: string) => Decimal.Value
}

/** What {@link Ledger.applyFill} did. */
export interface LedgerFillResult {
  /** Round trips closed by this fill (one per ticket closed or reduced). */
  readonly closedTrades: readonly Trade[]
  /** PnL realized by this fill before fees, account currency. */
  readonly realizedPnl: Decimal
  /** The position (ticket) the fill opened or increased, when it did. */
  readonly opened?: Position
}

interface Ticket {
  id: string
  symbol: string
  dir: 1 | -1
  amount: Decimal
  entryPrice: Decimal
  openTimestamp: number
  entryBar: number | undefined
  /** Entry fees not yet allocated to a closed trade. */
  openFees: Decimal
  realized: Decimal
  feesPaid: Decimal
  /**
   * Last mark price. Marks given as numbers are kept as numbers (`markNum`, with `mark` undefined) and turned into a
   * Decimal only when read (see {@link markOf}); otherwise `markNum` is NaN.
   */
  mark: Decimal | undefined
  markNum: number
  /**
   * Best and worst prices seen while open (for MFE/MAE), kept like the mark: a Decimal, or undefined with the exact
   * number in `bestNum`/`worstNum`. When the Decimal is set, the number is its nearest double or NaN (not yet known).
   */
  best: Decimal | undefined
  bestNum: number
  worst: Decimal | undefined
  worstNum: number
  contractSize: Decimal
  marginRate: Decimal
  rate: Decimal
}

const ZERO = new Decimal(0)
const ONE = new Decimal(1)
const NEG_ZERO = new Decimal(-0)
const MONEY_DP = 12

/**
 * Exact double-entry bookkeeping of fills into positions and balance, in {@link Decimal}.
 *
 * - `balance` = initial balance + realized PnL − fees ± cash adjustments (swaps, funding, deposits);
 * - `equity` = balance + unrealized PnL at the last marks;
 * - PnL of a long = (exit − entry) × amount × contractSize × conversion; of a short, the negative;
 * - netting: fills in the position's direction increase it at the volume-weighted average price, opposite fills
 *   reduce, close or reverse it; hedging: a fill without `positionId` opens a new ticket, a fill with one closes/reduces
 *   that ticket;
 * - every close (full or partial) produces a {@link Trade} with its share of the entry fees plus its exit fee, MAE and
 *   MFE from the marks seen while open, and bars held when bar indices are supplied;
 * - margin = Σ |amount| × contractSize × mark × marginRate;
 * - PnL, margin and fee shares are rounded to 12 decimal places (banker's rounding) — far below any currency's
 *   precision — so that every sum the ledger keeps is exact in 40-digit arithmetic.
 *
 * Speed: work that cannot change a result is skipped (×1, +0, rounding a value that already has ≤ 12 decimals) and
 * number marks stay numbers until read; every value is still exactly what the plain decimal.js operations give.
 *
 * Conservation holds exactly: balance − initial = Σ realized − Σ fees + Σ adjustments.
 *
 * @example
 * ```ts
 * import { Ledger } from '@aitrade/core'
 *
 * const ledger = new Ledger({ currency: 'USD', initialBalance: '10000' })
 * ledger.applyFill({ id: 'f1', orderId: 'o1', symbol: 'GOOG', side: 'buy', amount: '10', price: '100',
 *   fee: { cost: '1', currency: 'USD' }, timestamp: 0 })
 * ledger.mark('GOOG', '110')
 * ledger.equity.toString() // '10099'
 * const { closedTrades } = ledger.applyFill({ id: 'f2', orderId: 'o2', symbol: 'GOOG', side: 'sell', amount: '10',
 *   price: '110', fee: { cost: '1', currency: 'USD' }, timestamp: 86_400_000 })
 * closedTrades[0]?.pnl.toString() // '98'
 * ledger.balance.toString()       // '10098'
 * ```
 */
export class Ledger {
  /** Account currency. */
  readonly currency: string
  /** Position mode. */
  readonly mode: PositionMode
  /** Account leverage as reported. */
  readonly leverage: number
  /** Starting cash. */
  readonly initialBalance: Decimal
  private cash: Decimal
  private readonly instruments = new Map<string, Instrument>()
  private readonly tickets = new Map<string, Ticket>()
  private readonly closed: Trade[] = []
  private readonly conversionRate: ((quote: string) => Decimal.Value) | undefined
  private ticketSeq = 0
  private tradeSeq = 0
  private totalFees = ZERO
  private totalRealized = ZERO
  private totalAdjustments = ZERO

  /**
   * @param options - Currency, initial balance, mode, instruments.
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when the initial balance is negative or not a number.
   */
  constructor(options: LedgerOptions) {
    if (!options.currency) throw new InvalidArgumentError('currency', 'must be a non-empty currency code')
    this.currency = options.currency
    this.mode = options.mode ?? 'netting'
    this.leverage = options.leverage ?? 1
    const init = toDecimal(options.initialBalance, 'initialBalance')
    if (init.isNegative()) throw new InvalidArgumentError('initialBalance', 'must be >= 0')
    this.initialBalance = init
    this.cash = init
    this.conversionRate = options.conversionRate
    for (const i of options.instruments ?? []) this.instruments.set(i.symbol, i)
  }

  /** Adds or replaces an instrument's trading rules. */
  addInstrument(instrument: Instrument): void {
    this.instruments.set(instrument.symbol, instrument)
  }

  /** Cash balance, account currency. */
  get balance(): Decimal {
    return this.cash
  }

  /** Σ unrealized PnL of open tickets at their last marks, account currency. */
  get unrealizedPnl(): Decimal {
    let u = ZERO
    for (const t of this.tickets.values()) u = u.plus(unrealized(t))
    return u
  }

  /** balance + unrealized PnL, account currency. */
  get equity(): Decimal {
    return this.cash.plus(this.unrealizedPnl)
  }

  /** Margin held by open tickets, account currency. */
  get margin(): Decimal {
    let m = ZERO
    for (const t of this.tickets.values()) m = m.plus(marginOf(t))
    return m
  }

  /** Total fees booked, account currency. */
  get fees(): Decimal {
    return this.totalFees
  }

  /** Total PnL realized before fees, account currency. */
  get realizedPnl(): Decimal {
    return this.totalRealized
  }

  /** Closed round trips, oldest first. */
  get trades(): readonly Trade[] {
    return this.closed
  }

  /**
   * Applies one fill: validates it, books its fee, opens, increases, reduces, closes or reverses positions. A fill whose
   * amount, price and fee are already finite Decimals of this package (what a broker builds) is checked field by field
   * against the rules of {@link FillSchema}; anything else (strings, numbers, Decimals of another decimal.js copy) is
   * parsed with the schema.
   *
   * @param fillInput - The fill (decimal strings accepted). In hedging mode `positionId` selects the ticket to close.
   * @param barIndex - Index of the bar the fill happened on, for `Trade.barsHeld` and entry/exit bar indices.
   * @returns Closed trades, realized PnL and the opened position.
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when the fill is malformed or its fee currency is not the
   *   account currency; nothing is booked then.
   * @throws {@link NotFoundError} `NOT_FOUND` when a hedging fill names a ticket that is not open.
   */
  applyFill(fillInput: Fill | Parameters<typeof FillSchema.parse>[0], barIndex?: number): LedgerFillResult {
    // a fill whose fields are already this package's Decimals (what a broker builds) is checked field by field; anything
    // else goes through the schema, which also reports the first bad field
    const fill = isTypedFill(fillInput) ? fillInput : parseWith(FillSchema, fillInput, 'fill')
    const feeCost = fill.fee.cost
    const feeZero = feeCost.isZero()
    if (!feeZero && fill.fee.currency !== this.currency) {
      throw new InvalidArgumentError(
        'fill.fee.currency',
        `must be the account currency ${this.currency}, got ${fill.fee.currency}`,
      )
    }
    const dir: 1 | -1 = fill.side === 'buy' ? 1 : -1
    let target: Ticket | undefined
    if (this.mode === 'hedging') {
      if (fill.positionId !== undefined) {
        target = this.tickets.get(fill.positionId)
        if (!target) throw new NotFoundError('position', fill.positionId)
        if (target.dir === dir)
          throw new InvalidArgumentError('fill.side', `closing fill must be opposite to ticket ${target.id}`)
        if (fill.amount.gt(target.amount)) {
          throw new InvalidArgumentError(
            'fill.amount',
            `exceeds the open amount ${target.amount.toString()} of ticket ${target.id}`,
          )
        }
      }
    } else {
      target = this.tickets.get(fill.symbol)
    }
    const rate = this.rateFor(fill.symbol)

    if (!feeZero) {
      this.cash = this.cash.minus(feeCost)
      this.totalFees = this.totalFees.plus(feeCost)
    }

    const closedTrades: Trade[] = []
    let realized = ZERO
    let remaining = fill.amount
    if (target && target.dir !== dir) {
      const closeAmount = cmp(remaining, target.amount) > 0 ? target.amount : remaining
      const exitFeeShare = share(feeCost, closeAmount, fill.amount)
      let g = times(times(times(fill.price.minus(target.entryPrice), closeAmount), target.contractSize), target.rate)
      if (target.dir < 0) g = g.neg()
      const gross = money(g)
      realized = gross
      closedTrades.push(this.closeShare(target, closeAmount, fill, gross, exitFeeShare, barIndex))
      // x − x is +0: a fill that only closes needs no subtraction
      remaining = cmp(remaining, closeAmount) === 0 ? ZERO : remaining.minus(closeAmount)
    }
    let opened: Position | undefined
    // remaining is never negative: at most the fill's amount is closed
    if (!remaining.isZero()) {
      const feeShare = feeZero ? ZERO : feeCost.minus(share(feeCost, fill.amount.minus(remaining), fill.amount))
      if (target && target.dir === dir) {
        const total = target.amount.plus(remaining)
        target.entryPrice = target.entryPrice.mul(target.amount).plus(fill.price.mul(remaining)).div(total)
        target.amount = total
        target.openFees = plus(target.openFees, feeShare)
        target.feesPaid = plus(target.feesPaid, feeShare)
        target.mark = fill.price
        target.markNum = Number.NaN
        updateExcursion(target, fill.price)
        opened = this.toPosition(target)
      } else {
        const inst = this.instruments.get(fill.symbol)
        const id = this.mode === 'hedging' ? `T${++this.ticketSeq}` : fill.symbol
        const t: Ticket = {
          id,
          symbol: fill.symbol,
          dir,
          amount: remaining,
          entryPrice: fill.price,
          openTimestamp: fill.timestamp,
          entryBar: barIndex,
          openFees: feeShare,
          realized: ZERO,
          feesPaid: feeShare,
          mark: fill.price,
          markNum: Number.NaN,
          best: fill.price,
          bestNum: Number.NaN,
          worst: fill.price,
          worstNum: Number.NaN,
          contractSize: inst?.contractSize ?? ONE,
          // marginRateOf makes a new 1 when the instrument sets neither a margin rate nor a leverage
          marginRate:
            inst && (inst.marginRate !== undefined || inst.maxLeverage !== undefined) ? marginRateOf(inst) : ONE,
          rate,
        }
        this.tickets.set(id, t)
        opened = this.toPosition(t)
      }
    }
    this.cash = plus(this.cash, realized)
    this.totalRealized = plus(this.totalRealized, realized)
    return opened ? { closedTrades, realizedPnl: realized, opened } : { closedTrades, realizedPnl: realized }
  }

  /**
   * Marks every open ticket of `symbol` to `price` (updates unrealized PnL, margin and the excursions behind MAE/MFE).
   *
   * @param symbol - Instrument symbol.
   * @param price - Mark price, quote currency, > 0.
   * @param low - Optional bar low seen since the last mark (for MAE/MFE); defaults to `price`.
   * @param high - Optional bar high seen since the last mark; defaults to `price`.
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when a price is not a positive finite number.
   */
  mark(symbol: string, price: Decimal.Value, low?: Decimal.Value, high?: Decimal.Value): void {
    const p = markValue(price, 'price')
    const lo = low === undefined ? p : markValue(low, 'low')
    const hi = high === undefined ? p : markValue(high, 'high')
    if (this.mode === 'netting') {
      // netting tickets are keyed by their symbol
      const t = this.tickets.get(symbol)
      if (t) markTicket(t, p, lo, hi)
      return
    }
    for (const t of this.tickets.values()) if (t.symbol === symbol) markTicket(t, p, lo, hi)
  }

  /**
   * Books a cash adjustment that is not a fill: swap or funding (carry cost), deposit, withdrawal, interest.
   * Positive credits the balance, negative debits it.
   *
   * @param amount - Signed amount, account currency.
   * @param reason - Free text kept for audit (not stored by the ledger itself).
   */
  adjustBalance(amount: Decimal.Value, reason = 'adjustment'): void {
    const a = toDecimal(amount, `amount (${reason})`)
    this.cash = this.cash.plus(a)
    this.totalAdjustments = this.totalAdjustments.plus(a)
  }

  /** Σ cash adjustments booked with {@link Ledger.adjustBalance}, account currency. */
  get adjustments(): Decimal {
    return this.totalAdjustments
  }

  /** Open positions (tickets), in opening order. */
  positions(): Position[] {
    return [...this.tickets.values()].map((t) => this.toPosition(t))
  }

  /**
   * The open position of `symbol` in netting mode, or the first open ticket of it in hedging mode.
   *
   * @param symbol - Instrument symbol.
   * @returns The position, or `undefined` when flat.
   */
  position(symbol: string): Position | undefined {
    if (this.mode === 'netting') {
      // netting tickets are keyed by their symbol
      const t = this.tickets.get(symbol)
      return t ? this.toPosition(t) : undefined
    }
    for (const t of this.tickets.values()) if (t.symbol === symbol) return this.toPosition(t)
    return undefined
  }

  /**
   * Net signed amount of `symbol` in lots (long positive, short negative) across tickets.
   *
   * @param symbol - Instrument symbol.
   */
  netAmount(symbol: string): Decimal {
    let n = ZERO
    for (const t of this.tickets.values()) if (t.symbol === symbol) n = t.dir > 0 ? n.plus(t.amount) : n.minus(t.amount)
    return n
  }

  /**
   * Account snapshot at `timestamp`: balance, equity, margin, free margin, margin level.
   *
   * @param timestamp - Snapshot time, epoch ms UTC.
   */
  account(timestamp: number): Account {
    const margin = this.margin
    const equity = this.equity
    return {
      currency: this.currency,
      balance: this.cash,
      equity,
      margin,
      freeMargin: equity.minus(margin),
      marginLevel: margin.isZero() ? Number.POSITIVE_INFINITY : equity.div(margin).toNumber(),
      leverage: this.leverage,
      timestamp,
    }
  }

  private rateFor(symbol: string): Decimal {
    const inst = this.instruments.get(symbol)
    if (!inst || inst.quote === this.currency) return ONE
    if (!this.conversionRate) {
      throw new InvalidArgumentError(
        'conversionRate',
        `needed to convert ${inst.quote} (quote of ${symbol}) to ${this.currency}`,
      )
    }
    return positive(this.conversionRate(inst.quote), 'conversionRate')
  }

  private closeShare(
    t: Ticket,
    amount: Decimal,
    fill: Fill,
    gross: Decimal,
    exitFee: Decimal,
    barIndex?: number,
  ): Trade {
    const entryFee = share(t.openFees, amount, t.amount)
    updateExcursion(t, fill.price)
    const fees = plus(entryFee, exitFee)
    const pnl = minus(gross, fees)
    const unit = times(times(amount, t.contractSize), t.rate)
    const notional = times(t.entryPrice, unit)
    const favourable = t.dir > 0 ? bestOf(t) : worstOf(t)
    const adverse = t.dir > 0 ? worstOf(t) : bestOf(t)
    const id = `X${++this.tradeSeq}`
    const side = t.dir > 0 ? 'long' : 'short'
    const pnlFraction = quotientToNumber(pnl, notional)
    const mae = excursion(adverse, t, unit, -1)
    const mfe = excursion(favourable, t, unit, 1)
    const entryBar = t.entryBar
    // one literal per shape (a broker always passes bar indices); no spread, no field-by-field growth
    const trade: Trade =
      barIndex !== undefined && entryBar !== undefined
        ? {
            id,
            symbol: t.symbol,
            side,
            amount,
            entryTimestamp: t.openTimestamp,
            exitTimestamp: fill.timestamp,
            entryPrice: t.entryPrice,
            exitPrice: fill.price,
            pnl,
            pnlFraction,
            fees,
            mae,
            mfe,
            barsHeld: Math.max(0, barIndex - entryBar),
            entryBar,
            exitBar: barIndex,
          }
        : {
            id,
            symbol: t.symbol,
            side,
            amount,
            entryTimestamp: t.openTimestamp,
            exitTimestamp: fill.timestamp,
            entryPrice: t.entryPrice,
            exitPrice: fill.price,
            pnl,
            pnlFraction,
            fees,
            mae,
            mfe,
            barsHeld: 0,
          }
    if (entryBar !== undefined && barIndex === undefined) trade.entryBar = entryBar
    if (barIndex !== undefined && entryBar === undefined) trade.exitBar = barIndex
    this.closed.push(trade)
    if (cmp(t.amount, amount) === 0) {
      // closed in full: the ticket is gone, its running totals are never read again
      this.tickets.delete(t.id)
      return trade
    }
    t.openFees = minus(t.openFees, entryFee)
    t.realized = plus(t.realized, gross)
    t.feesPaid = plus(t.feesPaid, exitFee)
    t.amount = t.amount.minus(amount)
    return trade
  }

  private toPosition(t: Ticket): Position {
    return {
      id: t.id,
      symbol: t.symbol,
      side: t.dir > 0 ? 'long' : 'short',
      amount: t.amount,
      entryPrice: t.entryPrice,
      openTimestamp: t.openTimestamp,
      markPrice: markOf(t),
      unrealizedPnl: unrealized(t),
      realizedPnl: t.realized,
      fees: t.feesPaid,
      margin: marginOf(t),
    }
  }
}

const POW10: bigint[] = []
for (let i = 0, p = 1n; i <= 2 * Decimal.precision + 16; i++, p *= 10n) POW10.push(p)

/** `[m, e, n]` with `|x| = m × 10^e` and `n` the number of digits of `m`, from decimal.js's base-1e7 words. */
function mantissa(x: Decimal): [bigint, number, number] {
  const d = x.d
  let s = String(d[0])
  for (let i = 1; i < d.length; i++) {
    const w = String(d[i])
    s += '0000000'.slice(w.length) + w
  }
  return [BigInt(s), x.e + 1 - s.length, s.length]
}

/**
 * `a.div(b).toNumber()` for finite `a` and non-zero finite `b`, computed exactly with integers: the quotient rounded to
 * the Decimal precision (40 significant digits, banker's rounding, as decimal.js's `div` rounds it), then to the nearest
 * double. The same number decimal.js gives, at a third of its time and garbage (a long division of 40 digits in
 * decimal.js allocates ~2.6 kB). Exported for its tests only.
 *
 * @internal
 */
export function quotientToNumber(a: Decimal, b: Decimal): number {
  if (a.isZero()) return a.s * b.s < 0 ? -0 : 0
  const [ma, ea, na] = mantissa(a)
  const [mb, eb, nb] = mantissa(b)
  const pr = Decimal.precision
  // at least pr + 1 quotient digits before rounding; what the integer division drops is the sticky remainder
  const scale = Math.max(0, pr + 2 + nb - na)
  const n = ma * (POW10[scale] as bigint)
  let q = n / mb
  const sticky = n % mb !== 0n
  let exp = ea - eb - scale
  const drop = q.toString().length - pr
  if (drop > 0) {
    const unit = POW10[drop] as bigint
    const rem = q % unit
    q /= unit
    const half = 5n * (POW10[drop - 1] as bigint)
    if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n
    exp += drop
  }
  const v = Number(`${q}e${exp}`)
  return a.s * b.s < 0 ? -v : v
}

/**
 * `a.cmp(b)` for finite Decimals, without the copy of `b` that decimal.js's comparisons allocate: −1, 0 or 1, by sign,
 * then exponent, then base-1e7 words (decimal.js's own order of tests).
 */
function cmp(a: Decimal, b: Decimal): number {
  const ad = a.d
  const bd = b.d
  if (!ad[0] || !bd[0]) return ad[0] ? a.s : bd[0] ? -b.s : 0
  if (a.s !== b.s) return a.s
  if (a.e !== b.e) return a.e > b.e !== a.s < 0 ? 1 : -1
  const n = Math.min(ad.length, bd.length)
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return ad[i]! > bd[i]! !== a.s < 0 ? 1 : -1
  return ad.length === bd.length ? 0 : ad.length > bd.length !== a.s < 0 ? 1 : -1
}

/** `true` when `x` is exactly 1 (decimal.js keeps no trailing zeros, so 1 is the single word 1 at exponent 0). */
function isOne(x: Decimal): boolean {
  return x.e === 0 && x.s === 1 && x.d.length === 1 && x.d[0] === 1
}

/**
 * `a × b`, skipping the multiplication when one factor is 1 and the other already fits the 40-digit precision (at most five base-1e7
 * words: the product would be an equal copy of it). Decimals are immutable, so returning the factor itself is safe. The
 * helpers below skip work the same way; each returns exactly what decimal.js would.
 */
function times(a: Decimal, b: Decimal): Decimal {
  if (isOne(b) && a.d.length < 6) return a
  return isOne(a) && b.d.length < 6 ? b : a.mul(b)
}

/**
 * `a + b`. Adding a zero to an `a` that fits the precision returns `a` — what decimal.js returns too (an equal copy),
 * except that zeros of opposite signs add to `+0`.
 */
function plus(a: Decimal, b: Decimal): Decimal {
  if (!b.isZero() || a.d.length >= 6) return a.plus(b)
  return a.s !== b.s && a.isZero() ? ZERO : a
}

/**
 * `a − b`. Subtracting a zero from an `a` that fits the precision returns `a` — what decimal.js returns too, except
 * that zeros of the same sign subtract to `+0`.
 */
function minus(a: Decimal, b: Decimal): Decimal {
  if (!b.isZero() || a.d.length >= 6) return a.minus(b)
  return a.s === b.s && a.isZero() ? ZERO : a
}

/** PnL and margin amounts are kept to 12 decimal places (banker's rounding) so that sums stay exact. */
function money(x: Decimal): Decimal {
  return x.decimalPlaces() <= MONEY_DP ? x : x.toDecimalPlaces(MONEY_DP, Decimal.ROUND_HALF_EVEN)
}

/**
 * `total × part / whole`, rounded to 12 decimal places (banker's rounding) so that fee shares stay finite decimals
 * and sums stay exact; `part === whole` returns `total` itself (the last share takes the remainder).
 */
function share(total: Decimal, part: Decimal, whole: Decimal): Decimal {
  if (total.isZero() || cmp(part, whole) === 0) return total
  return total.mul(part).div(whole).toDecimalPlaces(MONEY_DP, Decimal.ROUND_HALF_EVEN)
}

function unrealized(t: Ticket): Decimal {
  // marked at its own entry price (a ticket just opened): (p − p) × … is +0, negated for a short, as decimal.js gives
  if (t.mark === t.entryPrice) return t.dir < 0 ? NEG_ZERO : ZERO
  const d = times(times(times(markOf(t).minus(t.entryPrice), t.amount), t.contractSize), t.rate)
  return money(t.dir < 0 ? d.neg() : d)
}

function marginOf(t: Ticket): Decimal {
  return money(times(times(times(times(t.amount, t.contractSize), markOf(t)), t.marginRate), t.rate))
}

/**
 * MAE (`sign` −1: `min(0, …)`) or MFE (`sign` +1: `max(0, …)`) of a ticket at `price`: `(price − entry) × unit × dir`
 * in account currency, rounded as {@link money}.
 */
function excursion(price: Decimal, t: Ticket, unit: Decimal, sign: 1 | -1): Decimal {
  let d = times(price.minus(t.entryPrice), unit)
  if (t.dir < 0) d = d.neg()
  // what Decimal.min(0, d) / Decimal.max(0, d) return: min takes d when d ≤ 0 (a zero keeps its sign), max only when d > 0
  return (sign < 0 ? d.isNegative() || d.isZero() : d.isPositive() && !d.isZero()) ? money(d) : ZERO
}

/** The ticket's mark price as a Decimal (made from the number the last mark gave, the first time it is read). */
function markOf(t: Ticket): Decimal {
  if (t.mark === undefined) t.mark = new Decimal(t.markNum)
  return t.mark
}

function bestOf(t: Ticket): Decimal {
  if (t.best === undefined) t.best = new Decimal(t.bestNum)
  return t.best
}

function worstOf(t: Ticket): Decimal {
  if (t.worst === undefined) t.worst = new Decimal(t.worstNum)
  return t.worst
}

/** A validated mark price: finite numbers stay numbers (converted only when read), anything else becomes a Decimal. */
function markValue(v: Decimal.Value, argument: string): number | Decimal {
  if (typeof v !== 'number') return positive(v, argument)
  // the messages of toDecimal and positive for the same number
  if (!Number.isFinite(v)) throw new InvalidArgumentError(argument, `must be finite, got ${String(v)}`)
  if (!(v > 0)) throw new InvalidArgumentError(argument, `must be > 0, got ${String(v)}`)
  return v
}

function markTicket(t: Ticket, p: number | Decimal, lo: number | Decimal, hi: number | Decimal): void {
  if (typeof p === 'number') {
    t.mark = undefined
    t.markNum = p
  } else {
    t.mark = p
    t.markNum = Number.NaN
  }
  updateExcursion(t, lo)
  updateExcursion(t, hi)
}

/**
 * Moves the best/worst price of `t` to `price` when it is beyond them. A number is compared with the nearest double of
 * the current extreme first: a strictly larger (smaller) double means a strictly larger (smaller) exact value, because
 * rounding to the nearest double is monotonic and a number's Decimal rounds back to the number; only a tie needs the
 * exact comparison.
 */
function updateExcursion(t: Ticket, price: number | Decimal): void {
  if (typeof price !== 'number') {
    if (cmp(price, bestOf(t)) > 0) {
      t.best = price
      t.bestNum = Number.NaN
    }
    if (cmp(price, worstOf(t)) < 0) {
      t.worst = price
      t.worstNum = Number.NaN
    }
    return
  }
  let b = t.bestNum
  if (Number.isNaN(b)) {
    b = t.bestNum = (t.best as Decimal).toNumber()
    // a ticket opens with best and worst at its entry price: one conversion serves both
    if (t.worst === t.best) t.worstNum = b
  }
  if (price > b) {
    t.best = undefined
    t.bestNum = price
  } else if (price === b && t.best !== undefined) {
    const d = new Decimal(price)
    if (d.gt(t.best)) t.best = d
  }
  let w = t.worstNum
  if (Number.isNaN(w)) w = t.worstNum = (t.worst as Decimal).toNumber()
  if (price < w) {
    t.worst = undefined
    t.worstNum = price
  } else if (price === w && t.worst !== undefined) {
    const d = new Decimal(price)
    if (d.lt(t.worst)) t.worst = d
  }
}

/**
 * `true` when `x` is a {@link Fill} whose ledger fields are already finite Decimals of this package's Decimal class and
 * whose other fields are what {@link FillSchema} accepts — the schema would return an equal fill, so it is skipped. Any
 * other input (strings, numbers, foreign Decimal copies, anything malformed) returns `false` and goes through the schema.
 */
function isTypedFill(x: unknown): x is Fill {
  if (typeof x !== 'object' || x === null) return false
  const f = x as Partial<Record<keyof Fill, unknown>>
  const fee = f.fee as { cost?: unknown; currency?: unknown } | undefined
  return (
    nonEmpty(f.id) &&
    nonEmpty(f.orderId) &&
    (f.clientOrderId === undefined || typeof f.clientOrderId === 'string') &&
    nonEmpty(f.symbol) &&
    (f.side === 'buy' || f.side === 'sell') &&
    positiveDecimal(f.amount) &&
    positiveDecimal(f.price) &&
    typeof fee === 'object' &&
    fee !== null &&
    fee.cost instanceof Decimal &&
    fee.cost.isFinite() &&
    nonEmpty(fee.currency) &&
    Number.isSafeInteger(f.timestamp) &&
    (f.takerOrMaker === undefined || f.takerOrMaker === 'maker' || f.takerOrMaker === 'taker') &&
    (f.positionId === undefined || nonEmpty(f.positionId))
  )
}

function nonEmpty(v: unknown): boolean {
  return typeof v === 'string' && v.length > 0
}

function positiveDecimal(v: unknown): boolean {
  return v instanceof Decimal && v.isFinite() && v.isPositive() && !v.isZero()
}

function positive(v: Decimal.Value, argument: string): Decimal {
  const d = toDecimal(v, argument)
  if (!d.gt(0)) throw new InvalidArgumentError(argument, `must be > 0, got ${String(v)}`)
  return d
}
