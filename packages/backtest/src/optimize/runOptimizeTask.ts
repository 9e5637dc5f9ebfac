import type { TradeStats } from '@aitrade/analytics'
import type { BarSeries } from '@aitrade/core'
import { runBacktest } from '../runBacktest.js'
import type { ParamSet } from './parameterSpace.js'
import { type SharedData, unshareData } from './sharedSeries.js'
import {
  type BuiltStrategy,
  loadStrategySource,
  type OptimizeBacktestOptions,
  type StrategyModule,
} from './strategySource.js'

/** One parameter set to backtest, as sent to a worker thread by {@link optimize}. Structured-cloneable. */
export interface OptimizeTask {
  /** The strategy module (absolute `file:` URL). */
  readonly source: StrategyModule
  /** The data, in shared memory. */
  readonly data: SharedData
  /** Plain (cloneable) backtest options. */
  readonly backtest: OptimizeBacktestOptions
  /** The parameter set. */
  readonly params: ParamSet
  /** Return the equity curve too (for a custom objective). */
  readonly wantEquity: boolean
}

/** What one optimization run reports back: the statistics and, on request, the equity curve. */
export interface OptimizeTaskResult {
  readonly stats: TradeStats
  readonly equity?: { readonly time: Float64Array; readonly equity: Float64Array }
}

/** Backtests one parameter set with a built strategy. Shared by the in-process path and the workers. */
export async function runParamSet(
  build: (params: ParamSet) => BuiltStrategy,
  data: BarSeries | ReadonlyMap<string, BarSeries>,
  backtest: OptimizeBacktestOptions,
  params: ParamSet,
  wantEquity: boolean,
): Promise<OptimizeTaskResult> {
  const { strategy, options } = build(params)
  const result = await runBacktest({ ...backtest, ...options, strategy, data })
  return wantEquity ? { stats: result.stats, equity: result.equity } : { stats: result.stats }
}

const builders = new Map<string, Promise<(params: ParamSet) => BuiltStrategy>>()

/**
 * Runs one {@link OptimizeTask} inside a worker thread: rebuilds the data from shared memory (once per data set),
 * imports the strategy module (once per module) and backtests the parameter set. This is the function the
 * package's `worker/optimizeWorker.cjs` exposes to the piscina pool; call {@link optimize} instead.
 *
 * @param task - The task; see {@link OptimizeTask}.
 * @returns The run's statistics, and its equity curve when `task.wantEquity`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the module or export is missing or a
 *   backtest option is invalid; any error the strategy throws.
 *
 * @example
 * ```ts
 * import { type OptimizeTask, runOptimizeTask } from '@aitrade/backtest'
 *
 * declare const task: OptimizeTask
 * const { stats } = await runOptimizeTask(task)
 * ```
 */
export async function runOptimizeTask(task: OptimizeTask): Promise<OptimizeTaskResult> {
  const cacheKey = `${task.source.module}#${task.source.export}#${task.source.optionsExport ?? ''}#${JSON.stringify(task.source.setup ?? null)}`
  let build = builders.get(cacheKey)
  if (build === undefined) {
    build = loadStrategySource(task.source)
    builders.set(cacheKey, build)
  }
  return runParamSet(await build, unshareData(task.data), task.backtest, task.params, task.wantEquity)
}
