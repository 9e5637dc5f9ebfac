import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import {
  type OptimizeBacktestOptions,
  type OptimizeResult,
  optimizationTable,
  optimize,
  type ParamSet,
  type ParamSpace,
  type StatName,
  type StrategySource,
  type WalkForwardResult,
  walkForward,
} from '@aitrade/backtest'
import { type BarSeries, isAitradeError } from '@aitrade/core'
import type { CliArgs } from './args.js'
import type { CliIo } from './cli.js'
import { formatStats } from './format.js'
import { mergeParams, type OptimizeSetup } from './optimizeEntry.js'
import { ProgressBar } from './progressBar.js'
import type { ResolvedStrategy } from './resolveStrategy.js'
import { semanticsOptions } from './semantics.js'
import type { StrategyEnvironment } from './strategies/index.js'
import { UsageError } from './usageError.js'

/** Everything an optimization or walk-forward run of the CLI needs. */
export interface OptimizeCommandContext {
  readonly args: CliArgs
  readonly resolved: ResolvedStrategy
  readonly series: BarSeries
  readonly env: StrategyEnvironment
  readonly io: CliIo
  /** Worker threads; default `os.availableParallelism()` (0 runs in this thread). */
  readonly workers?: number
}

/** The parameter space of `--optimize name=from:to:step …`, checked against the strategy's parameters. */
export function paramSpace(ctx: OptimizeCommandContext): ParamSpace {
  const space: Record<string, { from: number; to: number; step: number }> = {}
  const known = new Map(ctx.resolved.definition.params.map((p) => [p.name, p]))
  for (const r of ctx.args.optimize) {
    const spec = known.get(r.name)
    if (!spec) {
      const list = [...known.keys()].join(', ') || 'none'
      throw new UsageError(
        `--optimize: unknown parameter "${r.name}" for ${ctx.resolved.definition.name} (known: ${list})`,
      )
    }
    if (r.from < spec.min || r.to > spec.max)
      throw new UsageError(`--optimize ${r.name}: range must lie in [${spec.min}, ${spec.max}]`)
    if (spec.type === 'int' && ![r.from, r.to, r.step].every(Number.isInteger))
      throw new UsageError(`--optimize ${r.name}: expected integers for an integer parameter`)
    space[r.name] = { from: r.from, to: r.to, step: r.step }
  }
  if (Object.keys(space).length === 0) {
    // walk-forward without --optimize: optimize every integer parameter of the strategy over a coarse grid around its default
    for (const p of ctx.resolved.definition.params) {
      if (p.type !== 'int') continue
      const from = Math.max(p.min, Math.round(p.default / 2))
      const to = Math.min(p.max, p.default * 2)
      space[p.name] = { from, to, step: Math.max(1, Math.round((to - from) / 5)) }
    }
  }
  return space
}

/**
 * The strategy source of an optimization: built-in strategies run on worker threads from the built module
 * (`dist/optimizeEntry.js`); user modules, and runs from the TypeScript sources (tests), run in this thread.
 */
function strategySource(ctx: OptimizeCommandContext): {
  source: StrategySource
  backtest: OptimizeBacktestOptions
  workers: number
} {
  const { args, resolved, env } = ctx
  const builtIn = resolved.definition.name === args.strategy
  const setup: OptimizeSetup = {
    strategy: resolved.definition.name,
    fixed: resolved.params,
    env,
    semantics: args.semantics,
    cash: args.cash,
    commission: args.commission,
  }
  const entry = fileURLToPath(new URL('./optimizeEntry.js', import.meta.url))
  const wanted = ctx.workers ?? availableParallelism()
  if (builtIn && existsSync(entry) && wanted > 0) {
    return {
      source: { module: entry, export: 'createStrategy', optionsExport: 'createOptions', setup },
      backtest: {},
      workers: wanted,
    }
  }
  const def = resolved.definition
  const optionsOf = (params: ParamSet) =>
    semanticsOptions(args.semantics, {
      cash: args.cash,
      commission: args.commission,
      symbol: env.symbol,
      firstTradingBar: def.warmup?.(mergeParams(resolved.params, params)) ?? 0,
    })
  // In this thread the options cannot vary per parameter set: buy & hold starts after the warm-up of the parameters
  // given on the command line.
  return {
    source: (params) => def.create(mergeParams(resolved.params, params), env),
    backtest: optionsOf({}),
    workers: 0,
  }
}

/**
 * Runs an optimization or a walk-forward, turning the search's own argument errors into user errors that name the
 * command-line flag: the objective is `--maximize`, windows and data length are `--walk-forward`.
 */
async function searching<T>(run: Promise<T>, args: CliArgs): Promise<T> {
  try {
    return await run
  } catch (e) {
    if (!isAitradeError(e)) throw e
    const argument = String(e.details.argument ?? '')
    if (e.code === 'INVALID_ARGUMENT' && argument === 'objective')
      throw new UsageError(`--maximize: ${String(e.details.reason)}`)
    if (args.walkForward && ['inSample', 'outOfSample', 'step', 'data'].includes(argument)) {
      const wf = `--walk-forward in=${args.walkForward.inSample},out=${args.walkForward.outOfSample}`
      throw new UsageError(
        e.code === 'INSUFFICIENT_DATA'
          ? `${wf}: needs ${String(e.details.required)} bars, the data has ${String(e.details.actual)}`
          : `${wf}: ${String(e.details.reason ?? e.message)}`,
      )
    }
    throw e
  }
}

/** What an optimization and a walk-forward share: strategy source, data, grid, objective, options, constraint. */
function searchOptions(ctx: OptimizeCommandContext) {
  const { source, backtest, workers } = strategySource(ctx)
  const c = ctx.resolved.definition.constraint
  return {
    strategy: source,
    data: ctx.series,
    params: paramSpace(ctx),
    objective: ctx.args.maximize as StatName,
    backtest,
    workers,
    ...(c ? { constraint: (p: ParamSet) => c(mergeParams(ctx.resolved.params, p)) } : {}),
  }
}

function formatValue(v: unknown): string {
  if (typeof v !== 'number') return String(v)
  if (Number.isInteger(v)) return String(v)
  return Number.isFinite(v) ? v.toFixed(4) : String(v)
}

/** Prints rows as an aligned text table. */
export function textTable(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = [columns.map(String), ...rows.map((r) => r.map(formatValue))]
  const widths = columns.map((_, j) => Math.max(...cells.map((r) => r[j]!.length)))
  return cells.map((r) => r.map((c, j) => c.padStart(widths[j]!)).join('  ')).join('\n')
}

/**
 * `--optimize`: a parallel grid search maximizing `--maximize` (default `sqn`, backtesting.py's default), with a
 * progress bar; prints the ten best parameter sets and returns the best one merged into the strategy's parameters.
 */
export async function runOptimization(ctx: OptimizeCommandContext): Promise<Record<string, number>> {
  const search = searchOptions(ctx)
  const bar = new ProgressBar('optimize', ctx.io.stderr)
  const result: OptimizeResult = await searching(
    optimize({
      ...search,
      onProgress: (p) =>
        bar.update(p.done, p.total, p.best ? `best ${ctx.args.maximize} ${formatValue(p.best.objective)}` : ''),
    }),
    ctx.args,
  )
  bar.done()
  if (!result.best) throw new UsageError('--optimize: no parameter set satisfies the strategy constraint')
  const table = optimizationTable(result, { stats: ['return', 'sharpeRatio', 'maxDrawdown', 'tradeCount'] })
  ctx.io.stdout.write(
    `Optimization of ${ctx.resolved.definition.name}: ${result.runs.length} runs on ${search.workers || 1} thread(s), ` +
      `objective ${result.objective} (${result.direction}); best 10:\n${textTable(table.columns, table.rows.slice(0, 10))}\n\n`,
  )
  return mergeParams(ctx.resolved.params, result.best.params)
}

/**
 * `--walk-forward in=…,out=…`: rolling windows, each optimized in-sample (the `--optimize` grid, or a coarse grid of
 * the strategy's integer parameters) and tested on the next out-of-sample bars; prints each window's winner and the
 * stitched out-of-sample statistics.
 */
export async function runWalkForward(ctx: OptimizeCommandContext): Promise<WalkForwardResult> {
  const wf = ctx.args.walkForward!
  const bar = new ProgressBar('walk-forward', ctx.io.stderr)
  const result = await searching(
    walkForward({
      ...searchOptions(ctx),
      inSample: wf.inSample,
      outOfSample: wf.outOfSample,
      onProgress: (p) => bar.update(p.done, p.total, `window ${p.window + 1}/${p.windows}`),
    }),
    ctx.args,
  )
  bar.done()
  const day = (t: number) => new Date(t).toISOString().slice(0, 10)
  const rows = result.windows.map((w) => [
    w.index + 1,
    `${day(w.inSample.startTime)}..${day(w.inSample.endTime)}`,
    `${day(w.outOfSample.startTime)}..${day(w.outOfSample.endTime)}`,
    w.params
      ? Object.entries(w.params)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')
      : '-',
    w.best ? w.best.objective : Number.NaN,
    w.outOfSampleStats ? w.outOfSampleStats.return : Number.NaN,
  ])
  ctx.io.stdout.write(
    `Walk-forward of ${ctx.resolved.definition.name}: ${result.windows.length} windows of ${wf.inSample} in-sample / ` +
      `${wf.outOfSample} out-of-sample bars\n` +
      `${textTable(['window', 'in-sample', 'out-of-sample', 'best params', `IS ${ctx.args.maximize}`, 'OOS return'], rows)}\n` +
      `Walk-forward efficiency: ${formatValue(result.efficiency)}\n\n` +
      `${formatStats(result.stats, 'Out-of-sample (stitched)')}\n\n`,
  )
  return result
}
