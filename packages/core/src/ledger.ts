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
  mark: Decimal
  /** Best and worst prices seen while open (for MFE/MAE). */
  best: Decimal
  worst: Decimal
  contractSize: Decimal
  marginRate: Decimal
  rate: Decimal
}

const ZERO = new Decimal(0)
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
   * Applies one fill: validates it (zod), books its fee, opens, increases, reduces, closes or reverses positions.
   *
   * @param fillInput - The fill (decimal strings accepted). In hedging mode `positionId` selects the ticket to close.
   * @param barIndex - Index of the bar the fill happened on, for `Trade.barsHeld` and entry/exit bar indices.
   * @returns Closed trades, realized PnL and the opened position.
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when the fill is malformed or its fee currency is not the
   *   account currency; nothing is booked then.
   * @throws {@link NotFoundError} `NOT_FOUND` when a hedging fill names a ticket that is not open.
   */
  applyFill(fillInput: Fill | Parameters<typeof FillSchema.parse>[0], barIndex?: number): LedgerFillResult {
    const fill = parseWith(FillSchema, fillInput, 'fill')
    if (!fill.fee.cost.isZero() && fill.fee.currency !== this.currency) {
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

    this.cash = this.cash.minus(fill.fee.cost)
    this.totalFees = this.totalFees.plus(fill.fee.cost)

    const closedTrades: Trade[] = []
    let realized = ZERO
    let remaining = fill.amount
    if (target && target.dir !== dir) {
      const closeAmount = Decimal.min(remaining, target.amount)
      const exitFeeShare = share(fill.fee.cost, closeAmount, fill.amount)
      const gross = money(
        fill.price.minus(target.entryPrice).mul(closeAmount).mul(target.contractSize).mul(target.rate).mul(target.dir),
      )
      realized = gross
      closedTrades.push(this.closeShare(target, closeAmount, fill, gross, exitFeeShare, barIndex))
      remaining = remaining.minus(closeAmount)
    }
    let opened: Position | undefined
    if (remaining.gt(0)) {
      const feeShare = fill.fee.cost.minus(share(fill.fee.cost, fill.amount.minus(remaining), fill.amount))
      if (target && target.dir === dir) {
        const total = target.amount.plus(remaining)
        target.entryPrice = target.entryPrice.mul(target.amount).plus(fill.price.mul(remaining)).div(total)
        target.amount = total
        target.openFees = target.openFees.plus(feeShare)
        target.feesPaid = target.feesPaid.plus(feeShare)
        target.mark = fill.price
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
          best: fill.price,
          worst: fill.price,
          contractSize: inst?.contractSize ?? new Decimal(1),
          marginRate: inst ? marginRateOf(inst) : new Decimal(1),
          rate,
        }
        this.tickets.set(id, t)
        opened = this.toPosition(t)
      }
    }
    this.cash = this.cash.plus(realized)
    this.totalRealized = this.totalRealized.plus(realized)
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
    const p = positive(price, 'price')
    const lo = low === undefined ? p : positive(low, 'low')
    const hi = high === undefined ? p : positive(high, 'high')
    for (const t of this.tickets.values()) {
      if (t.symbol !== symbol) continue
      t.mark = p
      updateExcursion(t, lo)
      updateExcursion(t, hi)
    }
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
    if (!inst || inst.quote === this.currency) return new Decimal(1)
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
    const fees = entryFee.plus(exitFee)
    const pnl = gross.minus(fees)
    const unit = amount.mul(t.contractSize).mul(t.rate)
    const notional = t.entryPrice.mul(unit)
    const favourable = t.dir > 0 ? t.best : t.worst
    const adverse = t.dir > 0 ? t.worst : t.best
    const trade: Trade = {
      id: `X${++this.tradeSeq}`,
      symbol: t.symbol,
      side: t.dir > 0 ? 'long' : 'short',
      amount,
      entryTimestamp: t.openTimestamp,
      exitTimestamp: fill.timestamp,
      entryPrice: t.entryPrice,
      exitPrice: fill.price,
      pnl,
      pnlFraction: pnl.div(notional).toNumber(),
      fees,
      mae: money(Decimal.min(ZERO, adverse.minus(t.entryPrice).mul(unit).mul(t.dir))),
      mfe: money(Decimal.max(ZERO, favourable.minus(t.entryPrice).mul(unit).mul(t.dir))),
      barsHeld: barIndex !== undefined && t.entryBar !== undefined ? Math.max(0, barIndex - t.entryBar) : 0,
      ...(t.entryBar !== undefined ? { entryBar: t.entryBar } : {}),
      ...(barIndex !== undefined ? { exitBar: barIndex } : {}),
    }
    this.closed.push(trade)
    t.openFees = t.openFees.minus(entryFee)
    t.realized = t.realized.plus(gross)
    t.feesPaid = t.feesPaid.plus(exitFee)
    t.amount = t.amount.minus(amount)
    if (t.amount.isZero()) this.tickets.delete(t.id)
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
      markPrice: t.mark,
      unrealizedPnl: unrealized(t),
      realizedPnl: t.realized,
      fees: t.feesPaid,
      margin: marginOf(t),
    }
  }
}

/**
 * `total × part / whole`, rounded to 12 decimal places (banker's rounding) so that fee shares stay finite decimals
 * and sums stay exact; `part === whole` returns `total` itself (the last share takes the remainder).
 */
/** PnL and margin amounts are kept to 12 decimal places (banker's rounding) so that sums stay exact. */
function money(x: Decimal): Decimal {
  return x.toDecimalPlaces(MONEY_DP, Decimal.ROUND_HALF_EVEN)
}

function share(total: Decimal, part: Decimal, whole: Decimal): Decimal {
  if (part.eq(whole)) return total
  return total.mul(part).div(whole).toDecimalPlaces(MONEY_DP, Decimal.ROUND_HALF_EVEN)
}

function unrealized(t: Ticket): Decimal {
  return money(t.mark.minus(t.entryPrice).mul(t.amount).mul(t.contractSize).mul(t.rate).mul(t.dir))
}

function marginOf(t: Ticket): Decimal {
  return money(t.amount.mul(t.contractSize).mul(t.mark).mul(t.marginRate).mul(t.rate))
}

function updateExcursion(t: Ticket, price: Decimal): void {
  if (price.gt(t.best)) t.best = price
  if (price.lt(t.worst)) t.worst = price
}

function positive(v: Decimal.Value, argument: string): Decimal {
  const d = toDecimal(v, argument)
  if (!d.gt(0)) throw new InvalidArgumentError(argument, `must be > 0, got ${String(v)}`)
  return d
}
