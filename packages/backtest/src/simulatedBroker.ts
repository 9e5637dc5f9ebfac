import {
  type Account,
  type BarEvent,
  type Broker,
  type BrokerListener,
  Decimal,
  type Fill,
  type Instrument,
  InstrumentSchema,
  InvalidArgumentError,
  Ledger,
  type MarketEvent,
  NotFoundError,
  type Order,
  type OrderModification,
  type OrderRequest,
  type Position,
  type PositionMode,
  parseWith,
  roundToLot,
  roundToTick,
  toDecimal,
} from '@aitrade/core'
import { EventEmitter } from 'eventemitter3'
import type { CarryModel } from './carry.js'
import { type CommissionModel, makerTakerCommission } from './commission.js'
import { type Cross, fillPath, firstCross, trailingCross } from './intrabarPath.js'
import type { SlippageModel } from './slippage.js'

/** Options of a {@link SimulatedBroker}. */
export interface SimulatedBrokerOptions {
  /** Account currency; default `'USD'`. */
  currency?: string
  /** Starting cash, account currency; default 10 000. */
  cash?: Decimal.Value
  /** `netting` (default) or `hedging` (one ticket per entry, closed by `positionId`, as MetaTrader 5). */
  mode?: PositionMode
  /**
   * `cash` (default): no leverage, no short selling unless `allowShort`; `margin`: leverage from each instrument's
   * `marginRate`/`maxLeverage` (or `leverage` below), shorting allowed.
   */
  accountType?: 'cash' | 'margin'
  /** Account leverage for instruments without their own margin rate (margin accounts); default 1. */
  leverage?: number
  /** Allow short selling in a cash account; default `false`. */
  allowShort?: boolean
  /** Trading rules by symbol. Unknown symbols get `defaultInstrument(symbol)`. */
  instruments?: Iterable<Instrument>
  /**
   * Rules for symbols without an instrument: default whole units (`lotStep` 1), tick 1e-8, contract size 1, quoted
   * in the account currency.
   */
  defaultInstrument?: (symbol: string) => Instrument
  /** Fee model; default the instrument's maker/taker fees (0 unless set). */
  commission?: CommissionModel
  /** Slippage applied to taker fills (market, stop, trailing); default none. */
  slippage?: SlippageModel
  /**
   * Bid-ask spread for quote-less bar data, as a fraction of price: takers buy at `price × (1 + spread / 2)` and sell
   * at `price × (1 − spread / 2)`. Default 0.
   */
  spread?: number
  /**
   * Who pays the spread: `'both'` (default) — every taker fill pays half of it; `'entry'` — fills that open or increase a
   * position pay the whole spread and exits pay none (backtesting.py's `spread`, which adjusts entry prices only).
   */
  spreadSide?: 'both' | 'entry'
  /**
   * How orders with `equityFraction` are sized at fill time; default {@link marginFractionSizer} (the largest lot
   * multiple whose margin plus fee fits `fraction × free margin`).
   */
  fractionSizer?: FractionSizer
  /** Market orders fill at the next bar's open (`'nextOpen'`, default, no look-ahead) or at the current close. */
  fillMarketOn?: 'nextOpen' | 'close'
  /**
   * When a stop-loss and a take-profit of one bracket (or any two OCO siblings) both lie inside one bar: `true`
   * (default) fills the worse one for the position; `false` follows the intrabar path (nearer extreme first).
   */
  pessimistic?: boolean
  /** At most this fraction of each bar's volume fills per order per bar (partial fills); default unlimited. */
  volumeParticipation?: number
  /** Margin level (equity / margin) under which a `marginCall` event is emitted; default 1 (100 %). */
  marginCallLevel?: number
  /** Margin level under which positions are closed, the largest loss first, at the bar's close; default 0.5. */
  stopOutLevel?: number
  /** Swap / funding charged on open positions; default none. */
  carry?: CarryModel
}

/** What a {@link FractionSizer} is told when an `equityFraction` order fills. */
export interface FractionSizingContext {
  /** The order's `equityFraction`, in (0, 1]. */
  readonly fraction: Decimal
  /** Fill price after spread and slippage, quote currency. */
  readonly price: Decimal
  /** Fill price before spread and slippage (the bar's price), quote currency. */
  readonly rawPrice: Decimal
  /**
   * Free margin at the last marks, account currency, with the margin of an opposite position that this order closes
   * first (netting) added back.
   */
  readonly freeMargin: Decimal
  /** Margin required per unit of notional (1 in cash accounts, `1 / leverage` in margin accounts). */
  readonly marginRate: number
  /** The fee the commission model charges for one lot at `price` (not a first fill), account currency. */
  readonly unitFee: Decimal
  /** The instrument being filled. */
  readonly instrument: Instrument
}

/**
 * Sizes an `equityFraction` order at fill time.
 *
 * @param ctx - Fraction, prices, free margin and fees; see {@link FractionSizingContext}.
 * @returns Amount in lots, ≥ 0 (the sizer rounds to the instrument's lot step; 0 cancels the order).
 */
export type FractionSizer = (ctx: FractionSizingContext) => Decimal

/**
 * The default {@link FractionSizer}: `floor(fraction × freeMargin / (price × contractSize × marginRate + unitFee))` to
 * the instrument's lot step — the largest amount whose margin and fee fit the given share of the free margin.
 *
 * @param ctx - See {@link FractionSizingContext}.
 * @returns Amount in lots, a non-negative multiple of the lot step.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the computed amount is not finite.
 *
 * @example
 * ```ts
 * import { SimulatedBroker, marginFractionSizer } from '@aitrade/backtest'
 *
 * const broker = new SimulatedBroker({ fractionSizer: marginFractionSizer })
 * ```
 */
export function marginFractionSizer(ctx: FractionSizingContext): Decimal {
  const unitCost = ctx.price.mul(ctx.instrument.contractSize).mul(ctx.marginRate)
  const raw = ctx.freeMargin.mul(ctx.fraction).div(unitCost.plus(ctx.unitFee))
  return roundToLot(ctx.instrument, raw)
}

/** Typed events of a {@link SimulatedBroker}. */
export interface SimulatedBrokerEvents {
  /** Margin level fell below `marginCallLevel` (emitted once per episode). */
  marginCall: [level: number, time: number]
  /** A position was closed by the stop-out rule. */
  stopOut: [positionId: string, level: number, time: number]
  /** A carry cost (swap or funding) was booked; `amount` negative = paid. */
  carry: [symbol: string, amount: Decimal, time: number]
}

/**
 * Per-symbol state of the broker. Classes, not object literals, for this and {@link NumPos}: V8 rewrites their number
 * fields in place, where a literal's fields allocated a heap number on every write (several per bar).
 */
class SymbolState {
  readonly symbol: string
  readonly instrument: Instrument
  readonly contractSize: number
  readonly rate = 1
  readonly marginRate: number
  open = Number.NaN
  close = Number.NaN
  time = Number.NaN
  index = -1
  working: Working[] = []
  lastCarryTime = Number.NaN
  /** Signed net amount (long − short), lots; kept in step with the ledger after every fill. */
  net: Decimal = ZERO
  /** `true` while the symbol has at least one open ticket. */
  held = false
  /** Signed net amount and gross amount (Σ |amount|), lots, as numbers for the marks. */
  netNum = 0
  grossNum = 0
  constructor(symbol: string, instrument: Instrument, contractSize: number, marginRate: number) {
    this.symbol = symbol
    this.instrument = instrument
    this.contractSize = contractSize
    this.marginRate = marginRate
  }
}

interface Working {
  order: Order
  readonly sym: SymbolState
  readonly dir: 1 | -1
  /** Bar index of the symbol when submitted: resting orders start matching on the next bar. */
  readonly submittedIndex: number
  /** Path parameter from which the order is active within the current bar (bracket legs start at the entry fill). */
  activeFrom: number
  triggered: boolean
  best: number
  firstFill: boolean
  firstEvaluated: boolean
  readonly isStopLoss: boolean
  children?: Working[]
  /** Index of the order in the broker's list of all orders (-1 until added). */
  slot: number
  /** The matching pass in which the order last filled (an order fills at most once per bar). */
  matchedRound: number
}

const ZERO = new Decimal(0)

/** A position in numbers, for the marks (see {@link SymbolState} on why a class). */
class NumPos {
  readonly sym: SymbolState
  readonly dir: 1 | -1
  readonly amount: number
  readonly entry: number
  /** Lowest low and highest high seen since the ledger was last marked (for MAE/MFE). */
  lo: number
  hi: number
  /** Ledger ticket id (the symbol in netting mode). */
  readonly id: string
  constructor(sym: SymbolState, dir: 1 | -1, amount: number, entry: number, lo: number, hi: number, id: string) {
    this.sym = sym
    this.dir = dir
    this.amount = amount
    this.entry = entry
    this.lo = lo
    this.hi = hi
    this.id = id
  }
}

/**
 * The simulated broker (matching engine) of backtests and paper trading. Implements core's `Broker`.
 *
 * Matching rules, per bar of a symbol (see the package README for the full list):
 * - orders submitted during bar *i* start matching on bar *i + 1*; market orders fill at its open (or at bar *i*'s
 *   close with `fillMarketOn: 'close'`);
 * - limit, stop, stop-limit and trailing-stop orders fill where the assumed intrabar path (open → nearer extreme →
 *   farther extreme → close) first crosses them; a gap through the level fills at the open;
 * - stop-loss / take-profit attached to an entry become an OCO pair when the entry fills and may trigger on the
 *   entry bar itself (from the entry's fill point on); when both are inside one bar the worse one wins unless
 *   `pessimistic: false`;
 * - IOC orders cancel what did not fill on their first bar, FOK orders fill completely on their first bar or not at
 *   all, post-only orders are rejected when marketable at submission; `expireTime` expires orders before matching;
 *   reduce-only orders never open or increase a position;
 * - with `volumeParticipation`, at most that fraction of the bar's volume fills per order per bar;
 * - fees from the commission model, slippage and half the spread on taker fills, exact bookkeeping in core's
 *   `Ledger` (Decimal); equity is marked at each bar's close;
 * - margin accounts: an order whose margin does not fit the free margin at fill time is canceled (reason
 *   `insufficient margin`); below `stopOutLevel` positions are closed at the close, the largest loss first.
 *
 * @example
 * ```ts
 * import { SimulatedBroker, fractionCommission } from '@aitrade/backtest'
 *
 * const broker = new SimulatedBroker({ cash: 10_000, commission: fractionCommission('0.002') })
 * broker.account().balance.toString() // '10000'
 * ```
 */
export class SimulatedBroker extends EventEmitter<SimulatedBrokerEvents> implements Broker {
  /** Broker name. */
  readonly name = 'simulated'
  /** The exact books (positions, balance, closed trades). */
  readonly ledger: Ledger
  private listener: BrokerListener | undefined
  private readonly symbols = new Map<string, SymbolState>()
  private lastSym: SymbolState | undefined
  private readonly instruments = new Map<string, Instrument>()
  private readonly byId = new Map<string, Working>()
  private readonly allOrders: Order[] = []
  private readonly allFills: Fill[] = []
  private readonly opts: Required<
    Pick<
      SimulatedBrokerOptions,
      'fillMarketOn' | 'pessimistic' | 'spread' | 'marginCallLevel' | 'stopOutLevel' | 'allowShort'
    >
  > &
    SimulatedBrokerOptions
  private readonly commission: CommissionModel
  private readonly fractionSizer: FractionSizer
  private readonly fillOnClose: boolean
  private readonly carry: CarryModel | undefined
  private readonly spreadOnEntryOnly: boolean
  private readonly defaultInstrument: (symbol: string) => Instrument
  private readonly accountType: 'cash' | 'margin'
  private readonly leverage: number
  private readonly path = new Float64Array(4)
  private readonly cross: Cross = { t: 0, price: 0 }
  private numPos: NumPos[] = []
  /** Σ open PnL and Σ gross notional of the open positions at the last marks, account currency (kept incrementally). */
  private openPnl = Number.NaN
  private gross = Number.NaN
  /** The ledger balance as a number: + realized PnL − fee per fill (float sums; the ledger keeps the exact value). */
  private cashNum = Number.NaN
  private positionsCache: Position[] | undefined
  private orderSeq = 0
  private matchRound = 0
  private fillSeq = 0
  private cumulativeNotional = ZERO
  /** Price of the last fill, as booked and as a number. */
  private fillPrice: Decimal = ZERO
  private fillPriceNum = Number.NaN
  private inMarginCall = false
  private now = Number.NaN
  private curveTime = new Float64Array(1024)
  private curveEquity = new Float64Array(1024)
  private curveExposure = new Float64Array(1024)
  private curveLength = 0

  /**
   * @param options - Account, instruments, fees, slippage and matching options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad option.
   */
  constructor(options: SimulatedBrokerOptions = {}) {
    super()
    const spread = options.spread ?? 0
    if (!(spread >= 0 && spread < 1)) throw new InvalidArgumentError('spread', 'must be in [0, 1)')
    const vp = options.volumeParticipation
    if (vp !== undefined && !(vp > 0 && vp <= 1))
      throw new InvalidArgumentError('volumeParticipation', 'must be in (0, 1]')
    const leverage = options.leverage ?? 1
    if (!(leverage >= 1) || !Number.isFinite(leverage))
      throw new InvalidArgumentError('leverage', 'must be a finite number >= 1')
    this.opts = {
      ...options,
      fillMarketOn: options.fillMarketOn ?? 'nextOpen',
      pessimistic: options.pessimistic ?? true,
      spread,
      marginCallLevel: options.marginCallLevel ?? 1,
      stopOutLevel: options.stopOutLevel ?? 0.5,
      allowShort: options.allowShort ?? false,
    }
    if (this.opts.fillMarketOn !== 'nextOpen' && this.opts.fillMarketOn !== 'close') {
      throw new InvalidArgumentError('fillMarketOn', "must be 'nextOpen' or 'close'")
    }
    this.accountType = options.accountType ?? 'cash'
    if (this.accountType !== 'cash' && this.accountType !== 'margin')
      throw new InvalidArgumentError('accountType', "must be 'cash' or 'margin'")
    this.leverage = this.accountType === 'margin' ? leverage : 1
    const currency = options.currency ?? 'USD'
    this.commission = options.commission ?? makerTakerCommission()
    this.fractionSizer = options.fractionSizer ?? marginFractionSizer
    this.fillOnClose = this.opts.fillMarketOn === 'close'
    this.carry = options.carry
    const spreadSide = options.spreadSide ?? 'both'
    if (spreadSide !== 'both' && spreadSide !== 'entry')
      throw new InvalidArgumentError('spreadSide', "must be 'both' or 'entry'")
    this.spreadOnEntryOnly = spreadSide === 'entry'
    this.defaultInstrument =
      options.defaultInstrument ??
      ((symbol) =>
        parseWith(
          InstrumentSchema,
          { symbol, base: symbol, quote: currency, assetClass: 'stock', tickSize: '0.00000001' },
          'instrument',
        ))
    for (const i of options.instruments ?? []) this.instruments.set(i.symbol, i)
    this.ledger = new Ledger({
      currency,
      initialBalance: options.cash ?? 10_000,
      mode: options.mode ?? 'netting',
      instruments: [],
      leverage: this.leverage,
    })
    this.cashNum = this.ledger.balance.toNumber()
    // the number fields rewritten per bar start as NaN (a double) above and get their values here: V8 then keeps them
    // as unboxed doubles; a field that starts as the small integer 0 (or undefined) allocates a heap number per write
    this.openPnl = 0
    this.gross = 0
    this.fillPriceNum = 0
    this.now = 0
  }

  /** @inheritDoc */
  setListener(listener: BrokerListener): void {
    this.listener = listener
  }

  /** Trading rules of `symbol` (the default instrument when none was given). */
  instrument(symbol: string): Instrument {
    return this.state(symbol).instrument
  }

  /** Every order submitted so far (latest state), in submission order. */
  get orders(): readonly Order[] {
    return this.allOrders
  }

  /** Every fill so far, in time order. */
  get fills(): readonly Fill[] {
    return this.allFills
  }

  /** Equity at the last marks, account currency, as a `number` (a measurement; the ledger holds the exact value). */
  equityNumber(): number {
    return this.cashNum + this.openPnl
  }

  /** Gross exposure at the last marks: Σ |amount| × contractSize × price, account currency, as a `number`. */
  exposureNumber(): number {
    return this.gross
  }

  /** Recomputes the open PnL and gross exposure from the positions (after a fill; resets rounding drift). */
  private recomputeOpen(): void {
    let pnl = 0
    let gross = 0
    const ps = this.numPos
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!
      const c = p.sym.close
      if (!(c > 0)) continue
      const k = p.amount * p.sym.contractSize * p.sym.rate
      pnl += (c - p.entry) * k * p.dir
      gross += k * c
    }
    this.openPnl = pnl
    this.gross = gross
  }

  /** @inheritDoc */
  account(): Account {
    this.markLedger()
    return this.ledger.account(this.now)
  }

  /** @inheritDoc */
  positions(): readonly Position[] {
    if (!this.positionsCache) {
      this.markLedger()
      this.positionsCache = this.ledger.positions().map((p) => this.livePosition(p))
    }
    return this.positionsCache
  }

  /** @inheritDoc */
  openOrders(): readonly Order[] {
    const out: Order[] = []
    for (const s of this.symbols.values()) for (const w of s.working) out.push(w.order)
    return out
  }

  /** @inheritDoc */
  submitOrder(request: OrderRequest & { readonly clientOrderId: string }): void {
    const sym = this.state(request.symbol)
    // the request's fields, then the state (copyOrder reads the state fields a request does not have as undefined)
    const order = copyOrder(request as Order)
    order.id = `B${++this.orderSeq}`
    order.status = 'open'
    order.filled = ZERO
    order.remaining = request.amount
    order.cost = ZERO
    order.fee = { cost: ZERO, currency: this.ledger.currency }
    order.timestamp = this.now
    order.lastUpdateTimestamp = this.now
    const w = this.makeWorking(order, sym, 0)
    const reject = this.validateNew(w)
    if (reject) {
      const rejected = copyOrder(order)
      rejected.status = 'rejected'
      rejected.reason = reject
      w.order = rejected
      this.allOrders.push(rejected)
      this.listener?.onOrderUpdate(rejected)
      return
    }
    this.addWorking(w)
    this.listener?.onOrderUpdate(order)
  }

  /** @inheritDoc */
  cancelOrder(id: string): void {
    const w = this.byId.get(id)
    if (!w || (w.order.status !== 'open' && w.order.status !== 'pending')) throw new NotFoundError('working order', id)
    this.finish(w, 'canceled', 'canceled by user')
  }

  /** @inheritDoc */
  modifyOrder(id: string, changes: OrderModification): void {
    const w = this.byId.get(id)
    if (!w || (w.order.status !== 'open' && w.order.status !== 'pending')) throw new NotFoundError('working order', id)
    let o = w.order
    if (changes.amount !== undefined) {
      const a = toDecimal(changes.amount, 'changes.amount')
      if (!a.gt(o.filled))
        throw new InvalidArgumentError('changes.amount', `must exceed the filled amount ${o.filled.toString()}`)
      o = copyOrder(o)
      o.amount = a
      o.remaining = a.minus(o.filled)
    }
    if (changes.price !== undefined) {
      if (o.price === undefined) throw new InvalidArgumentError('changes.price', `a ${o.type} order has no limit price`)
      o = copyOrder(o)
      o.price = positive(changes.price, 'changes.price')
    }
    if (changes.stopPrice !== undefined) {
      if (o.stopPrice === undefined)
        throw new InvalidArgumentError('changes.stopPrice', `a ${o.type} order has no stop price`)
      o = copyOrder(o)
      o.stopPrice = positive(changes.stopPrice, 'changes.stopPrice')
    }
    o = copyOrder(o)
    o.lastUpdateTimestamp = this.now
    this.update(w, o)
  }

  /** @inheritDoc */
  onMarket(event: MarketEvent): void {
    if (event.type !== 'bar') return
    const sym = this.state(event.symbol)
    const bar = event.bar
    this.now = bar.time
    sym.index = event.index
    sym.time = bar.time
    sym.open = bar.open
    if (sym.held) {
      for (const p of this.numPos) {
        if (p.sym !== sym) continue
        if (bar.low < p.lo) p.lo = bar.low
        if (bar.high > p.hi) p.hi = bar.high
      }
    }
    if (this.carry !== undefined && this.numPos.length > 0) this.chargeCarry(sym, bar.time)
    if (sym.working.length > 0) this.matchBar(sym, event)
    const old = sym.close
    sym.close = bar.close
    if (sym.held) {
      if (old > 0) {
        // marks move linearly with the close: Δ open PnL = Δclose × net, Δ exposure = Δclose × gross
        const k = (bar.close - old) * sym.contractSize * sym.rate
        this.openPnl += k * sym.netNum
        this.gross += k * sym.grossNum
      } else this.recomputeOpen()
    }
  }

  /** @inheritDoc */
  afterMarket(event: MarketEvent): void {
    if (event.type !== 'bar') return
    const sym = this.state(event.symbol)
    if (this.fillOnClose && sym.working.length > 0) {
      for (const w of [...sym.working]) {
        if (w.order.type === 'market' && w.submittedIndex === sym.index && w.order.status === 'open') {
          this.execute(w, event.bar.close, 'taker', event.bar.volume, Number.NaN)
        }
      }
    }
    if (this.accountType === 'margin' && this.numPos.length > 0) this.checkMargin(event)
    this.record(event.bar.time)
  }

  /**
   * Equity and gross exposure at each bar close, one point per distinct bar time (several symbols at one time give
   * one point). Equity in account currency; exposure as a fraction of equity (Σ |notional| / equity). `number`s:
   * measurements for statistics — the exact books are in {@link SimulatedBroker.ledger}.
   *
   * @returns Views of the recorded arrays (copy them to keep them past the next bar).
   */
  equityCurve(): { time: Float64Array; equity: Float64Array; exposure: Float64Array } {
    const n = this.curveLength
    return {
      time: this.curveTime.subarray(0, n),
      equity: this.curveEquity.subarray(0, n),
      exposure: this.curveExposure.subarray(0, n),
    }
  }

  /**
   * Pre-sizes the equity curve for `points` bar closes, so that a run of known length never grows it.
   *
   * @param points - Expected number of distinct bar times (an upper bound is fine).
   */
  reserveCurve(points: number): void {
    if (!(points > this.curveTime.length) || !Number.isFinite(points)) return
    const n = Math.ceil(points)
    const grow = (a: Float64Array) => {
      const b = new Float64Array(n)
      b.set(a.subarray(0, this.curveLength))
      return b
    }
    this.curveTime = grow(this.curveTime)
    this.curveEquity = grow(this.curveEquity)
    this.curveExposure = grow(this.curveExposure)
  }

  private record(time: number): void {
    let n = this.curveLength
    if (n > 0 && this.curveTime[n - 1] === time) n--
    else if (n === this.curveTime.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2)
        b.set(a)
        return b
      }
      this.curveTime = grow(this.curveTime)
      this.curveEquity = grow(this.curveEquity)
      this.curveExposure = grow(this.curveExposure)
    }
    const eq = this.equityNumber()
    this.curveTime[n] = time
    this.curveEquity[n] = eq
    this.curveExposure[n] = this.numPos.length > 0 ? this.exposureNumber() / eq : 0
    this.curveLength = n + 1
  }

  // ---------------------------------------------------------------------------------------------------------

  private state(symbol: string): SymbolState {
    const last = this.lastSym
    if (last !== undefined && last.symbol === symbol) return last
    let s = this.symbols.get(symbol)
    if (s) {
      this.lastSym = s
      return s
    }
    {
      const instrument = this.instruments.get(symbol) ?? this.defaultInstrument(symbol)
      if (instrument.quote !== this.ledger.currency) {
        throw new InvalidArgumentError(
          'instruments',
          `${symbol} is quoted in ${instrument.quote}, the account in ${this.ledger.currency}`,
        )
      }
      this.ledger.addInstrument(instrument)
      const marginRate =
        this.accountType === 'cash'
          ? 1
          : instrument.marginRate !== undefined
            ? instrument.marginRate.toNumber()
            : 1 / (instrument.maxLeverage ?? this.leverage)
      s = new SymbolState(symbol, instrument, instrument.contractSize.toNumber(), marginRate)
      this.symbols.set(symbol, s)
    }
    return s
  }

  private makeWorking(order: Order, sym: SymbolState, activeFrom: number, isStopLoss = false): Working {
    const dir = order.side === 'buy' ? 1 : -1
    return {
      order,
      sym,
      dir,
      submittedIndex: sym.index,
      activeFrom,
      triggered: false,
      best: sym.close,
      firstFill: true,
      firstEvaluated: false,
      isStopLoss,
      slot: -1,
      matchedRound: 0,
    }
  }

  private validateNew(w: Working): string | undefined {
    const o = w.order
    const net = w.sym.netNum
    const last = w.sym.close
    if ((o.timeInForce === 'PO' || o.postOnly) && o.price !== undefined && Number.isFinite(last)) {
      const p = o.price.toNumber()
      if ((w.dir > 0 && p >= last) || (w.dir < 0 && p <= last)) return 'post-only order would take liquidity'
    }
    if (o.reduceOnly && o.positionId === undefined && !(net * w.dir < 0))
      return 'reduce-only order with no position to reduce'
    if (
      o.positionId !== undefined &&
      this.ledger.mode === 'hedging' &&
      !this.ledger.positions().some((p) => p.id === o.positionId)
    ) {
      return `position ${o.positionId} is not open`
    }
    if (
      this.accountType === 'cash' &&
      !this.opts.allowShort &&
      w.dir < 0 &&
      !o.reduceOnly &&
      o.positionId === undefined &&
      net <= 0
    ) {
      return 'short selling is not allowed in a cash account'
    }
    if (o.type === 'trailing_stop' && !Number.isFinite(last)) return 'trailing stop needs a last price'
    return undefined
  }

  private addWorking(w: Working): void {
    w.sym.working.push(w)
    this.byId.set(w.order.id, w)
    if (w.order.clientOrderId) this.byId.set(w.order.clientOrderId, w)
    w.slot = this.allOrders.length
    this.allOrders.push(w.order)
  }

  private update(w: Working, next: Order): void {
    w.order = next
    if (w.slot >= 0) this.allOrders[w.slot] = next
  }

  private finish(w: Working, status: 'closed' | 'canceled' | 'expired', reason?: string): void {
    const list = w.sym.working
    const i = list.indexOf(w)
    if (i >= 0) removeAt(list, i)
    // finished orders are no longer addressable (cancel/modify throw NOT_FOUND); drop them from the index
    if (this.byId.get(w.order.id) === w) this.byId.delete(w.order.id)
    const cid = w.order.clientOrderId
    if (cid !== undefined && this.byId.get(cid) === w) this.byId.delete(cid)
    const next = copyOrder(w.order)
    next.status = status
    next.lastUpdateTimestamp = this.now
    if (reason !== undefined) next.reason = reason
    this.update(w, next)
    this.listener?.onOrderUpdate(next)
    if (status !== 'closed' && w.children) {
      for (const c of w.children)
        if (c.order.status === 'open') this.finish(c, 'canceled', `parent ${w.order.id} ${status}`)
    }
  }

  private matchBar(sym: SymbolState, event: BarEvent): void {
    const bar = event.bar
    const path = fillPath(bar.open, bar.high, bar.low, bar.close, this.path)
    for (const w of [...sym.working]) {
      if (w.submittedIndex < sym.index) w.activeFrom = 0
      if (w.order.expireTime !== undefined && w.order.expireTime <= bar.time) this.finish(w, 'expired', 'expired')
    }
    // each order fills at most once per bar (marked with this pass's number); orders are taken in the order the path
    // reaches them
    const round = ++this.matchRound
    for (;;) {
      let best: Working | undefined
      let bestT = Number.POSITIVE_INFINITY
      let bestPrice = Number.NaN
      for (const w of sym.working) {
        if (w.matchedRound === round || !this.eligible(w, sym.index)) continue
        const c = this.hit(w, path)
        if (Number.isNaN(c.t)) continue
        if (c.t < bestT || (c.t === bestT && best && this.opts.pessimistic && w.isStopLoss && !best.isStopLoss)) {
          best = w
          bestT = c.t
          bestPrice = c.price
        }
      }
      if (!best) break
      // pessimistic OCO: if a sibling also fills inside this bar, the worse fill for the position wins
      if (this.opts.pessimistic && best.order.ocoGroup !== undefined) {
        for (const w of sym.working) {
          if (
            w === best ||
            w.matchedRound === round ||
            w.order.ocoGroup !== best.order.ocoGroup ||
            !this.eligible(w, sym.index)
          )
            continue
          const c = this.hit(w, path)
          if (Number.isNaN(c.t)) continue
          if (w.dir > 0 ? c.price > bestPrice : c.price < bestPrice) {
            best = w
            bestT = c.t
            bestPrice = c.price
          }
        }
      }
      best.matchedRound = round
      this.execute(best, bestPrice, this.liquidityOf(best, bestT, bestPrice, bar.open), bar.volume, bestT)
    }
    // state carried to the next bar: trailing extremes, stop-limit triggers; IOC/FOK end after their first bar
    for (const w of [...sym.working]) {
      if (!this.eligible(w, sym.index)) continue
      if (w.order.type === 'trailing_stop') w.best = w.dir < 0 ? Math.max(w.best, bar.high) : Math.min(w.best, bar.low)
      if (w.order.type === 'stop_limit' && !w.triggered && w.order.stopPrice !== undefined) {
        const s = w.order.stopPrice.toNumber()
        if ((w.dir > 0 && bar.high >= s) || (w.dir < 0 && bar.low <= s)) w.triggered = true
      }
      if (w.order.timeInForce === 'IOC' || w.order.timeInForce === 'FOK')
        this.finish(w, 'canceled', `${w.order.timeInForce} not filled`)
    }
  }

  /** Orders submitted on an earlier bar match; bracket legs created on this bar match from their entry's fill. */
  private eligible(w: Working, index: number): boolean {
    if (w.submittedIndex < index) return true
    return w.order.parentId !== undefined && w.activeFrom < 3
  }

  private hit(w: Working, path: Float64Array): Cross {
    const o = w.order
    const c = this.cross
    const t0 = w.activeFrom
    switch (o.type) {
      case 'market':
        c.t = t0
        c.price = t0 === 0 ? path[0]! : Number.NaN
        if (t0 !== 0) {
          // a market order created mid-bar fills at the price reached
          firstCross(path, Number.NEGATIVE_INFINITY, 1, t0, c)
        }
        return c
      case 'limit':
        return firstCross(path, o.price!.toNumber(), w.dir > 0 ? -1 : 1, t0, c)
      case 'stop':
        return firstCross(path, o.stopPrice!.toNumber(), w.dir > 0 ? 1 : -1, t0, c)
      case 'stop_limit': {
        const limit = o.price!.toNumber()
        let from = t0
        if (!w.triggered) {
          firstCross(path, o.stopPrice!.toNumber(), w.dir > 0 ? 1 : -1, t0, c)
          if (Number.isNaN(c.t)) return c
          from = c.t
          const trig = c.price
          if ((w.dir > 0 && trig <= limit) || (w.dir < 0 && trig >= limit)) return c
        }
        return firstCross(path, limit, w.dir > 0 ? -1 : 1, from, c)
      }
      case 'trailing_stop': {
        const dist = o.trailingAmount ? o.trailingAmount.toNumber() : 0
        const frac = o.trailingFraction ? o.trailingFraction.toNumber() : 0
        const st = { best: w.best }
        return trailingCross(path, st, dist, frac, w.dir, t0, c)
      }
    }
  }

  private liquidityOf(w: Working, t: number, price: number, open: number): 'maker' | 'taker' {
    const type = w.order.type
    if (type === 'limit') return 'maker'
    if (type === 'stop_limit') return w.triggered && !(t === 0 && price === open) ? 'maker' : 'taker'
    return 'taker'
  }

  /** Fills (part of) `w` at `rawPrice`; `t` is the path parameter (NaN at the close). */
  private execute(w: Working, rawPrice: number, liquidity: 'maker' | 'taker', barVolume: number, t: number): void {
    const o = w.order
    const inst = w.sym.instrument
    let price = rawPrice
    if (liquidity === 'taker') {
      if (this.opts.spread > 0) {
        if (!this.spreadOnEntryOnly) price = price * (1 + (w.dir * this.opts.spread) / 2)
        else if (this.openingNumber(w, toNum(o.remaining)) > 0) price = price * (1 + w.dir * this.opts.spread)
      }
      if (this.opts.slippage) {
        price = this.opts.slippage({ side: o.side, price, amount: toNum(o.remaining), barVolume, instrument: inst })
      }
    }
    if (!(price > 0) || !Number.isFinite(price)) {
      this.finish(w, 'canceled', `no valid fill price (${price})`)
      return
    }
    // prices moved by spread or slippage are rounded to the instrument's tick (the bar's own prices are kept as given)
    const dPrice = price === rawPrice ? new Decimal(price) : roundToTick(inst, price)
    // the fill price as a number: a number's Decimal converts back to the same number
    const priceNum = price === rawPrice ? price : dPrice.toNumber()
    let amount = o.remaining
    // size at fill time
    if (o.equityFraction !== undefined && w.firstFill) {
      amount = this.sizeForFraction(w, dPrice, rawPrice, o.equityFraction, liquidity)
      if (!amount.gt(0)) {
        this.finish(w, 'canceled', 'insufficient margin for any amount')
        return
      }
      const sized = copyOrder(o)
      sized.amount = amount
      sized.remaining = amount
      this.update(w, sized)
    }
    // reduce-only: never more than the opposite position
    if (w.order.reduceOnly) {
      const net = w.sym.net
      const reducible = w.dir > 0 ? (net.isNegative() ? net.neg() : ZERO) : net.gt(0) ? net : ZERO
      if (!reducible.gt(0)) {
        this.finish(w, 'canceled', 'reduce-only: no position left to reduce')
        return
      }
      if (amount.gt(reducible)) amount = reducible
    }
    if (o.positionId !== undefined && this.ledger.mode === 'hedging') {
      const p = this.ledger.positions().find((x) => x.id === o.positionId)
      if (!p) {
        this.finish(w, 'canceled', `position ${o.positionId} is no longer open`)
        return
      }
      if (amount.gt(p.amount)) amount = p.amount
    }
    // volume participation: partial fills
    const vp = this.opts.volumeParticipation
    if (vp !== undefined) {
      const maxLots = roundToLot(inst, new Decimal(barVolume * vp).div(inst.contractSize))
      if (maxLots.lt(amount)) {
        if (o.timeInForce === 'FOK' || !maxLots.gt(0)) {
          if (o.timeInForce === 'FOK') this.finish(w, 'canceled', 'FOK: not enough volume to fill completely')
          return
        }
        amount = maxLots
      }
    }
    const unitContract = w.sym.contractSize === 1
    // one lot of contract size 1: the notional is the price itself (the product would be an equal copy of it)
    const notional = unitContract
      ? amount.d.length === 1 && toNum(amount) === 1 && dPrice.d.length < 6
        ? dPrice
        : amount.mul(dPrice)
      : amount.mul(dPrice).mul(inst.contractSize)
    const charged = this.commission({
      amount,
      price: dPrice,
      notional,
      liquidity,
      firstFillOfOrder: w.firstFill,
      cumulativeNotional: this.cumulativeNotional,
      instrument: inst,
    })
    // a zero fee is kept as the shared zero (one object fewer kept per fill); any other fee as the model returned it
    const fee = charged.isZero() && charged.isPositive() ? ZERO : charged
    // margin (cash) check for the part that opens or increases exposure, fees included
    const feeNum = fee.isZero() ? 0 : fee.toNumber()
    const opening = this.openingNumber(w, toNum(amount))
    if (opening > 0) {
      // a measurement in numbers (the books stay exact): margin of the opening part plus the fee
      const need = opening * w.sym.contractSize * priceNum * w.sym.marginRate + feeNum
      if (need > this.freeMarginNumber() * (1 + 1e-12)) {
        this.finish(w, 'canceled', 'insufficient margin')
        return
      }
    }
    this.cumulativeNotional = this.cumulativeNotional.plus(notional)
    const fillFee = { cost: fee, currency: this.ledger.currency }
    // one literal per shape (orders from the engine always carry a clientOrderId); no spread, no field-by-field growth
    const fill: Fill =
      o.clientOrderId !== undefined
        ? {
            id: `F${++this.fillSeq}`,
            orderId: o.id,
            clientOrderId: o.clientOrderId,
            symbol: o.symbol,
            side: o.side,
            amount,
            price: dPrice,
            fee: fillFee,
            timestamp: this.now,
            takerOrMaker: liquidity,
          }
        : {
            id: `F${++this.fillSeq}`,
            orderId: o.id,
            symbol: o.symbol,
            side: o.side,
            amount,
            price: dPrice,
            fee: fillFee,
            timestamp: this.now,
            takerOrMaker: liquidity,
          }
    if (o.positionId !== undefined && this.ledger.mode === 'hedging') fill.positionId = o.positionId
    this.flushMarks(w.sym)
    const netBefore = w.sym.net
    const result = this.ledger.applyFill(fill, w.sym.index)
    const realized = result.realizedPnl
    this.cashNum += (realized.isZero() ? 0 : realized.toNumber()) - feeNum
    this.fillPrice = dPrice
    this.fillPriceNum = priceNum
    w.firstFill = false
    this.allFills.push(fill)
    // netting: the fill leaves `result.opened`, or what is left of a partly closed position, or nothing
    const left =
      result.opened ??
      (netBefore.isZero() || w.dir > 0 === netBefore.isPositive() || !netBefore.abs().gt(amount)
        ? undefined
        : this.ledger.position(o.symbol))
    this.syncNumeric(w.sym, left)
    // Decimals are immutable: a first fill reuses its own values (fewer objects kept per order)
    const first = w.order.filled.isZero()
    const filled = first ? amount : w.order.filled.plus(amount)
    const remaining = filled.eq(w.order.amount) ? ZERO : w.order.amount.minus(filled)
    const cost = first ? notional : w.order.cost.plus(notional)
    const next = copyOrder(w.order)
    next.filled = filled
    next.remaining = remaining
    next.cost = cost
    next.average =
      first && unitContract ? dPrice : unitContract ? cost.div(filled) : cost.div(filled.mul(inst.contractSize))
    // a first fill's fee is the order's fee: the fill's fee record is shared (fees are records of values, never mutated)
    next.fee = first
      ? fillFee
      : { cost: w.order.fee.cost.isZero() ? fee : w.order.fee.cost.plus(fee), currency: this.ledger.currency }
    next.lastUpdateTimestamp = this.now
    this.update(w, next)
    this.listener?.onFill(fill)
    // brackets: legs become active from this fill on
    if (w.order.stopLoss || w.order.takeProfit) this.attachBracket(w, amount, result.opened?.id, t)
    // OCO: the first fill cancels the siblings
    if (w.order.ocoGroup !== undefined) {
      for (const s of [...w.sym.working]) {
        if (s !== w && s.order.ocoGroup === w.order.ocoGroup)
          this.finish(s, 'canceled', `OCO sibling ${w.order.id} filled`)
      }
    }
    if (remaining.isZero()) this.finish(w, 'closed')
    else {
      this.listener?.onOrderUpdate(w.order)
      if (w.order.timeInForce === 'IOC') this.finish(w, 'canceled', 'IOC remainder canceled')
    }
  }

  private attachBracket(parent: Working, amount: Decimal, ticket: string | undefined, t: number): void {
    const from = Number.isNaN(t) ? 3 : t
    if (parent.children) {
      for (const c of parent.children) {
        if (c.order.status === 'open') {
          const grown = copyOrder(c.order)
          grown.amount = c.order.amount.plus(amount)
          grown.remaining = c.order.remaining.plus(amount)
          this.update(c, grown)
        }
      }
      return
    }
    const p = parent.order
    const side = p.side === 'buy' ? 'sell' : 'buy'
    const group = `bracket:${p.id}`
    const hedging = this.ledger.mode === 'hedging'
    const legs: Working[] = []
    const mk = (type: 'stop' | 'limit', level: Decimal, isStopLoss: boolean) => {
      const id = `B${++this.orderSeq}`
      const order: Order = {
        id,
        symbol: p.symbol,
        side,
        type,
        amount,
        ...(type === 'stop' ? { stopPrice: level } : { price: level }),
        timeInForce: 'GTC',
        reduceOnly: !hedging,
        postOnly: false,
        clientOrderId: `${p.clientOrderId ?? p.id}:${isStopLoss ? 'sl' : 'tp'}`,
        ocoGroup: group,
        parentId: p.id,
        ...(hedging && ticket !== undefined ? { positionId: ticket } : {}),
        status: 'open',
        filled: ZERO,
        remaining: amount,
        cost: ZERO,
        fee: { cost: ZERO, currency: this.ledger.currency },
        timestamp: this.now,
        lastUpdateTimestamp: this.now,
      }
      const w = this.makeWorking(order, parent.sym, from, isStopLoss)
      this.addWorking(w)
      this.listener?.onOrderUpdate(order)
      legs.push(w)
    }
    if (p.stopLoss) mk('stop', p.stopLoss.price, true)
    if (p.takeProfit) mk('limit', p.takeProfit.price, false)
    parent.children = legs
  }

  /** The part of `amount` (lots) that opens or increases a position (netting: beyond the opposite position). */
  private openingNumber(w: Working, amount: number): number {
    if (this.ledger.mode === 'hedging') return w.order.positionId !== undefined ? 0 : amount
    const net = w.sym.netNum
    if (w.dir > 0 ? net >= 0 : net <= 0) return amount
    const opp = Math.abs(net)
    return amount > opp ? amount - opp : 0
  }

  private sizeForFraction(
    w: Working,
    price: Decimal,
    rawPrice: number,
    fraction: Decimal,
    liquidity: 'maker' | 'taker',
  ): Decimal {
    const inst = w.sym.instrument
    const unitFee = this.commission({
      amount: new Decimal(1),
      price,
      notional: price.mul(inst.contractSize),
      liquidity,
      firstFillOfOrder: false,
      cumulativeNotional: this.cumulativeNotional,
      instrument: inst,
    })
    // closing an opposite position first frees its margin (netting)
    const net = w.sym.net
    const closing = this.ledger.mode === 'netting' && (w.dir > 0 ? net.isNegative() : net.gt(0)) ? net.abs() : ZERO
    const freeMargin = new Decimal(this.freeMarginNumber()).plus(
      closing.mul(price).mul(inst.contractSize).mul(w.sym.marginRate),
    )
    return this.fractionSizer({
      fraction,
      price,
      rawPrice: new Decimal(rawPrice),
      freeMargin,
      marginRate: w.sym.marginRate,
      unitFee,
      instrument: inst,
    })
  }

  private freeMarginNumber(): number {
    let margin = 0
    for (const p of this.numPos) margin += p.amount * p.sym.contractSize * p.sym.close * p.sym.rate * p.sym.marginRate
    return this.equityNumber() - margin
  }

  /**
   * Brings the numeric mirror, the position cache and `sym.net` in step with the ledger after a fill of `sym`;
   * `after` is the netting position the fill left (`undefined` when flat).
   */
  private syncNumeric(sym: SymbolState, after: Position | undefined): void {
    const ps = this.numPos
    if (this.ledger.mode === 'netting') {
      // one ticket per symbol (id = symbol): replace, drop or append only this symbol's entry, as the ledger's
      // ticket map does (a flip closes the ticket and opens a new one at the end)
      const p = after
      let i = 0
      while (i < ps.length && ps[i]!.sym !== sym) i++
      const dir: 1 | -1 = p?.side === 'short' ? -1 : 1
      const prev = i < ps.length ? ps[i] : undefined
      const keepSlot = prev !== undefined && p !== undefined && prev.dir === dir
      if (prev !== undefined && !keepSlot) removeAt(ps, i)
      const cache = this.positionsCache
      if (cache) {
        let j = 0
        while (j < cache.length && cache[j]!.symbol !== sym.symbol) j++
        if (j < cache.length && !keepSlot) removeAt(cache, j)
        if (p) {
          const live = this.livePosition(p)
          if (keepSlot && j < cache.length) cache[j] = live
          else cache.push(live)
        }
      }
      if (p) {
        // a position opened by the last fill has that fill's price (the same Decimal): its number is known
        const price = p.entryPrice === this.fillPrice ? this.fillPriceNum : p.entryPrice.toNumber()
        const np = new NumPos(
          sym,
          dir,
          toNum(p.amount),
          price,
          keepSlot ? prev.lo : Number.POSITIVE_INFINITY,
          keepSlot ? prev.hi : Number.NEGATIVE_INFINITY,
          p.id,
        )
        if (keepSlot) ps[i] = np
        else ps.push(np)
        sym.net = p.side === 'long' ? p.amount : p.amount.neg()
        sym.netNum = dir * np.amount
        sym.grossNum = np.amount
      } else {
        sym.net = ZERO
        sym.netNum = 0
        sym.grossNum = 0
      }
      sym.held = p !== undefined
    } else {
      const old = new Map(ps.map((x) => [x.id, x]))
      this.numPos = this.ledger.positions().map((p) => {
        const o = old.get(p.id)
        return new NumPos(
          this.state(p.symbol),
          p.side === 'long' ? 1 : -1,
          p.amount.toNumber(),
          p.entryPrice.toNumber(),
          o ? o.lo : Number.POSITIVE_INFINITY,
          o ? o.hi : Number.NEGATIVE_INFINITY,
          p.id,
        )
      })
      this.positionsCache = undefined
      sym.net = this.ledger.netAmount(sym.symbol)
      sym.held = false
      sym.netNum = 0
      sym.grossNum = 0
      for (const x of this.numPos) {
        if (x.sym !== sym) continue
        sym.held = true
        sym.netNum += x.dir * x.amount
        sym.grossNum += x.amount
      }
    }
    this.recomputeOpen()
    // carry accrues only while a symbol has an open position
    if (!sym.held) sym.lastCarryTime = Number.NaN
    else if (Number.isNaN(sym.lastCarryTime)) sym.lastCarryTime = this.now
  }

  /** Marks `sym`'s tickets in the ledger at the last close with the bar extremes seen since the last mark (MAE/MFE). */
  private flushMarks(sym: SymbolState): void {
    if (!sym.held || !(sym.close > 0)) return
    let lo = Number.POSITIVE_INFINITY
    let hi = Number.NEGATIVE_INFINITY
    let any = false
    for (const p of this.numPos) {
      if (p.sym !== sym) continue
      any = true
      if (p.lo < lo) lo = p.lo
      if (p.hi > hi) hi = p.hi
      p.lo = Number.POSITIVE_INFINITY
      p.hi = Number.NEGATIVE_INFINITY
    }
    if (!any) return
    if (lo <= hi) this.ledger.mark(sym.symbol, sym.close, lo, hi)
    else this.ledger.mark(sym.symbol, sym.close)
  }

  /**
   * Closes every open position with a market order (taker fees and slippage apply) and cancels every working order —
   * what backtesting.py's `finalize_trades=True` and most engines do at the end of a run.
   *
   * @param reason - Reason recorded on the closing orders.
   * @param at - Price of the closing fills: the last bar's `'close'` (default) or its `'open'` (backtesting.py 0.6,
   *   which re-runs its broker on the last bar).
   */
  closeAll(reason = 'end of backtest', at: 'close' | 'open' = 'close'): void {
    for (const s of this.symbols.values()) for (const w of [...s.working]) this.finish(w, 'canceled', reason)
    for (const p of this.ledger.positions()) this.closePosition(p, reason, at)
    if (this.curveLength > 0) this.record(this.now)
  }

  private closePosition(pos: Position, reason: string, at: 'close' | 'open' = 'close'): void {
    const sym = this.state(pos.symbol)
    const order: Order = {
      id: `B${++this.orderSeq}`,
      symbol: pos.symbol,
      side: pos.side === 'long' ? 'sell' : 'buy',
      type: 'market',
      amount: pos.amount,
      timeInForce: 'IOC',
      reduceOnly: this.ledger.mode === 'netting',
      postOnly: false,
      ...(this.ledger.mode === 'hedging' ? { positionId: pos.id } : {}),
      status: 'open',
      filled: ZERO,
      remaining: pos.amount,
      cost: ZERO,
      fee: { cost: ZERO, currency: this.ledger.currency },
      timestamp: this.now,
      lastUpdateTimestamp: this.now,
      reason,
    }
    const w = this.makeWorking(order, sym, 3)
    this.addWorking(w)
    this.execute(w, at === 'open' ? sym.open : sym.close, 'taker', Number.POSITIVE_INFINITY, Number.NaN)
  }

  private markLedger(): void {
    for (const p of this.numPos) this.flushMarks(p.sym)
  }

  private livePosition(p: Position): Position {
    const sym = this.state(p.symbol)
    const ledger = this.ledger
    // fields listed, not spread (an object spread costs ~1 µs here)
    return {
      id: p.id,
      symbol: p.symbol,
      side: p.side,
      amount: p.amount,
      entryPrice: p.entryPrice,
      openTimestamp: p.openTimestamp,
      get markPrice() {
        return sym.close > 0 ? new Decimal(sym.close) : p.markPrice
      },
      get unrealizedPnl() {
        if (!(sym.close > 0)) return p.unrealizedPnl
        return new Decimal(sym.close)
          .minus(p.entryPrice)
          .mul(p.amount)
          .mul(sym.instrument.contractSize)
          .mul(p.side === 'long' ? 1 : -1)
      },
      get margin() {
        if (!(sym.close > 0)) return p.margin
        return new Decimal(sym.close).mul(p.amount).mul(sym.instrument.contractSize).mul(sym.marginRate)
      },
      get realizedPnl() {
        return ledger.positions().find((x) => x.id === p.id)?.realizedPnl ?? p.realizedPnl
      },
      fees: p.fees,
    }
  }

  private chargeCarry(sym: SymbolState, time: number): void {
    if (Number.isNaN(sym.lastCarryTime)) return
    const carry = this.carry!
    for (const p of this.positions()) {
      if (p.symbol !== sym.symbol) continue
      const amount = carry(p, sym.instrument, sym.lastCarryTime, time)
      if (!amount.isZero()) {
        this.ledger.adjustBalance(amount, `carry ${sym.symbol}`)
        this.emit('carry', sym.symbol, amount, time)
      }
    }
    sym.lastCarryTime = time
    this.cashNum = this.ledger.balance.toNumber()
  }

  private checkMargin(event: BarEvent): void {
    if (this.accountType !== 'margin') return
    const level = () => {
      let margin = 0
      for (const p of this.numPos) margin += p.amount * p.sym.contractSize * p.sym.close * p.sym.rate * p.sym.marginRate
      return margin > 0 ? this.equityNumber() / margin : Number.POSITIVE_INFINITY
    }
    let lv = level()
    if (lv < this.opts.marginCallLevel) {
      if (!this.inMarginCall) this.emit('marginCall', lv, event.bar.time)
      this.inMarginCall = true
    } else this.inMarginCall = false
    while (lv < this.opts.stopOutLevel && this.numPos.length > 0) {
      // close the position with the largest loss at its last close
      let worst: NumPos | undefined
      let worstPnl = Number.POSITIVE_INFINITY
      for (const p of this.numPos) {
        const pnl = (p.sym.close - p.entry) * p.amount * p.sym.contractSize * p.dir
        if (pnl < worstPnl) {
          worstPnl = pnl
          worst = p
        }
      }
      const pos = this.ledger
        .positions()
        .find((x) => x.symbol === worst!.sym.symbol && (x.side === 'long') === worst!.dir > 0)!
      this.emit('stopOut', pos.id, lv, event.bar.time)
      const before = this.numPos.length
      this.closePosition(pos, 'stop-out')
      if (this.numPos.length >= before) break
      lv = level()
    }
  }
}

/** Removes `a[i]` keeping the order (as `splice(i, 1)`, without allocating the array of removed elements). */
function removeAt<T>(a: T[], i: number): void {
  for (let k = i + 1; k < a.length; k++) a[k - 1] = a[k]!
  a.length--
}

/** `x.toNumber()`, without decimal.js's string round trip for a one-word integer (amounts of 1, 2, … lots). */
function toNum(x: Decimal): number {
  return x.d !== null && x.d.length === 1 && x.e >= 0 && x.e < 7 ? x.s * x.d[0]! : x.toNumber()
}

/**
 * A copy of `o`, built as one object literal of the fields every order has, then the optional fields it has (V8
 * builds an object spread of an order ~30× slower, and adding the fields one by one grows the object several times).
 * The caller then sets the fields that change; optional fields absent in `o` stay absent.
 */
function copyOrder(o: Order): Order {
  const c: Order = {
    symbol: o.symbol,
    side: o.side,
    type: o.type,
    amount: o.amount,
    timeInForce: o.timeInForce,
    reduceOnly: o.reduceOnly,
    postOnly: o.postOnly,
    id: o.id,
    status: o.status,
    filled: o.filled,
    remaining: o.remaining,
    cost: o.cost,
    fee: o.fee,
    timestamp: o.timestamp,
    lastUpdateTimestamp: o.lastUpdateTimestamp,
  }
  if (o.clientOrderId !== undefined) c.clientOrderId = o.clientOrderId
  if (o.price !== undefined) c.price = o.price
  if (o.stopPrice !== undefined) c.stopPrice = o.stopPrice
  if (o.trailingAmount !== undefined) c.trailingAmount = o.trailingAmount
  if (o.trailingFraction !== undefined) c.trailingFraction = o.trailingFraction
  if (o.stopLoss !== undefined) c.stopLoss = o.stopLoss
  if (o.takeProfit !== undefined) c.takeProfit = o.takeProfit
  if (o.ocoGroup !== undefined) c.ocoGroup = o.ocoGroup
  if (o.expireTime !== undefined) c.expireTime = o.expireTime
  if (o.positionId !== undefined) c.positionId = o.positionId
  if (o.equityFraction !== undefined) c.equityFraction = o.equityFraction
  if (o.average !== undefined) c.average = o.average
  if (o.triggerPrice !== undefined) c.triggerPrice = o.triggerPrice
  if (o.parentId !== undefined) c.parentId = o.parentId
  if (o.reason !== undefined) c.reason = o.reason
  return c
}

function positive(v: Decimal.Value, argument: string): Decimal {
  const d = toDecimal(v, argument)
  if (!d.gt(0)) throw new InvalidArgumentError(argument, 'must be > 0')
  return d
}
