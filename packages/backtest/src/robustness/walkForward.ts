import { type TradeStats, tradeStats } from '@aitrade/analytics'
import { type BarSeries, Decimal, InsufficientDataError, InvalidArgumentError, type Trade } from '@aitrade/core'
import { type OptimizeOptions, type OptimizeRun, optimize } from '../optimize/optimize.js'
import type { ParamSet } from '../optimize/parameterSpace.js'
import { seriesMap } from '../optimize/sharedSeries.js'
import { loadStrategySource } from '../optimize/strategySource.js'
import { type BacktestResult, runBacktest, statsTrades } from '../runBacktest.js'

/** Progress of a walk-forward analysis, reported after each finished run. */
export interface WalkForwardProgress {
  /** Index of the window being worked on (0-based). */
  readonly window: number
  /** Number of windows. */
  readonly windows: number
  /** Runs finished over all windows: the in-sample optimization runs and one out-of-sample run per window. */
  readonly done: number
  /** Runs in total: `windows × (parameter sets + 1)`. */
  readonly total: number
}

/** Options of {@link walkForward}: every {@link OptimizeOptions} option but the checkpoint, plus the windows. */
export interface WalkForwardOptions extends Omit<OptimizeOptions, 'onProgress' | 'checkpoint'> {
  /** Bars per in-sample (optimization) window, a positive integer. With `anchored`, the first window's length. */
  inSample: number
  /** Bars per out-of-sample (test) window, a positive integer. */
  outOfSample: number
  /** `false` (default): rolling windows of `inSample` bars; `true`: every in-sample window starts at bar 0. */
  anchored?: boolean
  /**
   * Bars between the starts of consecutive windows, an integer `>= outOfSample` (out-of-sample windows must not
   * overlap); default `outOfSample`, so the out-of-sample windows tile the data after the first in-sample window.
   */
  step?: number
  /** Called after each finished run (in-sample or out-of-sample); see {@link WalkForwardProgress}. */
  onProgress?: (progress: WalkForwardProgress) => void
}

/** A span of bars of a walk-forward window. */
export interface WalkForwardSpan {
  /** First bar, index into the input series. */
  readonly start: number
  /** End bar, exclusive. */
  readonly end: number
  /** Open time of bar `start`, epoch ms UTC. */
  readonly startTime: number
  /** Open time of the last bar (`end - 1`), epoch ms UTC. */
  readonly endTime: number
}

/** One window of a walk-forward analysis. */
export interface WalkForwardWindow {
  /** Window number, from 0. */
  readonly index: number
  /** The optimization span. */
  readonly inSample: WalkForwardSpan
  /** The test span, right after the in-sample span. */
  readonly outOfSample: WalkForwardSpan
  /** The in-sample winner (its statistics are in-sample); `undefined` when no parameter set passed the constraint. */
  readonly best: OptimizeRun | undefined
  /** The winner's parameters, run out of sample. */
  readonly params: ParamSet | undefined
  /** Statistics of the out-of-sample run (`tradeStats`); `undefined` when there was no winner. */
  readonly outOfSampleStats: TradeStats | undefined
}

/** What {@link walkForward} returns. */
export interface WalkForwardResult {
  /** The windows, in time order. */
  readonly windows: readonly WalkForwardWindow[]
  /**
   * The out-of-sample equity curves stitched together, compounding: each segment is scaled to start from the previous
   * segment's final equity (the first from `backtest.cash`). Times epoch ms UTC, equity in account currency. A window
   * without a winner holds the equity flat.
   */
  readonly equity: { readonly time: Float64Array; readonly equity: Float64Array }
  /** The out-of-sample trades of every window, in time order, as booked by each window's run (from `backtest.cash`). */
  readonly trades: readonly Trade[]
  /** `tradeStats` of the stitched equity and the out-of-sample trades (buy & hold over the out-of-sample bars). */
  readonly stats: TradeStats
  /**
   * Walk-forward efficiency (Pardo): the annualized out-of-sample return (`stats.annualReturn`) over the mean
   * annualized in-sample return of the windows' winners (`best.stats.annualReturn`). `NaN` when there is no winner or
   * the in-sample mean is not `> 0` (the ratio has no meaning for a losing optimization).
   */
  readonly efficiency: number
}

/** The bars `[start, end)` of every series (views, no copy). */
function sliceData(
  data: BarSeries | ReadonlyMap<string, BarSeries>,
  start: number,
  end: number,
): BarSeries | ReadonlyMap<string, BarSeries> {
  if (!(data instanceof Map)) return (data as BarSeries).slice(start, end)
  const out = new Map<string, BarSeries>()
  for (const [sym, s] of data as ReadonlyMap<string, BarSeries>) out.set(sym, s.slice(start, end))
  return out
}

function positiveInteger(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0)
    throw new InvalidArgumentError(name, `must be a positive integer number of bars, got ${String(v)}`)
  return v
}

/**
 * Walk-forward analysis: optimizes the strategy on an in-sample window, runs the winning parameters on the
 * out-of-sample window that follows, moves both windows forward by `step` bars and repeats; the out-of-sample runs are
 * stitched into one equity curve, the only part of the result free of optimization bias.
 *
 * Window `k` (from 0) has its in-sample span `[s, e)` with `e = inSample + k × step` and `s = e − inSample` (rolling)
 * or `s = 0` (anchored), and its out-of-sample span `[e, e + outOfSample)`. Windows are made while the out-of-sample
 * span fits the data; bars after the last full window are not used. The in-sample optimization is {@link optimize}
 * on the in-sample bars (every option of it applies, workers included). The out-of-sample run replays the in-sample
 * bars first, so the strategy's indicators are warm, but accepts orders only from the first out-of-sample bar on
 * (`runBacktest`'s `tradingStart`), and closes what is still open at the window's last bar (`finalize`). Several
 * symbols (a `Map`) are supported when their series share one time index.
 *
 * @param options - The optimization options (strategy, parameter space, objective, backtest options, workers) and the
 *   windows; see {@link WalkForwardOptions}.
 * @returns The windows with their winners and out-of-sample statistics, the stitched out-of-sample equity (account
 *   currency), trades and statistics, and the walk-forward efficiency; see {@link WalkForwardResult}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `inSample`, `outOfSample`, `step`
 *   or `anchored` when not valid, `data` (or `data.<symbol>`) when the series are empty or not on one time index,
 *   and every error of {@link optimize} for the optimization options.
 * @throws {@link @aitrade/core!index.InsufficientDataError} `INSUFFICIENT_DATA` naming `data` when it has fewer than
 *   `inSample + outOfSample` bars (not even one window).
 * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` when a run fails on a worker (see {@link optimize}).
 *
 * @example
 * ```ts
 * import type { BarSeries, Strategy } from '@aitrade/core'
 * import { walkForward } from '@aitrade/backtest'
 *
 * declare const goog: BarSeries
 * declare function smaCross(params: { fast: number; slow: number }): Strategy
 * const wf = await walkForward({
 *   strategy: (p) => smaCross(p as { fast: number; slow: number }),
 *   data: goog,
 *   params: { fast: [5, 10, 20], slow: [30, 60] },
 *   objective: 'return',
 *   inSample: 500,
 *   outOfSample: 250,
 *   backtest: { cash: 10_000 },
 * })
 * wf.windows.map((w) => w.params) // the winner of each in-sample window
 * wf.stats.return // return of the stitched out-of-sample equity, fraction
 * wf.efficiency // e.g. 0.6: out of sample earned 60 % of the in-sample annual rate
 * ```
 * @see Robert Pardo, "The Evaluation and Optimization of Trading Strategies", 2nd ed., Wiley 2008, ch. 11
 *   "Walk-Forward Analysis" (rolling and anchored windows, walk-forward efficiency = annualized out-of-sample rate of
 *   return / annualized in-sample rate of return).
 */
export async function walkForward(options: WalkForwardOptions): Promise<WalkForwardResult> {
  const { inSample: inOpt, outOfSample: outOpt, anchored, step: stepOpt, onProgress, ...optimizeOptions } = options
  const inSample = positiveInteger('inSample', inOpt)
  const outOfSample = positiveInteger('outOfSample', outOpt)
  const step = stepOpt === undefined ? outOfSample : positiveInteger('step', stepOpt)
  if (step < outOfSample)
    throw new InvalidArgumentError(
      'step',
      `must be >= outOfSample (${outOfSample}) so that out-of-sample windows do not overlap, got ${step}`,
    )
  if (anchored !== undefined && typeof anchored !== 'boolean')
    throw new InvalidArgumentError('anchored', `must be a boolean, got ${String(anchored)}`)
  if (onProgress !== undefined && typeof onProgress !== 'function')
    throw new InvalidArgumentError('onProgress', 'must be a function')
  const data = options.data
  const map = seriesMap(data)
  const [firstSymbol, first] = map.entries().next().value as [string, BarSeries]
  for (const [sym, s] of map) {
    if (s === first) continue
    if (s.length !== first.length)
      throw new InvalidArgumentError(
        `data.${sym}`,
        `has ${s.length} bars, "${firstSymbol}" has ${first.length}: walk-forward windows need series on one time index`,
      )
    for (let i = 0; i < s.length; i++)
      if (s.time[i] !== first.time[i])
        throw new InvalidArgumentError(
          `data.${sym}`,
          `bar ${i} is at ${s.time[i]}, "${firstSymbol}" bar ${i} at ${first.time[i]}: walk-forward windows need series on one time index`,
        )
  }
  const n = first.length
  if (n < inSample + outOfSample) throw new InsufficientDataError('data', inSample + outOfSample, n)
  const windowCount = Math.floor((n - inSample - outOfSample) / step) + 1
  const span = (start: number, end: number): WalkForwardSpan => ({
    start,
    end,
    startTime: first.time[start] as number,
    endTime: first.time[end - 1] as number,
  })

  const backtest = optimizeOptions.backtest ?? {}
  const build = await loadStrategySource(optimizeOptions.strategy)
  let perWindow = -1
  let done = 0
  const windows: WalkForwardWindow[] = []
  const oosRuns: BacktestResult[] = []
  for (let k = 0; k < windowCount; k++) {
    const isEnd = inSample + k * step
    const isStart = anchored ? 0 : isEnd - inSample
    const oosEnd = isEnd + outOfSample
    const before = done
    const opt = await optimize({
      ...optimizeOptions,
      data: sliceData(data, isStart, isEnd),
      ...(onProgress
        ? {
            onProgress: (p) => {
              if (perWindow < 0) perWindow = p.total
              done = before + p.done
              onProgress({ window: k, windows: windowCount, done, total: windowCount * (perWindow + 1) })
            },
          }
        : {}),
    })
    if (perWindow < 0) perWindow = opt.runs.length
    done = before + opt.runs.length
    const best = opt.best
    let outOfSampleStats: TradeStats | undefined
    if (best) {
      const { strategy, options: extra } = build(best.params)
      const result = await runBacktest({
        ...backtest,
        ...extra,
        strategy,
        data: sliceData(data, isStart, oosEnd),
        tradingStart: isEnd - isStart,
        finalize: true,
      })
      outOfSampleStats = result.stats
      oosRuns.push(result)
    }
    done++
    onProgress?.({ window: k, windows: windowCount, done, total: windowCount * (perWindow + 1) })
    windows.push({
      index: k,
      inSample: span(isStart, isEnd),
      outOfSample: span(isEnd, oosEnd),
      best,
      params: best?.params,
      outOfSampleStats,
    })
  }

  // the first run's starting cash; a window without a winner keeps the level (`cash`, the broker's default, if first)
  const firstRun = oosRuns[0]
  let level = firstRun
    ? firstRun.broker.ledger.initialBalance.toNumber()
    : new Decimal(backtest.cash ?? 10_000).toNumber()
  // stitch: each out-of-sample segment compounds from the previous segment's final equity
  const segments = windows.map((w) => {
    const run = w.best ? oosRuns.shift() : undefined
    return { window: w, run, length: run ? run.equity.time.length : w.outOfSample.end - w.outOfSample.start }
  })
  let points = 0
  for (const s of segments) points += s.length
  const time = new Float64Array(points)
  const equity = new Float64Array(points)
  const prices = new Float64Array(points)
  let p = 0
  const trades: Trade[] = []
  const forStats: Trade[] = []
  for (const { window: w, run, length } of segments) {
    const start = w.outOfSample.start
    if (run) {
      const e = run.equity
      const scale = level > 0 ? level / run.broker.ledger.initialBalance.toNumber() : 0
      for (let i = 0; i < length; i++) {
        time[p + i] = e.time[i] as number
        equity[p + i] = (e.equity[i] as number) * scale
      }
      level = (e.equity[length - 1] as number) * scale
      trades.push(...run.trades)
      // bar indices of the run's data mean nothing on the stitched curve: tradeStats finds the bars from the times
      for (const t of statsTrades(run.trades, run.broker, backtest.statsPnl)) {
        const { entryBar: _entry, exitBar: _exit, ...rest } = t
        forStats.push(rest)
      }
    } else {
      time.set(first.time.subarray(start, start + length), p)
      equity.fill(level, p, p + length)
    }
    prices.set(first.close.subarray(start, start + length), p)
    p += length
  }
  const stats = tradeStats(
    forStats,
    { time, equity },
    {
      prices,
      ...(backtest.riskFreeRate !== undefined ? { riskFreeRate: backtest.riskFreeRate } : {}),
      ...(backtest.annualization !== undefined ? { annualization: backtest.annualization } : {}),
    },
  )
  let isSum = 0
  let isCount = 0
  for (const w of windows)
    if (w.best) {
      isSum += w.best.stats.annualReturn
      isCount++
    }
  const isMean = isCount > 0 ? isSum / isCount : Number.NaN
  const efficiency = isMean > 0 ? stats.annualReturn / isMean : Number.NaN
  return { windows, equity: { time, equity }, trades, stats, efficiency }
}
