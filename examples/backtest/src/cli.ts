import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { renderTearsheetFile } from '@aitrade/analytics/node'
import { type BacktestResult, runBacktest, type WalkForwardResult } from '@aitrade/backtest'
import { type BarSeries, isAitradeError } from '@aitrade/core'
import { type CliArgs, parseCliArgs, USAGE } from './args.js'
import { formatStats } from './format.js'
import { downloadDailyCandles, loadCsv, sharedDataDir } from './loadData.js'
import { runOptimization, runWalkForward } from './optimizeCommand.js'
import { ProgressBar } from './progressBar.js'
import { resolveStrategy } from './resolveStrategy.js'
import { loadChallenge } from './riskOption.js'
import { cryptoPairIn, semanticsOptions } from './semantics.js'
import { BUILT_IN_STRATEGIES } from './strategies/index.js'
import { UsageError } from './usageError.js'

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean }
  readonly stderr: NodeJS.WriteStream
}

/** The JSON document written by `--json`. */
export interface CliJson {
  stats: Record<string, number>
  trades: {
    entryBar: number | null
    exitBar: number | null
    entryTime: number
    exitTime: number
    entryPrice: number
    exitPrice: number
    amount: number
    pnl: number
    fees: number
  }[]
  equity: { time: number[]; equity: number[] }
  challenge?: { status: string; violations: unknown[]; stoppedAt?: number }
}

/**
 * Runs `aitrade-backtest` with `argv` (the arguments after the program name).
 *
 * @returns The exit code: 0 on success, 2 on a user error (one line on stderr, no stack trace), 1 on a bug.
 */
export async function main(
  argv: readonly string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  try {
    const args = parseCliArgs(argv)
    if (args.help) {
      io.stdout.write(`${USAGE}\n\nBuilt-in strategies:\n${helpStrategies()}\n`)
      return 0
    }
    await run(args, io)
    return 0
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`aitrade-backtest: ${e.message}\n`)
      return 2
    }
    if (
      isAitradeError(e) &&
      (e.code === 'INVALID_ARGUMENT' || e.code === 'DATA_FORMAT' || e.code === 'INSUFFICIENT_DATA')
    ) {
      io.stderr.write(`aitrade-backtest: ${e.message}\n`)
      return 2
    }
    io.stderr.write(`aitrade-backtest: internal error: ${(e as Error)?.stack ?? String(e)}\n`)
    return 1
  }
}

function helpStrategies(): string {
  return [...BUILT_IN_STRATEGIES.values()]
    .map(
      (d) =>
        `  ${d.name.padEnd(16)} ${d.description}\n${d.params.map((p) => `      ${p.name}=${p.default}  ${p.description}`).join('\n')}`,
    )
    .join('\n')
}

/** Loads `--data`, or the default data set: GOOG daily from ../shared/data, else BTC/USDT daily through ccxt. */
export async function loadData(args: Pick<CliArgs, 'data' | 'symbol'>, io: CliIo): Promise<BarSeries> {
  if (args.data !== undefined) return loadCsv(args.data, args.symbol ?? symbolFromFileName(args.data))
  const dir = sharedDataDir()
  if (dir) return loadCsv(resolve(dir, 'GOOG.csv'), args.symbol ?? 'GOOG')
  io.stderr.write('no --data and no ../shared/data: downloading BTC/USDT daily candles through ccxt (cached)\n')
  const { series, file } = await downloadDailyCandles()
  io.stderr.write(`cached in ${file}\n`)
  return series
}

/** The symbol of a data file from its name: `Coinbase_BTCUSD_1h.csv` → `BTC/USD`, `GOOG.csv` → `GOOG`. */
export function symbolFromFileName(path: string): string {
  const name = (path.split(/[/\\]/).pop() ?? 'DATA').replace(/\.(csv|txt)$/i, '')
  return cryptoPairIn(name) ?? name
}

/** Options of {@link run} beyond the command line (tests and the demo). */
export interface RunOptions {
  /** Worker threads of optimizations; default `os.availableParallelism()`. */
  readonly workers?: number
}

/** What one CLI run produced. */
export interface CliRunResult {
  readonly result: BacktestResult
  readonly series: BarSeries
  readonly params: Readonly<Record<string, number>>
  readonly walkForward?: WalkForwardResult
  readonly reportFile?: string
}

/** Runs a parsed command line: optimization and walk-forward when asked, then the backtest and its outputs. */
export async function run(args: CliArgs, io: CliIo, options: RunOptions = {}): Promise<CliRunResult> {
  const resolved = await resolveStrategy(args.strategy, args.params)
  const series = await loadData(args, io)
  if (series.length < 2) throw new UsageError(`--data: needs at least 2 bars, got ${series.length}`)
  const symbol = series.symbol ?? 'DATA'
  const env = { symbol, allowShort: true, timeframe: series.timeframe ?? '1d' } as const
  const ctx = {
    args,
    resolved,
    series,
    env,
    io,
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
  }

  let params = resolved.params
  if (args.optimize.length > 0) params = await runOptimization(ctx)
  const walkForward = args.walkForward ? await runWalkForward(ctx) : undefined

  const base = semanticsOptions(args.semantics, {
    cash: args.cash,
    commission: args.commission,
    symbol,
    firstTradingBar: resolved.definition.warmup?.(params) ?? 0,
  })
  const challenge = args.risk === undefined ? undefined : loadChallenge(args.risk, args.cash)
  const bar = new ProgressBar('backtest', io.stderr)
  const result = await runBacktest({
    ...base,
    strategy: resolved.definition.create(params, env),
    data: series,
    ...(challenge ? { challenge } : {}),
    onProgress: (done, total) => bar.update(done, total),
    progressEvery: Math.max(1000, Math.floor(series.length / 100)),
  })
  bar.done()
  const title = `${resolved.definition.name} ${formatParams(params)} on ${symbol} (${args.semantics} semantics)`
  io.stdout.write(`${formatStats(result.stats, title)}\n`)
  if (result.challenge) io.stdout.write(`${formatChallenge(result, args.risk!)}\n`)
  if (args.json !== undefined) {
    await writeFile(resolve(args.json), `${JSON.stringify(toJson(result, series))}\n`)
    io.stdout.write(`JSON written to ${resolve(args.json)}\n`)
  }
  let reportFile: string | undefined
  if (args.report !== undefined) {
    // buy & hold from the strategy's first tradable bar, as the statistics measure it
    const first = base.firstTradingBar ?? 0
    reportFile = await renderTearsheetFile(args.report, {
      title,
      equity: result.equity,
      trades: result.trades,
      bars: series,
      benchmark: { name: 'Buy & hold', time: series.time.subarray(first), value: series.close.subarray(first) },
      stats: result.stats,
    })
    io.stdout.write(`Report written to ${reportFile}\n`)
  }
  return {
    result,
    series,
    params,
    ...(walkForward ? { walkForward } : {}),
    ...(reportFile !== undefined ? { reportFile } : {}),
  }
}

function formatParams(p: Readonly<Record<string, number>>): string {
  const s = Object.entries(p)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')
  return s ? `(${s})` : ''
}

/** The challenge verdict: passed / failed, which rule, when. */
export function formatChallenge(result: BacktestResult, preset: string): string {
  const c = result.challenge!
  const first = c.violations[0]
  if (c.status === 'failed' && first) {
    return `Challenge ${preset}: FAILED — rule ${first.rule} at ${new Date(first.time).toISOString()} (limit ${String(first.limit)}, value ${String(first.value)})`
  }
  return `Challenge ${preset}: ${c.status.toUpperCase()}${c.violations.length ? ` (${c.violations.length} violations)` : ''}`
}

/** The `--json` document. */
export function toJson(result: BacktestResult, series: BarSeries): CliJson {
  const stats: Record<string, number> = {}
  for (const [k, v] of Object.entries(result.stats)) if (typeof v === 'number') stats[k] = v
  const barOf = (t: number) => {
    let lo = 0
    let hi = series.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const x = series.time[mid]!
      if (x === t) return mid
      if (x < t) lo = mid + 1
      else hi = mid - 1
    }
    return null
  }
  return {
    stats,
    trades: result.trades.map((t) => ({
      entryBar: t.entryBar ?? barOf(t.entryTimestamp),
      exitBar: t.exitBar ?? barOf(t.exitTimestamp),
      entryTime: t.entryTimestamp,
      exitTime: t.exitTimestamp,
      entryPrice: t.entryPrice.toNumber(),
      exitPrice: t.exitPrice.toNumber(),
      amount: t.side === 'long' ? t.amount.toNumber() : -t.amount.toNumber(),
      pnl: t.pnl.toNumber(),
      fees: t.fees.toNumber(),
    })),
    equity: { time: Array.from(result.equity.time), equity: Array.from(result.equity.equity) },
    ...(result.challenge
      ? {
          challenge: {
            status: result.challenge.status,
            violations: result.challenge.violations.map((v) => ({ ...v })),
            ...(result.challenge.stoppedAt !== undefined ? { stoppedAt: result.challenge.stoppedAt } : {}),
          },
        }
      : {}),
  }
}
