import { type TradeStats, tradeStats } from '@aitrade/analytics'
import {
  type Account,
  type BarSeries,
  BarSeriesFeed,
  Engine,
  type EngineRunSummary,
  type Fill,
  InvalidArgumentError,
  type Order,
  OrderRequestSchema,
  type PreTradeCheck,
  parseWith,
  type RiskReason,
  type Signal,
  type Strategy,
  type SubmitResult,
  type Trade,
} from '@aitrade/core'
import type { ChallengeEvaluator, ChallengeViolation } from '@aitrade/risk'
import { interceptOrders } from './robustness/interceptOrders.js'
import { SimulatedBroker, type SimulatedBrokerOptions } from './simulatedBroker.js'

/** Options of {@link runBacktest}: the data, the strategy, and every {@link SimulatedBrokerOptions} option. */
export interface RunBacktestOptions extends SimulatedBrokerOptions {
  /** The strategy, written against core's `Strategy` interface (the same object runs on paper and live). */
  strategy: Strategy
  /** One series (its `symbol`, default `'DEFAULT'`) or several by symbol, replayed on one aligned clock. */
  data: BarSeries | ReadonlyMap<string, BarSeries>
  /** Pre-trade checks applied to every order (e.g. from `@aitrade/risk`). */
  checks?: readonly PreTradeCheck[]
  /**
   * A prop-firm challenge evaluator (`@aitrade/risk`) updated with the balance and equity at every bar close; the run
   * stops at the first failure, and the result reports which rule failed and when.
   */
  challenge?: ChallengeEvaluator
  /** Close open positions at the end of the run (backtesting.py's `finalize_trades`); default `false` (left open). */
  finalize?: boolean
  /** Price at which `finalize` closes: the last bar's `'close'` (default) or its `'open'` (backtesting.py 0.6). */
  finalizeAt?: 'close' | 'open'
  /**
   * Index of the first bar the strategy can trade on (its indicators' warm-up), passed to `tradeStats`: buy & hold is
   * measured from this bar's close, as backtesting.py 0.6 does. Default 0.
   */
  firstTradingBar?: number
  /**
   * Index of the first bar on which the strategy may submit orders (of the first series; with several series, every
   * bar at or after that bar's time). The strategy sees every bar from the start — its indicators warm up — but an
   * order submitted before this bar is refused: `submit` returns `status: 'rejected'` with the reason code
   * `BEFORE_TRADING_START`, and nothing reaches the broker. The equity curve, the exposure and the statistics then start
   * at this bar (buy & hold from its close, or from `firstTradingBar` when that is later). A walk-forward
   * out-of-sample run uses it. Default 0 (trade from the first bar).
   */
  tradingStart?: number
  /**
   * Trade PnL and return fed to the statistics: `'net'` of fees (default; what the ledger books) or `'gross'`, before
   * fees — how the backtesting.py 0.6 documentation's statistics were computed (fees still reduce the equity).
   */
  statsPnl?: 'net' | 'gross'
  /** Record an event log (orders, fills, rejections, signals) that {@link replayFills} can rebuild the books from. */
  eventLog?: boolean
  /** Annual risk-free rate for the Sharpe/Sortino statistics (fraction); default 0. */
  riskFreeRate?: number
  /** Periods per year for annualized statistics; default inferred as backtesting.py does (252 or 365 for daily data). */
  annualization?: number
  /** Called every `progressEvery` bars and at the end with the bars processed and the total. */
  onProgress?: (done: number, total: number) => void
  /** Bars between progress calls; default 10 000. */
  progressEvery?: number
}

/** One entry of a backtest's event log (JSON-safe: decimals as strings). */
export type BacktestEvent =
  | { readonly type: 'order'; readonly time: number; readonly order: Record<string, unknown> }
  | { readonly type: 'fill'; readonly time: number; readonly bar: number; readonly fill: Record<string, unknown> }
  | {
      readonly type: 'rejected'
      readonly time: number
      readonly clientOrderId: string
      readonly reasons: readonly RiskReason[]
    }
  | { readonly type: 'signal'; readonly time: number; readonly signal: Record<string, unknown> }

/** The outcome of a prop-firm challenge during a backtest. */
export interface BacktestChallengeResult {
  /** Final status. */
  readonly status: 'active' | 'passed' | 'failed'
  /** Every rule breach, in time order. */
  readonly violations: readonly ChallengeViolation[]
  /** When the run stopped because of a failure (epoch ms), if it did. */
  readonly stoppedAt?: number
}

/** What {@link runBacktest} returns. Ledger values are Decimal; curves and statistics are numbers. */
export interface BacktestResult {
  /** Closed round trips, in closing order. */
  readonly trades: readonly Trade[]
  /** Every order with its final state. */
  readonly orders: readonly Order[]
  /** Every fill. */
  readonly fills: readonly Fill[]
  /** Equity at each bar close (one point per distinct bar time), account currency. */
  readonly equity: { readonly time: Float64Array; readonly equity: Float64Array }
  /** Gross exposure as a fraction of equity at each point of `equity`. */
  readonly exposure: Float64Array
  /** backtesting.py-style statistics from `@aitrade/analytics` `tradeStats`. */
  readonly stats: TradeStats
  /** Final account snapshot. */
  readonly account: Account
  /** Open positions at the end (empty with `finalize`). */
  readonly openPositions: ReturnType<SimulatedBroker['positions']>
  /** Signals the strategy emitted. */
  readonly signals: readonly Signal[]
  /** Event log, when `eventLog` was set. */
  readonly events?: readonly BacktestEvent[]
  /** Challenge outcome, when a `challenge` was given. */
  readonly challenge?: BacktestChallengeResult
  /** Events processed and the stop reason. */
  readonly summary: EngineRunSummary
  /** The broker, for inspection (ledger, orders); `equity` and `exposure` may share its arrays, so trading on it afterwards changes them. */
  readonly broker: SimulatedBroker
}

/**
 * Runs a strategy over historical bars: core's `Engine` driven by a `BarSeriesFeed`, a simulated clock and a
 * {@link SimulatedBroker}, with optional pre-trade checks and a prop-firm challenge. Deterministic: the same inputs
 * give the same result.
 *
 * @param options - Strategy, data, broker options, checks, challenge.
 * @returns Trades, orders, fills, equity curve, exposure, statistics and the challenge outcome.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the data is empty or an option is invalid.
 *
 * @example
 * ```ts
 * import { BarSeries, type Strategy } from '@aitrade/core'
 * import { runBacktest, fractionCommission } from '@aitrade/backtest'
 *
 * declare const data: BarSeries
 * const strategy: Strategy = {
 *   onBar(bar, ctx) {
 *     if (!ctx.position()) ctx.submit({ symbol: ctx.symbol, side: 'buy', type: 'market', amount: 1, equityFraction: '0.99' })
 *   },
 * }
 * const result = await runBacktest({ strategy, data, cash: 10_000, commission: fractionCommission('0.002') })
 * result.stats.return
 * ```
 */
export async function runBacktest(options: RunBacktestOptions): Promise<BacktestResult> {
  const {
    strategy,
    data,
    checks,
    challenge,
    finalize,
    finalizeAt,
    firstTradingBar,
    tradingStart,
    statsPnl,
    eventLog,
    riskFreeRate,
    annualization,
    onProgress,
    ...brokerOptions
  } = options
  if (!data) throw new InvalidArgumentError('data', 'is required')
  const seriesMap: ReadonlyMap<string, BarSeries> =
    data instanceof Map
      ? (data as ReadonlyMap<string, BarSeries>)
      : new Map([[(data as BarSeries).symbol ?? 'DEFAULT', data as BarSeries]])
  let total = 0
  for (const [sym, s] of seriesMap) {
    if (!s || typeof s.length !== 'number') throw new InvalidArgumentError(`data.${sym}`, 'must be a BarSeries')
    total += s.length
  }
  if (total === 0) throw new InvalidArgumentError('data', 'has no bars')
  const progressEvery = options.progressEvery ?? 10_000
  if (!(progressEvery >= 1)) throw new InvalidArgumentError('progressEvery', 'must be >= 1')
  if (finalizeAt !== undefined && finalizeAt !== 'close' && finalizeAt !== 'open')
    throw new InvalidArgumentError('finalizeAt', "must be 'close' or 'open'")
  if (statsPnl !== undefined && statsPnl !== 'net' && statsPnl !== 'gross')
    throw new InvalidArgumentError('statsPnl', "must be 'net' or 'gross'")
  if (firstTradingBar !== undefined && !(Number.isInteger(firstTradingBar) && firstTradingBar >= 0))
    throw new InvalidArgumentError('firstTradingBar', 'must be an integer >= 0')
  const first = seriesMap.values().next().value as BarSeries
  if (
    tradingStart !== undefined &&
    !(Number.isInteger(tradingStart) && tradingStart >= 0 && tradingStart < first.length)
  )
    throw new InvalidArgumentError(
      'tradingStart',
      `must be an integer bar index in [0, ${first.length - 1}], got ${String(tradingStart)}`,
    )
  const startTime = tradingStart ? (first.time[tradingStart] as number) : Number.NEGATIVE_INFINITY

  const broker = new SimulatedBroker(brokerOptions)
  let longest = 0
  for (const sr of seriesMap.values()) if (sr.length > longest) longest = sr.length
  // one point per distinct bar time: at least the longest series, at most every bar
  broker.reserveCurve(seriesMap.size === 1 ? longest : Math.min(total, longest * 2))
  const engine = new Engine({
    strategy: tradingStart ? gateOrders(strategy, startTime, tradingStart) : strategy,
    feed: new BarSeriesFeed(seriesMap),
    broker,
    ...(checks ? { checks } : {}),
  })
  const signals: Signal[] = []
  engine.on('signal', (s) => signals.push(s))
  const events: BacktestEvent[] | undefined = eventLog ? [] : undefined
  if (events) {
    engine.on('order', (o) => events.push({ type: 'order', time: engine.context.time, order: jsonSafe(o) }))
    engine.on('fill', (f) =>
      events.push({ type: 'fill', time: f.timestamp, bar: engine.context.barIndex, fill: jsonSafe(f) }),
    )
    engine.on('rejected', (o, reasons) =>
      events.push({ type: 'rejected', time: engine.context.time, clientOrderId: o.clientOrderId ?? '', reasons }),
    )
    engine.on('signal', (s) => events.push({ type: 'signal', time: s.timestamp, signal: jsonSafe(s) }))
  }
  let traded = false
  let stoppedAt: number | undefined
  if (challenge) {
    engine.on('fill', () => {
      traded = true
    })
    engine.on('bar', (ev) => {
      const eq = broker.equityNumber()
      const lots = broker.positions().reduce((a, p) => a + p.amount.toNumber(), 0)
      const status = challenge.update({
        time: ev.bar.time,
        balance: broker.ledger.balance,
        equity: eq,
        traded,
        openLots: lots,
      })
      traded = false
      if (status === 'failed' && stoppedAt === undefined) {
        stoppedAt = ev.bar.time
        const v = challenge.violations[challenge.violations.length - 1]
        engine.context.stop(`challenge failed: ${v ? v.rule : 'rule'}`)
      }
    })
  }
  if (onProgress) {
    let done = 0
    engine.on('bar', () => {
      if (++done % progressEvery === 0) onProgress(done, total)
    })
  }
  const summary = await engine.run()
  if (finalize) broker.closeAll('end of backtest', finalizeAt ?? 'close')
  onProgress?.(summary.events, total)

  const full = broker.equityCurve()
  // with tradingStart, the curve starts at the first point at or after that bar's time
  let from = 0
  while (from < full.time.length - 1 && (full.time[from] as number) < startTime) from++
  const curve =
    from === 0
      ? full
      : { time: full.time.subarray(from), equity: full.equity.subarray(from), exposure: full.exposure.subarray(from) }
  // the broker's arrays were reserved for this run: keep them when they are exactly full, copy otherwise
  const exact = from === 0 && curve.time.length === curve.time.buffer.byteLength / 8
  const equity = exact
    ? { time: curve.time, equity: curve.equity }
    : { time: curve.time.slice(), equity: curve.equity.slice() }
  const priceStart = tradingStart ?? 0
  const statsFirstBar = firstTradingBar === undefined ? 0 : Math.max(0, firstTradingBar - priceStart)
  const stats = tradeStats(statsTrades(broker.ledger.trades, broker, statsPnl, from), equity, {
    prices: first.close.subarray(priceStart, Math.min(first.length, priceStart + equity.time.length)),
    ...(statsFirstBar > 0 ? { firstTradingBar: statsFirstBar } : {}),
    ...(riskFreeRate !== undefined ? { riskFreeRate } : {}),
    ...(annualization !== undefined ? { annualization } : {}),
  })
  const result: BacktestResult = {
    trades: broker.ledger.trades,
    orders: broker.orders,
    fills: broker.fills,
    equity,
    exposure: exact ? curve.exposure : curve.exposure.slice(),
    stats,
    account: broker.account(),
    openPositions: broker.positions(),
    signals,
    summary,
    broker,
    ...(events ? { events } : {}),
    ...(challenge
      ? {
          challenge: {
            status: challenge.status,
            violations: challenge.violations,
            ...(stoppedAt !== undefined ? { stoppedAt } : {}),
          },
        }
      : {}),
  }
  return result
}

/**
 * The trades as `tradeStats` should see them: with `'gross'`, PnL and return before fees (the fees still reduce the
 * equity); with `barOffset`, entry and exit bar indices shifted to a curve that starts `barOffset` points later.
 */
export function statsTrades(
  trades: readonly Trade[],
  broker: SimulatedBroker,
  statsPnl: 'net' | 'gross' | undefined,
  barOffset = 0,
): readonly Trade[] {
  if (statsPnl !== 'gross' && barOffset === 0) return trades
  return trades.map((t) => {
    let out: Trade = t
    if (statsPnl === 'gross') {
      const gross = t.pnl.plus(t.fees)
      const notional = t.amount.mul(t.entryPrice).mul(broker.instrument(t.symbol).contractSize)
      out = { ...out, pnl: gross, pnlFraction: gross.div(notional).toNumber() }
    }
    if (barOffset > 0) {
      const { entryBar, exitBar, ...rest } = out
      out = {
        ...rest,
        ...(entryBar !== undefined ? { entryBar: Math.max(0, entryBar - barOffset) } : {}),
        ...(exitBar !== undefined ? { exitBar: Math.max(0, exitBar - barOffset) } : {}),
      }
    }
    return out
  })
}

/** The strategy with a context whose `submit` refuses every order before `startTime` (epoch ms). */
function gateOrders(strategy: Strategy, startTime: number, startBar: number): Strategy {
  return interceptOrders(strategy, {
    submit(order, ctx): SubmitResult {
      if (ctx.time >= startTime) return ctx.submit(order)
      // validated as the engine would, so a malformed order fails the same way during the warm-up
      const req = parseWith(OrderRequestSchema, order, 'order')
      const reason = {
        code: 'BEFORE_TRADING_START',
        message: `orders are accepted from bar ${startBar} (time ${startTime}) on (tradingStart)`,
        limit: startTime,
        actual: ctx.time,
      }
      return {
        clientOrderId: req.clientOrderId ?? '',
        status: 'rejected',
        amount: req.amount,
        reasons: [reason],
      }
    },
  })
}

function jsonSafe(x: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(x)) as Record<string, unknown>
}
