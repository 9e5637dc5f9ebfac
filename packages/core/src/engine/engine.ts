import { EventEmitter } from 'eventemitter3'
import type { Account, Position } from '../account.js'
import { BarSeries } from '../barSeries.js'
import { Decimal } from '../decimal.js'
import { InvalidArgumentError, InvalidStateError, isAitradeError } from '../errors.js'
import type { Fill } from '../fill.js'
import type { Instrument } from '../instrument.js'
import { type Order, type OrderRequest, type OrderRequestInput, OrderRequestSchema } from '../order.js'
import { type Signal, type SignalInput, SignalSchema } from '../signal.js'
import { nextBarTime, type Timeframe, timeframeToMs } from '../timeframe.js'
import { parseWith } from '../validation.js'
import type { Broker, OrderModification } from './broker.js'
import { type Clock, SimulatedClock } from './clock.js'
import type { BarEvent, DataFeed, MarketEvent } from './dataFeed.js'
import type { PreTradeCheck, PreTradeContext, RiskReason } from './preTradeCheck.js'
import type { Strategy, StrategyContext, SubmitResult } from './strategy.js'

/** Typed events of an {@link Engine} (eventemitter3). */
export interface EngineEvents {
  /** Before the first market event. */
  start: []
  /** After the strategy handled a bar event. */
  bar: [event: BarEvent]
  /** An order changed. */
  order: [order: Order]
  /** An execution. */
  fill: [fill: Fill]
  /** A pre-trade check refused an order (nothing was sent). */
  rejected: [order: OrderRequest, reasons: readonly RiskReason[]]
  /** A pre-trade check resized an order. */
  resized: [order: OrderRequest, reasons: readonly RiskReason[]]
  /** The strategy published a signal. */
  signal: [signal: Signal]
  /** A broker or strategy promise failed (the run goes on; synchronous errors end the run). */
  error: [error: unknown]
  /** After the last event; `reason` is what `ctx.stop` was given. */
  stop: [reason: string | undefined]
}

/** Options of an {@link Engine}. */
export interface EngineOptions {
  /** The strategy to run. */
  strategy: Strategy
  /** Where market events come from. */
  feed: DataFeed
  /** Where orders go. */
  broker: Broker
  /** Pre-trade checks applied in order to every order the strategy submits. */
  checks?: readonly PreTradeCheck[]
  /**
   * The clock. Default: a {@link SimulatedClock} the engine sets from each event's time (backtests). Pass a
   * `SystemClock` for paper and live trading.
   */
  clock?: Clock
  /** Prefix of generated client order ids; default `'o'`. */
  orderIdPrefix?: string
}

/** What {@link Engine.run} returns. */
export interface EngineRunSummary {
  /** Market events processed. */
  readonly events: number
  /** The reason given to `ctx.stop`, when the strategy (or a listener) stopped the run early. */
  readonly stopReason?: string
}

interface History {
  event: BarEvent
  /** For feeds without a series: growing columns. */
  buffer?: { time: number[]; open: number[]; high: number[]; low: number[]; close: number[]; volume: number[] }
  higher?: Map<Timeframe, { series: BarSeries; visible: number }>
}

function isThenable(x: unknown): x is PromiseLike<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { then?: unknown }).then === 'function'
}

/**
 * The one loop that runs a {@link Strategy}: `DataFeed → Broker.onMarket → Strategy → Broker.afterMarket`, with
 * orders passing the {@link PreTradeCheck}s before they reach the {@link Broker}. Used unchanged by backtests
 * (historical feed + simulated broker + simulated clock), paper (live feed + simulated broker) and live trading.
 *
 * The loop is synchronous as long as the feed, broker and strategy return plain values (no `await` per bar); it
 * awaits only what returns a promise.
 *
 * @example
 * ```ts
 * import { Engine, type Broker, BarSeries, BarSeriesFeed } from '@aitrade/core'
 *
 * declare const broker: Broker // e.g. the simulated broker of @aitrade/backtest
 * const series = BarSeries.fromBars([{ time: 0, open: 1, high: 2, low: 1, close: 2, volume: 1 }], { symbol: 'ABC' })
 * const engine = new Engine({
 *   feed: new BarSeriesFeed(series),
 *   broker,
 *   strategy: { onBar: (bar, ctx) => { if (bar.close > 1 && !ctx.position()) ctx.submit({ symbol: 'ABC', side: 'buy', type: 'market', amount: 1 }) } },
 * })
 * await engine.run()
 * ```
 */
export class Engine extends EventEmitter<EngineEvents> {
  private readonly strategy: Strategy
  private readonly feed: DataFeed
  private readonly broker: Broker
  private readonly checks: readonly PreTradeCheck[]
  private readonly clock: Clock
  private readonly simClock: SimulatedClock | undefined
  private readonly prefix: string
  private readonly history = new Map<string, History>()
  /** The history of the last symbol seen (a single-symbol run skips the map look-up). */
  private lastHistory: History | undefined
  private readonly pending: PromiseLike<unknown>[] = []
  private readonly ctx: EngineContext
  private seq = 0
  private stopRequested = false
  private stopReason: string | undefined
  private running = false
  private eventCount = 0
  /** @internal current event symbol */
  currentSymbol: string
  /** @internal current bar index */
  currentIndex = -1

  /**
   * @param options - Strategy, feed, broker, checks, clock.
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when a required part is missing.
   */
  constructor(options: EngineOptions) {
    super()
    if (!options?.strategy) throw new InvalidArgumentError('strategy', 'is required')
    if (!options.feed || typeof options.feed.next !== 'function')
      throw new InvalidArgumentError('feed', 'must be a DataFeed')
    if (!options.broker || typeof options.broker.submitOrder !== 'function') {
      throw new InvalidArgumentError('broker', 'must be a Broker')
    }
    this.strategy = options.strategy
    this.feed = options.feed
    this.broker = options.broker
    this.checks = options.checks ?? []
    this.simClock =
      options.clock === undefined
        ? new SimulatedClock()
        : options.clock instanceof SimulatedClock
          ? options.clock
          : undefined
    this.clock = options.clock ?? (this.simClock as SimulatedClock)
    this.prefix = options.orderIdPrefix ?? 'o'
    this.currentSymbol = this.feed.symbols[0] ?? 'DEFAULT'
    this.ctx = new EngineContext(this)
    this.broker.setListener({
      onFill: (fill) => {
        this.emit('fill', fill)
        this.track(this.strategy.onFill?.(fill, this.ctx))
      },
      onOrderUpdate: (order) => {
        this.emit('order', order)
        this.track(this.strategy.onOrderUpdate?.(order, this.ctx))
      },
    })
  }

  /** The strategy context (for tests and tools that drive the engine). */
  get context(): StrategyContext {
    return this.ctx
  }

  /**
   * Runs the strategy over the feed until it is exhausted or `ctx.stop()` is called.
   *
   * @returns The number of events processed and the stop reason.
   * @throws Whatever the strategy, broker or feed throws synchronously (the run ends; `onStop` is not called).
   * @throws {@link InvalidStateError} `INVALID_STATE` when `run` is called while already running.
   */
  async run(): Promise<EngineRunSummary> {
    if (this.running) throw new InvalidStateError('the engine is already running')
    this.running = true
    try {
      await this.broker.connect?.()
      this.emit('start')
      await this.strategy.onStart?.(this.ctx)
      await this.flush()
      await this.loop()
      await this.strategy.onStop?.(this.ctx)
      await this.flush()
      await this.feed.close?.()
      await this.broker.disconnect?.()
      this.emit('stop', this.stopReason)
      return this.stopReason === undefined
        ? { events: this.eventCount }
        : { events: this.eventCount, stopReason: this.stopReason }
    } finally {
      this.running = false
    }
  }

  private loop(): Promise<void> | undefined {
    for (;;) {
      if (this.stopRequested) return undefined
      const ev = this.feed.next()
      if (ev === null) return undefined
      if (isThenable(ev)) {
        return Promise.resolve(ev).then((e) => {
          if (e === null) return undefined
          const p = this.step(e)
          return p ? p.then(() => this.loop()) : this.loop()
        })
      }
      const p = this.step(ev)
      if (p) return p.then(() => this.loop())
    }
  }

  private step(ev: MarketEvent): Promise<void> | undefined {
    this.eventCount++
    const broker = this.broker
    const strategy = this.strategy
    const ctx = this.ctx
    let r: void | Promise<void> | undefined
    if (ev.type === 'bar') {
      if (this.simClock) this.simClock.set(ev.bar.time)
      this.currentSymbol = ev.symbol
      this.currentIndex = ev.index
      this.record(ev)
      broker.onMarket?.(ev)
      if (strategy.onBar) r = strategy.onBar(ev.bar, ctx)
    } else {
      const t = ev.type === 'quote' ? ev.quote.timestamp : ev.tick.timestamp
      if (this.simClock) this.simClock.set(t)
      this.currentSymbol = ev.type === 'quote' ? ev.quote.symbol : ev.tick.symbol
      broker.onMarket?.(ev)
      r = ev.type === 'quote' ? strategy.onQuote?.(ev.quote, ctx) : strategy.onTick?.(ev.tick, ctx)
    }
    if (isThenable(r) || this.pending.length > 0) {
      return Promise.resolve(r).then(() => {
        broker.afterMarket?.(ev)
        if (ev.type === 'bar') this.emit('bar', ev)
        return this.flush()
      })
    }
    broker.afterMarket?.(ev)
    if (ev.type === 'bar') this.emit('bar', ev)
    return undefined
  }

  private record(ev: BarEvent): void {
    const last = this.lastHistory
    if (last !== undefined && last.event.symbol === ev.symbol && !last.buffer) {
      last.event = ev
      return
    }
    let h = this.history.get(ev.symbol)
    this.lastHistory = h
    if (!h) {
      h = { event: ev }
      if (!ev.series) h.buffer = { time: [], open: [], high: [], low: [], close: [], volume: [] }
      this.history.set(ev.symbol, h)
      this.lastHistory = h
    } else h.event = ev
    const b = h.buffer
    if (b) {
      b.time.push(ev.bar.time)
      b.open.push(ev.bar.open)
      b.high.push(ev.bar.high)
      b.low.push(ev.bar.low)
      b.close.push(ev.bar.close)
      b.volume.push(ev.bar.volume)
    }
  }

  private track(r: unknown): void {
    if (isThenable(r)) this.pending.push(r)
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0)
      const results = await Promise.allSettled(batch)
      for (const res of results) if (res.status === 'rejected') this.emit('error', res.reason)
    }
  }

  /** @internal */
  get symbols(): readonly string[] {
    return this.feed.symbols
  }

  /** @internal */
  requestStop(reason?: string): void {
    this.stopRequested = true
    this.stopReason = reason
  }

  /** @internal */
  now(): number {
    return this.clock.now()
  }

  /** @internal */
  bars(symbol: string | undefined, timeframe: Timeframe | undefined): BarSeries {
    const sym = symbol ?? this.currentSymbol
    const h = this.history.get(sym)
    if (!h) {
      if (!this.feed.symbols.includes(sym)) throw new InvalidArgumentError('symbol', `unknown symbol ${sym}`)
      return BarSeries.fromColumns({ time: [], open: [], high: [], low: [], close: [], volume: [] }, { symbol: sym })
    }
    const base = h.event.series
      ? h.event.series.slice(0, h.event.index + 1)
      : BarSeries.fromColumns(h.buffer as NonNullable<History['buffer']>, { symbol: sym })
    if (timeframe === undefined) return base
    return this.higherBars(h, base, timeframe)
  }

  private higherBars(h: History, base: BarSeries, timeframe: Timeframe): BarSeries {
    const full = h.event.series ?? base
    h.higher ??= new Map()
    let cache = h.higher.get(timeframe)
    if (!cache || (!h.event.series && cache.series.length > 0)) {
      cache = { series: full.resample(timeframe), visible: 0 }
      h.higher.set(timeframe, cache)
    }
    const n = base.length
    if (n === 0) return cache.series.slice(0, 0)
    const step = full.timeframe !== undefined ? timeframeToMs(full.timeframe) : minStep(full.time)
    const barClose = base.time[n - 1]! + step
    const ht = cache.series.time
    let v = h.event.series ? cache.visible : 0
    while (v < ht.length && nextBarTime(ht[v]!, timeframe) <= barClose) v++
    cache.visible = v
    return cache.series.slice(0, v)
  }

  /** @internal */
  submit(input: OrderRequestInput): SubmitResult {
    let order = plainMarketOrder(input)
    if (order === undefined) {
      const req = parseWith(OrderRequestSchema, input, 'order')
      order = req.clientOrderId === undefined ? { ...req, clientOrderId: `${this.prefix}${++this.seq}` } : req
    } else if (order.clientOrderId === undefined) order.clientOrderId = `${this.prefix}${++this.seq}`
    const clientOrderId = order.clientOrderId as string
    const reasons: RiskReason[] = []
    if (this.checks.length > 0) {
      const pctx = this.preTradeContext(order)
      let resized = false
      for (const check of this.checks) {
        const d = check.check(order, pctx)
        if (d.action === 'reject') {
          reasons.push(...d.reasons.map((r) => (r.check === undefined ? { ...r, check: check.name } : r)))
          this.emit('rejected', order, reasons)
          const rejected = rejectedOrder(
            order,
            clientOrderId,
            this.clock.now(),
            this.broker.account().currency,
            reasons,
          )
          this.emit('order', rejected)
          this.track(this.strategy.onOrderUpdate?.(rejected, this.ctx))
          return { clientOrderId, status: 'rejected', amount: order.amount, reasons }
        }
        if (d.action === 'resize') {
          if (!d.amount.gt(0) || d.amount.gt(order.amount)) {
            throw new InvalidArgumentError(`checks.${check.name}`, 'resize must return 0 < amount <= requested amount')
          }
          reasons.push(...d.reasons.map((r) => (r.check === undefined ? { ...r, check: check.name } : r)))
          order = { ...order, amount: d.amount }
          resized = true
        }
      }
      if (resized) this.emit('resized', order, reasons)
      for (const check of this.checks) check.onAccepted?.(order, pctx)
    }
    const sent = order as OrderRequest & { clientOrderId: string }
    try {
      this.track(this.broker.submitOrder(sent))
    } catch (e) {
      if (!isAitradeError(e) || e.code !== 'ORDER_REJECTED') throw e
      const rejected = rejectedOrder(order, clientOrderId, this.clock.now(), this.broker.account().currency, [
        { code: 'ORDER_REJECTED', message: e.message, check: this.broker.name },
      ])
      this.emit('order', rejected)
      this.track(this.strategy.onOrderUpdate?.(rejected, this.ctx))
      return {
        clientOrderId,
        status: 'rejected',
        amount: order.amount,
        reasons: [{ code: 'ORDER_REJECTED', message: e.message }],
      }
    }
    return { clientOrderId, status: 'submitted', amount: order.amount, reasons }
  }

  private preTradeContext(order: OrderRequest): PreTradeContext {
    const prices = new Map<string, Decimal>()
    for (const [sym, h] of this.history) prices.set(sym, new Decimal(h.event.bar.close))
    const ref = order.price ?? order.stopPrice ?? prices.get(order.symbol)
    if (ref === undefined) throw new InvalidArgumentError('order.symbol', `no price known yet for ${order.symbol}`)
    const instrument = this.broker.instrument?.(order.symbol)
    const instruments = new Map()
    if (this.broker.instrument) {
      for (const sym of this.feed.symbols) {
        const i = this.broker.instrument(sym)
        if (i) instruments.set(sym, i)
      }
    }
    return {
      time: this.clock.now(),
      account: this.broker.account(),
      positions: this.broker.positions(),
      openOrders: this.broker.openOrders(),
      price: ref,
      prices,
      instruments,
      ...(instrument ? { instrument } : {}),
    }
  }

  /** @internal */
  cancel(id: string): void {
    this.track(this.broker.cancelOrder(id))
  }

  /** @internal */
  modify(id: string, changes: OrderModification): void {
    this.track(this.broker.modifyOrder(id, changes))
  }

  /** @internal */
  position(symbol: string): Position | undefined {
    const ps = this.broker.positions()
    for (let i = 0; i < ps.length; i++) if (ps[i]!.symbol === symbol) return ps[i]
    return undefined
  }

  /** @internal */
  positions(): readonly Position[] {
    return this.broker.positions()
  }

  /** @internal */
  openOrders(symbol?: string): readonly Order[] {
    const os = this.broker.openOrders()
    return symbol === undefined ? os : os.filter((o) => o.symbol === symbol)
  }

  /** @internal */
  account(): Account {
    return this.broker.account()
  }

  /** @internal */
  instrument(symbol: string): Instrument | undefined {
    return this.broker.instrument?.(symbol)
  }

  /** @internal */
  emitSignal(input: SignalInput): Signal {
    const s = parseWith(SignalSchema, input, 'signal')
    this.emit('signal', s)
    return s
  }
}

function rejectedOrder(
  order: OrderRequest,
  id: string,
  time: number,
  currency: string,
  reasons: readonly RiskReason[],
): Order {
  return {
    ...order,
    id,
    clientOrderId: id,
    status: 'rejected',
    filled: new Decimal(0),
    remaining: order.amount,
    cost: new Decimal(0),
    fee: { cost: new Decimal(0), currency },
    timestamp: time,
    lastUpdateTimestamp: time,
    reason: reasons.map((r) => r.message).join('; '),
  }
}

const SMALL_AMOUNTS: readonly Decimal[] = Array.from({ length: 17 }, (_, i) => new Decimal(i))

const PLAIN_MARKET_KEYS = new Set([
  'symbol',
  'side',
  'type',
  'amount',
  'reduceOnly',
  'clientOrderId',
  'positionId',
  'equityFraction',
])

/**
 * The order a strategy submits most often — a market order with a plain amount — built without the schema; the
 * result equals what `OrderRequestSchema` returns. `undefined` for anything else (the schema then validates it and
 * reports any error).
 */
function plainMarketOrder(input: OrderRequestInput): OrderRequest | undefined {
  if (typeof input !== 'object' || input === null || input.type !== 'market') return undefined
  for (const k in input) {
    if (!PLAIN_MARKET_KEYS.has(k)) return undefined
  }
  const { symbol, side, amount, reduceOnly, clientOrderId, positionId, equityFraction } = input
  if (typeof symbol !== 'string' || symbol.length === 0 || (side !== 'buy' && side !== 'sell')) return undefined
  let a: Decimal
  if (typeof amount === 'number') {
    if (!(amount > 0) || amount === Number.POSITIVE_INFINITY) return undefined
    // Decimals are immutable: small whole amounts (the usual 1, 2, … lots) share one instance each
    a =
      amount < SMALL_AMOUNTS.length && Number.isInteger(amount)
        ? (SMALL_AMOUNTS[amount] as Decimal)
        : new Decimal(amount)
  } else if (Decimal.isDecimal(amount)) {
    if (!(amount as Decimal).isFinite() || !(amount as Decimal).gt(0)) return undefined
    a = new Decimal(amount)
  } else return undefined
  if (reduceOnly !== undefined && typeof reduceOnly !== 'boolean') return undefined
  if (
    clientOrderId !== undefined &&
    (typeof clientOrderId !== 'string' || !(clientOrderId.length >= 1 && clientOrderId.length <= 64))
  )
    return undefined
  if (positionId !== undefined && (typeof positionId !== 'string' || positionId.length === 0)) return undefined
  if (
    equityFraction !== undefined &&
    (typeof equityFraction !== 'number' || !(equityFraction > 0 && equityFraction <= 1))
  )
    return undefined
  // optional fields assigned in the schema's key order, not spread (an object spread costs ~1 µs per order here)
  const order: OrderRequest = {
    symbol,
    side,
    type: 'market',
    amount: a,
    timeInForce: 'GTC',
    reduceOnly: reduceOnly ?? false,
    postOnly: false,
  }
  if (clientOrderId !== undefined) order.clientOrderId = clientOrderId
  if (positionId !== undefined) order.positionId = positionId
  if (equityFraction !== undefined) order.equityFraction = new Decimal(equityFraction)
  return order
}

function minStep(t: ArrayLike<number>): number {
  let m = Number.POSITIVE_INFINITY
  for (let i = 1; i < t.length; i++) {
    const d = t[i]! - t[i - 1]!
    if (d < m) m = d
  }
  return Number.isFinite(m) ? m : 0
}

class EngineContext implements StrategyContext {
  constructor(private readonly engine: Engine) {}
  get time(): number {
    return this.engine.now()
  }
  get symbol(): string {
    return this.engine.currentSymbol
  }
  get symbols(): readonly string[] {
    return this.engine.symbols
  }
  get barIndex(): number {
    return this.engine.currentIndex
  }
  bars(symbol?: string, timeframe?: Timeframe): BarSeries {
    return this.engine.bars(symbol, timeframe)
  }
  submit(order: OrderRequestInput): SubmitResult {
    return this.engine.submit(order)
  }
  cancel(id: string): void {
    this.engine.cancel(id)
  }
  modify(id: string, changes: OrderModification): void {
    this.engine.modify(id, changes)
  }
  position(symbol?: string): Position | undefined {
    return this.engine.position(symbol ?? this.engine.currentSymbol)
  }
  positions(): readonly Position[] {
    return this.engine.positions()
  }
  openOrders(symbol?: string): readonly Order[] {
    return this.engine.openOrders(symbol)
  }
  account(): Account {
    return this.engine.account()
  }
  instrument(symbol?: string): Instrument | undefined {
    return this.engine.instrument(symbol ?? this.engine.currentSymbol)
  }
  emitSignal(signal: SignalInput): Signal {
    return this.engine.emitSignal(signal)
  }
  stop(reason?: string): void {
    this.engine.requestStop(reason)
  }
}
