import { type BarSeries, InvalidArgumentError, type Strategy, type StrategyContext } from '@aitrade/core'
import { seriesMap } from '../optimize/sharedSeries.js'
import type { OptimizeBacktestOptions } from '../optimize/strategySource.js'
import { runBacktest } from '../runBacktest.js'
import { interceptOrders } from './interceptOrders.js'

/**
 * Builds a fresh strategy for the data it will run on (the full data or a truncated copy). A strategy that precomputes
 * anything from the data must take it from this argument, not from a variable of its own, or the check cannot see it.
 */
export type LookAheadStrategyFactory = (data: BarSeries | ReadonlyMap<string, BarSeries>) => Strategy

/** Options of {@link lookAheadCheck}. */
export interface LookAheadCheckOptions {
  /** The strategy factory, called once per run; see {@link LookAheadStrategyFactory}. */
  strategy: LookAheadStrategyFactory
  /** The bars: one series or several by symbol. */
  data: BarSeries | ReadonlyMap<string, BarSeries>
  /** Backtest options of every run (cash, commission, …); see `runBacktest`. */
  backtest?: OptimizeBacktestOptions
  /**
   * Where to truncate: a number of evenly spaced cut points (default 10), or the cut points themselves as bar indices
   * of the first series, each the last bar kept (integers in `[0, length − 2]`).
   */
  cuts?: number | readonly number[]
  /**
   * While a truncated run executes, overwrite the bars after the cut in the input's own memory with their mirror image
   * around the last close kept (`x → close² / x`; highs and lows swap), and restore them afterwards; default `true`.
   * Then a strategy that kept a reference to the full series (a closure or module variable, or an array the factory
   * derives from it) reads a different future and is caught too. Set `false` when other code may read the data while
   * the check runs (e.g. series on shared memory used by worker threads).
   */
  mirrorFuture?: boolean
}

/** One order action or signal of a strategy, as recorded by {@link lookAheadCheck} (decimals as strings). */
export type LookAheadAction =
  | { readonly action: 'submit'; readonly order: Readonly<Record<string, unknown>> }
  | { readonly action: 'signal'; readonly signal: Readonly<Record<string, unknown>> }
  | { readonly action: 'cancel'; readonly id: string }
  | { readonly action: 'modify'; readonly id: string; readonly changes: Readonly<Record<string, unknown>> }

/** A bar on which the strategy acted differently on the full and on the truncated data. */
export interface LookAheadDifference {
  /** The cut point (last bar kept, index into the first series). */
  readonly cut: number
  /** Symbol of the bar. */
  readonly symbol: string
  /** Index of the bar in its series. */
  readonly barIndex: number
  /** Open time of the bar, epoch ms UTC. */
  readonly time: number
  /** What the strategy did on this bar with the full data. */
  readonly full: readonly LookAheadAction[]
  /** What it did with the data truncated at `cut`. */
  readonly truncated: readonly LookAheadAction[]
}

/** What {@link lookAheadCheck} returns. */
export interface LookAheadResult {
  /** `true` when no bar differs at any cut. */
  readonly ok: boolean
  /** The cut points used, ascending. */
  readonly cuts: readonly number[]
  /** Every differing bar, by cut then time. */
  readonly differences: readonly LookAheadDifference[]
}

interface BarRecord {
  readonly symbol: string
  readonly barIndex: number
  readonly time: number
  readonly actions: LookAheadAction[]
  key: string
}

function jsonSafe(x: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(x ?? {})) as Record<string, unknown>
}

/** Runs a fresh strategy on `data` and records its order actions per bar, from `onStart` to `onStop`. */
async function record(
  factory: LookAheadStrategyFactory,
  data: BarSeries | ReadonlyMap<string, BarSeries>,
  backtest: OptimizeBacktestOptions,
): Promise<Map<string, BarRecord>> {
  const bars = new Map<string, BarRecord>()
  let on = true
  const add = (ctx: StrategyContext, action: LookAheadAction): void => {
    if (!on) return
    const key = `${ctx.symbol}\u0000${ctx.barIndex}`
    let r = bars.get(key)
    if (!r) {
      r = { symbol: ctx.symbol, barIndex: ctx.barIndex, time: ctx.time, actions: [], key: '' }
      bars.set(key, r)
    }
    r.actions.push(action)
    r.key = JSON.stringify(r.actions)
  }
  const strategy = factory(data)
  if (typeof strategy !== 'object' || strategy === null)
    throw new InvalidArgumentError('strategy', `the factory returned ${String(strategy)}, not a Strategy object`)
  const recorded = interceptOrders(strategy, {
    submit(order, ctx) {
      add(ctx, { action: 'submit', order: jsonSafe(order) })
      return ctx.submit(order)
    },
    cancel(id, ctx) {
      add(ctx, { action: 'cancel', id })
      ctx.cancel(id)
    },
    modify(id, changes, ctx) {
      add(ctx, { action: 'modify', id, changes: jsonSafe(changes) })
      ctx.modify(id, changes)
    },
    emitSignal(signal, ctx) {
      add(ctx, { action: 'signal', signal: jsonSafe(signal) })
      return ctx.emitSignal(signal)
    },
    stopping() {
      on = false
    },
  })
  await runBacktest({ ...backtest, strategy: recorded, data })
  return bars
}

/** Every series cut after the last bar at or before `time`. */
function truncate(data: BarSeries | ReadonlyMap<string, BarSeries>, time: number): typeof data {
  const cutOne = (s: BarSeries): BarSeries => {
    let end = s.length
    while (end > 0 && (s.time[end - 1] as number) > time) end--
    return s.slice(0, end)
  }
  if (!(data instanceof Map)) return cutOne(data as BarSeries)
  const out = new Map<string, BarSeries>()
  for (const [sym, s] of data as ReadonlyMap<string, BarSeries>) out.set(sym, cutOne(s))
  return out
}

const PRICE_FIELDS = ['open', 'high', 'low', 'close'] as const

/**
 * Overwrites, in place, every bar after `time` with its mirror image around the last close at or before `time`, and
 * returns the function that restores the original values.
 */
function mirrorAfter(map: ReadonlyMap<string, BarSeries>, time: number): () => void {
  const saved: { s: BarSeries; from: number; cols: Record<(typeof PRICE_FIELDS)[number], Float64Array> }[] = []
  // series that share memory (views of one buffer) are mirrored once: a second pass would undo the first
  const buffers = new Set<ArrayBufferLike>()
  for (const s of map.values()) {
    let from = s.length
    while (from > 0 && (s.time[from - 1] as number) > time) from--
    if (from === s.length || buffers.has(s.close.buffer)) continue
    for (const f of PRICE_FIELDS) buffers.add(s[f].buffer)
    const pivot = s.close[Math.max(from - 1, 0)] as number
    const sq = pivot * pivot
    const cols = {
      open: s.open.slice(from),
      high: s.high.slice(from),
      low: s.low.slice(from),
      close: s.close.slice(from),
    }
    saved.push({ s, from, cols })
    for (let i = 0; i < cols.close.length; i++) {
      s.open[from + i] = sq / (cols.open[i] as number)
      s.high[from + i] = sq / (cols.low[i] as number)
      s.low[from + i] = sq / (cols.high[i] as number)
      s.close[from + i] = sq / (cols.close[i] as number)
    }
  }
  return () => {
    for (let k = saved.length - 1; k >= 0; k--) {
      const { s, from, cols } = saved[k] as (typeof saved)[number]
      for (const f of PRICE_FIELDS) s[f].set(cols[f], from)
    }
  }
}

/**
 * Look-ahead check: runs the strategy on the full data and again on the data truncated at several cut points, and
 * reports every bar up to a cut on which the strategy's orders differ. A strategy that only uses what had happened by
 * each bar acts identically on a bar whether or not later bars exist; one that reads the future (a precomputed
 * indicator that is not causal, an index `+ 1`, a normalisation by the whole series) does not, and the first such bar
 * shows where.
 *
 * While a truncated run executes, the bars after the cut are also mirrored in the input's own memory (see
 * {@link LookAheadCheckOptions.mirrorFuture}), so a strategy that reads the full series through a reference of its own
 * rather than the factory's argument is caught as well; what cannot be caught is a value derived from the future before
 * the check starts (an array computed once, outside the factory).
 *
 * Each run builds a fresh strategy from the factory with the data of that run, and records per bar every order the
 * strategy submits (the request as given: side, type, amount, prices, flags), cancels or modifies, and every signal it
 * emits (`ctx.emitSignal`), from `onStart` until the engine stops (what `onStop` and the end-of-run `finalize` do is
 * not compared). Only these requests are compared, not fills or account state; a causal strategy that sizes from its
 * account sees the same account up to the cut in both runs, so it passes too. Runs are sequential: `1 + cuts`
 * backtests.
 *
 * @param options - The strategy factory, the data, backtest options and the cut points; see
 *   {@link LookAheadCheckOptions}.
 * @returns `ok`, the cut points and every differing bar with both runs' actions; see {@link LookAheadResult}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `strategy` (not a factory, or it
 *   returns no strategy), `data` (empty, or fewer than 2 bars) or `cuts` / `cuts[i]` (not a positive integer count or
 *   an integer bar index in `[0, length − 2]`), and any error of `runBacktest` for the backtest options.
 *
 * @example
 * ```ts
 * import type { BarSeries } from '@aitrade/core'
 * import { lookAheadCheck } from '@aitrade/backtest'
 *
 * declare const goog: BarSeries
 * const check = await lookAheadCheck({
 *   data: goog,
 *   // peeks at the next close: caught
 *   strategy: (data) => ({
 *     onBar(bar, ctx) {
 *       const next = (data as BarSeries).close[ctx.barIndex + 1] as number
 *       if (next > bar.close && !ctx.position()) ctx.submit({ symbol: ctx.symbol, side: 'buy', type: 'market', amount: 1 })
 *     },
 *   }),
 * })
 * check.ok // false
 * check.differences[0] // { cut, symbol, barIndex, time, full: [{ action: 'submit', order: {…} }], truncated: [] }
 * ```
 * @see Bailey, Borwein, López de Prado and Zhu, "Pseudo-Mathematics and Financial Charlatanism: The Effects of
 *   Backtest Overfitting on Out-of-Sample Performance", Notices of the AMS 61(5), 2014 (look-ahead bias among the
 *   backtest errors); freqtrade's `lookahead-analysis` command (https://www.freqtrade.io/en/stable/lookahead-analysis/),
 *   which compares signals of full and truncated runs the same way.
 */
export async function lookAheadCheck(options: LookAheadCheckOptions): Promise<LookAheadResult> {
  const { strategy: factory, data } = options
  if (typeof factory !== 'function')
    throw new InvalidArgumentError(
      'strategy',
      'must be a factory (data) => Strategy, so each run gets a fresh strategy',
    )
  const map = seriesMap(data)
  const first = map.values().next().value as BarSeries
  const n = first.length
  if (n < 2) throw new InvalidArgumentError('data', `needs at least 2 bars to truncate, has ${n}`)
  if (options.mirrorFuture !== undefined && typeof options.mirrorFuture !== 'boolean')
    throw new InvalidArgumentError('mirrorFuture', `must be a boolean, got ${String(options.mirrorFuture)}`)
  const cutsOpt = options.cuts ?? 10
  let cuts: number[]
  if (typeof cutsOpt === 'number') {
    if (!Number.isSafeInteger(cutsOpt) || cutsOpt < 1)
      throw new InvalidArgumentError(
        'cuts',
        `must be a positive integer count or a list of bar indices, got ${cutsOpt}`,
      )
    const m = Math.min(cutsOpt, n - 1)
    cuts = []
    for (let k = 1; k <= m; k++) cuts.push(Math.round((k * (n - 1)) / (m + 1)))
  } else if (Array.isArray(cutsOpt) && cutsOpt.length > 0) {
    cutsOpt.forEach((c, i) => {
      if (!Number.isInteger(c) || c < 0 || c > n - 2)
        throw new InvalidArgumentError(`cuts[${i}]`, `must be an integer bar index in [0, ${n - 2}], got ${String(c)}`)
    })
    cuts = [...cutsOpt]
  } else throw new InvalidArgumentError('cuts', 'must be a positive integer count or a non-empty list of bar indices')
  cuts = [...new Set(cuts)].sort((a, b) => a - b)
  const backtest = options.backtest ?? {}

  const full = await record(factory, data, backtest)
  const differences: LookAheadDifference[] = []
  for (const cut of cuts) {
    const cutTime = first.time[cut] as number
    const restore = options.mirrorFuture === false ? undefined : mirrorAfter(map, cutTime)
    let truncated: Map<string, BarRecord>
    try {
      truncated = await record(factory, truncate(data, cutTime), backtest)
    } finally {
      restore?.()
    }
    const found: LookAheadDifference[] = []
    const compare = (a: BarRecord | undefined, b: BarRecord | undefined): void => {
      const r = (a ?? b) as BarRecord
      if (r.time > cutTime || (a?.key ?? '') === (b?.key ?? '')) return
      found.push({
        cut,
        symbol: r.symbol,
        barIndex: r.barIndex,
        time: r.time,
        full: a?.actions ?? [],
        truncated: b?.actions ?? [],
      })
    }
    for (const [key, a] of full) compare(a, truncated.get(key))
    for (const [key, b] of truncated) if (!full.has(key)) compare(undefined, b)
    found.sort((x, y) => x.time - y.time || (x.symbol < y.symbol ? -1 : x.symbol > y.symbol ? 1 : 0))
    differences.push(...found)
  }
  return { ok: differences.length === 0, cuts, differences }
}
