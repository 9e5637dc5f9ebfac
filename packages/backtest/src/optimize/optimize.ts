import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { type TradeStats, tradeStats } from '@aitrade/analytics'
import { type BarSeries, InvalidArgumentError, InvalidStateError } from '@aitrade/core'
import { appendCheckpoint, openCheckpoint } from './checkpoint.js'
import {
  gridParams,
  type ParamConstraint,
  type ParamSet,
  type ParamSpace,
  paramKey,
  randomParams,
} from './parameterSpace.js'
import { type OptimizeTask, type OptimizeTaskResult, runParamSet } from './runOptimizeTask.js'
import { seriesMap, shareData } from './sharedSeries.js'
import {
  loadStrategySource,
  normalizeStrategyModule,
  type OptimizeBacktestOptions,
  type StrategySource,
} from './strategySource.js'

/** A numeric field of `tradeStats` (e.g. `'sharpeRatio'`, `'return'`, `'sqn'`). */
export type StatName = keyof TradeStats

/** What a custom objective sees of one run. The same in-process and in a worker. */
export interface OptimizeRunOutcome {
  /** The parameter set. */
  readonly params: ParamSet
  /** The run's statistics (`tradeStats`). */
  readonly stats: TradeStats
  /** The run's equity curve (epoch ms, account currency); empty for runs read back from a checkpoint. */
  readonly equity: { readonly time: Float64Array; readonly equity: Float64Array }
}

/** A custom objective: any number computed from a run; `NaN` ranks last. */
export type ObjectiveFunction = (run: OptimizeRunOutcome) => number

/** Progress of an optimization, reported after each finished run. */
export interface OptimizeProgress {
  /** Runs finished (including those resumed from the checkpoint). */
  readonly done: number
  /** Runs in total. */
  readonly total: number
  /** The best run so far, if any. */
  readonly best?: OptimizeRun
}

/** Options of {@link optimize}. */
export interface OptimizeOptions {
  /**
   * The strategy: a factory `(params) => Strategy` (runs in this thread), or a {@link StrategyModule}
   * `{ module, export }` naming a built JavaScript module (runs on worker threads, or in this thread with
   * `workers: 0`).
   */
  strategy: StrategySource
  /** The bars: one series or a map of series by symbol. */
  data: BarSeries | ReadonlyMap<string, BarSeries>
  /** The parameter space; see {@link ParamSpace}. */
  params: ParamSpace
  /** `'grid'` (default): every set; `'random'`: `samples` sets drawn with the seeded {@link SplitMix64}. */
  method?: 'grid' | 'random'
  /** Random search: number of parameter sets; default 100. */
  samples?: number
  /** Random search: PRNG seed (non-negative safe integer); default 1. */
  seed?: number
  /**
   * What to optimize: a `tradeStats` field name (default `'sqn'`, backtesting.py's default) or an
   * {@link ObjectiveFunction}. `NaN` (e.g. a ratio of a run without trades) always ranks last.
   */
  objective?: StatName | ObjectiveFunction
  /** `'maximize'` (default) or `'minimize'`. Note `maxDrawdown` is ≤ 0: maximize it to find the smallest drawdown. */
  direction?: 'maximize' | 'minimize'
  /** Skip parameter sets for which this returns `false` (e.g. `p => p.fast < p.slow`). Evaluated in this thread. */
  constraint?: ParamConstraint
  /**
   * Backtest options of every run (cash, commission, …). With workers they must be structured-cloneable: give
   * function-valued options (commission models, …) through {@link StrategyModule.optionsExport}.
   */
  backtest?: OptimizeBacktestOptions
  /**
   * Worker threads: `0` runs in this thread. Default: `os.availableParallelism()` for a {@link StrategyModule}, `0`
   * for a factory (functions cannot cross threads). Workers need the package's built output (`npm run build`).
   */
  workers?: number
  /**
   * Path of a checkpoint file (JSON Lines). Every finished run is appended; on a rerun with the same file, parameter
   * sets already in it are not run again (their stored statistics and objective are used).
   */
  checkpoint?: string
  /** Called after each finished run (and once at the start) with the progress and the best run so far. */
  onProgress?: (progress: OptimizeProgress) => void
}

/** One evaluated parameter set. */
export interface OptimizeRun {
  /** The parameter set. */
  readonly params: ParamSet
  /** Its statistics (`tradeStats`). */
  readonly stats: TradeStats
  /** The objective value (`NaN` when undefined). */
  readonly objective: number
  /** `true` when read back from the checkpoint instead of run. */
  readonly resumed: boolean
}

/** What {@link optimize} returns. */
export interface OptimizeResult {
  /** Every evaluated run, in parameter-set order (grid order, or draw order for random search). */
  readonly runs: readonly OptimizeRun[]
  /**
   * The best run: highest (or lowest) objective, the first in parameter-set order on ties, `NaN` last. `undefined`
   * only when no parameter set passed the constraint.
   */
  readonly best: OptimizeRun | undefined
  /** The objective's name, or `'custom'` for a function. */
  readonly objective: string
  /** The direction. */
  readonly direction: 'maximize' | 'minimize'
  /** The parameter names, in the space's order. */
  readonly paramNames: readonly string[]
  /** Runs read back from the checkpoint. */
  readonly resumed: number
}

let statNamesCache: readonly string[] | undefined

/** The field names of `tradeStats`' result, read from the function itself so they never drift. */
export function statNames(): readonly string[] {
  statNamesCache ??= Object.keys(tradeStats([], { time: [0], equity: [1] }))
  return statNamesCache
}

/** `true` when `a` ranks before `b` (NaN ranks last; ties keep the earlier one). */
export function isBetter(a: number, b: number, direction: 'maximize' | 'minimize'): boolean {
  if (Number.isNaN(a)) return false
  if (Number.isNaN(b)) return true
  return direction === 'maximize' ? a > b : a < b
}

const EMPTY_EQUITY = { time: new Float64Array(0), equity: new Float64Array(0) }

/** Finds the package's `worker/optimizeWorker.cjs`, beside its package.json (from `src/` or `dist/`). */
function workerFile(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('@aitrade/backtest/package.json')), 'worker', 'optimizeWorker.cjs')
}

/**
 * Path of the first value that would not arrive intact in a worker: a function, or an object that is not a plain
 * object or array (a class instance such as a `Decimal` loses its prototype in a structured clone).
 */
/**
 * This process's Node flags without the `@aitrade/source` export condition: under it (tests, TypeDoc) the package
 * resolves to its TypeScript sources, which a worker thread cannot import.
 */
function workerExecArgv(): string[] {
  const out: string[] = []
  const argv = process.execArgv
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if ((a === '--conditions' || a === '-C') && argv[i + 1] === '@aitrade/source') i++
    else if (a !== '--conditions=@aitrade/source' && a !== '-C=@aitrade/source') out.push(a)
  }
  return out
}

function uncloneable(value: unknown, path: string): string | undefined {
  if (typeof value === 'function') return path
  if (typeof value !== 'object' || value === null) return undefined
  if (ArrayBuffer.isView(value)) return undefined
  const proto = Object.getPrototypeOf(value)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = uncloneable(value[i], `${path}[${i}]`)
      if (bad !== undefined) return bad
    }
    return undefined
  }
  if (proto !== Object.prototype && proto !== null) return path
  for (const [k, v] of Object.entries(value)) {
    const bad = uncloneable(v, `${path}.${k}`)
    if (bad !== undefined) return bad
  }
  return undefined
}

/**
 * Optimizes a strategy's parameters: backtests every parameter set of a grid (or a seeded random sample of it),
 * scores each run with an objective (a `tradeStats` field or a custom function), and returns every run and the best.
 *
 * Runs execute on a pool of worker threads (piscina) when the strategy is a {@link StrategyModule}: each worker
 * imports the module and rebuilds the strategy from the export name and the parameters, and reads the bars from
 * `SharedArrayBuffer` columns (copied once, shared by every worker). The worker script is plain JavaScript that
 * imports this package's built output, so the parallel path needs built code (`npm run build`) and a built strategy
 * module. A factory function, or `workers: 0`, runs every set in this thread. Results do not depend on the number of
 * workers.
 *
 * With `checkpoint`, each finished run is appended to a JSON Lines file and skipped when the optimization is run
 * again, so an interrupted optimization resumes where it stopped.
 *
 * @param options - Strategy, data, parameter space, objective and execution; see {@link OptimizeOptions}.
 * @returns Every run in parameter-set order and the best; see {@link OptimizeResult}. Tabulate with
 *   {@link optimizationTable}, map two parameters with {@link optimizationHeatmap}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the option (`params.<name>`,
 *   `objective`, `direction`, `method`, `samples`, `workers`, `constraint`, `strategy`, `data`, `backtest.<name>`)
 *   when it is invalid, e.g. a function-valued backtest option with workers.
 * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` when a run fails on a worker (the message names the
 *   parameter set; `cause` holds the worker's error).
 * @throws {@link @aitrade/core!index.DataFormatError} `DATA_FORMAT` when the checkpoint file is not a checkpoint.
 *
 * @example
 * ```ts
 * import type { BarSeries } from '@aitrade/core'
 * import { optimize } from '@aitrade/backtest'
 *
 * declare const data: BarSeries
 * const result = await optimize({
 *   strategy: { module: './dist/smaCross.js', export: 'createSmaCross' },
 *   data,
 *   params: { fast: { from: 5, to: 30, step: 5 }, slow: { from: 10, to: 100, step: 10 } },
 *   constraint: (p) => (p.fast as number) < (p.slow as number),
 *   objective: 'sharpeRatio',
 *   backtest: { cash: 10_000 },
 *   onProgress: ({ done, total }) => process.stderr.write(`\r${done}/${total}`),
 * })
 * result.best?.params // e.g. { fast: 10, slow: 30 }
 * ```
 * @see backtesting.py `Backtest.optimize` (grid / randomized search, `maximize`, `constraint`, heatmap):
 *   https://kernc.github.io/backtesting.py/doc/backtesting/backtesting.html#backtesting.backtesting.Backtest.optimize
 */
export async function optimize(options: OptimizeOptions): Promise<OptimizeResult> {
  const { strategy, data, params, constraint, checkpoint, onProgress } = options
  const backtest = options.backtest ?? {}
  const method = options.method ?? 'grid'
  if (method !== 'grid' && method !== 'random') throw new InvalidArgumentError('method', "must be 'grid' or 'random'")
  const direction = options.direction ?? 'maximize'
  if (direction !== 'maximize' && direction !== 'minimize')
    throw new InvalidArgumentError('direction', "must be 'maximize' or 'minimize'")
  const objective = options.objective ?? 'sqn'
  if (typeof objective === 'string') {
    if (!statNames().includes(objective))
      throw new InvalidArgumentError('objective', `unknown statistic "${objective}" (one of ${statNames().join(', ')})`)
  } else if (typeof objective !== 'function')
    throw new InvalidArgumentError('objective', 'must be a tradeStats field name or a function')
  if (constraint !== undefined && typeof constraint !== 'function')
    throw new InvalidArgumentError('constraint', 'must be a function (params) => boolean')
  if (typeof strategy !== 'function' && (typeof strategy !== 'object' || strategy === null))
    throw new InvalidArgumentError('strategy', 'must be a strategy factory function or { module, export }')
  seriesMap(data)
  const workers = options.workers ?? (typeof strategy === 'function' ? 0 : availableParallelism())
  if (!Number.isInteger(workers) || workers < 0)
    throw new InvalidArgumentError('workers', `must be an integer >= 0, got ${workers}`)
  if (workers > 0) {
    if (typeof strategy === 'function')
      throw new InvalidArgumentError(
        'workers',
        'a strategy factory function cannot run on worker threads; pass { module, export } or workers: 0',
      )
    const bad = uncloneable(backtest, 'backtest')
    if (bad !== undefined)
      throw new InvalidArgumentError(
        bad,
        'is a function or class instance, which cannot be sent to worker threads; pass plain values (numbers, ' +
          "strings) or build it in the strategy module's optionsExport",
      )
  }
  const sets =
    method === 'random'
      ? randomParams(params, options.samples ?? 100, options.seed ?? 1, constraint)
      : gridParams(params, constraint)
  const paramNames = Object.keys(params)
  const wantEquity = typeof objective === 'function'
  const score = (params: ParamSet, stats: TradeStats, equity: OptimizeRunOutcome['equity']): number => {
    const v = typeof objective === 'function' ? objective({ params, stats, equity }) : stats[objective]
    return typeof v === 'number' ? v : Number.NaN
  }

  const runs = new Array<OptimizeRun | undefined>(sets.length)
  let done = 0
  let best: OptimizeRun | undefined
  const record = (i: number, run: OptimizeRun): void => {
    runs[i] = run
    done++
    if (best === undefined || isBetter(run.objective, best.objective, direction)) best = run
  }
  const stored = checkpoint === undefined ? undefined : openCheckpoint(checkpoint)
  const pending: number[] = []
  sets.forEach((p, i) => {
    const e = stored?.get(paramKey(p))
    if (e === undefined) pending.push(i)
    else {
      const obj = typeof objective === 'string' ? score(p, e.stats, EMPTY_EQUITY) : e.objective
      record(i, { params: p, stats: e.stats, objective: obj, resumed: true })
    }
  })
  const resumed = done
  const report = () => onProgress?.({ done, total: sets.length, ...(best ? { best } : {}) })
  report()
  const finish = (i: number, r: OptimizeTaskResult): void => {
    const p = sets[i] as ParamSet
    const obj = score(p, r.stats, r.equity ?? EMPTY_EQUITY)
    if (checkpoint !== undefined) appendCheckpoint(checkpoint, { params: p, stats: r.stats, objective: obj })
    record(i, { params: p, stats: r.stats, objective: obj, resumed: false })
    report()
  }

  if (pending.length > 0 && workers === 0) {
    const build = await loadStrategySource(strategy)
    for (const i of pending) finish(i, await runParamSet(build, data, backtest, sets[i] as ParamSet, wantEquity))
  } else if (pending.length > 0) {
    const source = normalizeStrategyModule(strategy as Exclude<StrategySource, (...a: never[]) => unknown>)
    const { Piscina } = await import('piscina')
    const pool = new Piscina({
      filename: workerFile(),
      name: 'runOptimizeTask',
      minThreads: Math.min(workers, pending.length),
      maxThreads: Math.min(workers, pending.length),
      idleTimeout: 1000,
      execArgv: workerExecArgv(),
    })
    const shared = shareData(data)
    try {
      await Promise.all(
        pending.map(async (i) => {
          const task: OptimizeTask = { source, data: shared, backtest, params: sets[i] as ParamSet, wantEquity }
          let r: OptimizeTaskResult
          try {
            r = (await pool.run(task)) as OptimizeTaskResult
          } catch (e) {
            throw new InvalidStateError(
              `optimize: the run of ${JSON.stringify(sets[i])} failed on a worker: ${(e as Error).message}`,
              { cause: e, details: { params: sets[i] } },
            )
          }
          finish(i, r)
        }),
      )
    } finally {
      await pool.destroy()
    }
  }
  const ordered = runs as OptimizeRun[]
  let finalBest: OptimizeRun | undefined
  for (const r of ordered)
    if (finalBest === undefined || isBetter(r.objective, finalBest.objective, direction)) finalBest = r
  return {
    runs: ordered,
    best: finalBest,
    objective: typeof objective === 'string' ? objective : 'custom',
    direction,
    paramNames,
    resumed,
  }
}
