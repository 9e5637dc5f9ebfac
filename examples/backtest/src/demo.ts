import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseCliArgs } from './args.js'
import { type CliIo, run } from './cli.js'
import { sharedDataDir } from './loadData.js'

/** Options of {@link demo}. */
export interface DemoOptions {
  /** Folder of the real market data; default `../shared/data` beside the repository. */
  readonly dataDir?: string
  /** Folder the reports are written to; default `reports/` in the working directory. */
  readonly reportDir?: string
  /** Where the demo writes. */
  readonly io?: CliIo
  /** Worker threads of the optimization; default `os.availableParallelism()`. */
  readonly workers?: number
}

/**
 * The README's main job, offline: (1) `sma-cross` 10/20 on GOOG with 0.2 % commission under backtesting.py
 * semantics, next to that engine's published figures; (2) `signal-score` on hourly BTC/USD with 1 % risk per trade
 * under the FTMO 2-Step rules, with the challenge verdict and the tearsheet; (3) a parallel grid optimization of
 * `sma-cross` on GOOG followed by a walk-forward run.
 *
 * @returns The exit code (0).
 */
export async function demo(options: DemoOptions = {}): Promise<number> {
  const io = options.io ?? { stdout: process.stdout, stderr: process.stderr }
  const dataDir = options.dataDir ?? sharedDataDir()
  if (!dataDir) {
    io.stderr.write('aitrade demo: ../shared/data not found; run `npx aitrade-backtest --strategy sma-cross` instead\n')
    return 2
  }
  const reportDir = resolve(options.reportDir ?? 'reports')
  await mkdir(reportDir, { recursive: true })
  const goog = join(dataDir, 'GOOG.csv')
  const btc = join(dataDir, 'Coinbase_BTCUSD_1h.csv')
  const started = Date.now()
  const cli = (argv: string[]) =>
    run(parseCliArgs(argv), io, options.workers !== undefined ? { workers: options.workers } : {})
  const say = (text: string) => io.stdout.write(`\n=== ${text}\n\n`)

  say('1/3  sma-cross 10/20 on GOOG daily, 0.2 % commission (backtesting.py semantics)')
  const first = await cli([
    ...['--data', goog, '--strategy', 'sma-cross', '--param', 'fast=10', '--param', 'slow=20'],
    ...['--commission', '0.002', '--semantics', 'backtesting.py', '--json', join(reportDir, 'goog-sma-cross.json')],
  ])
  io.stdout.write(
    `backtesting.py 0.6 prints Equity Final [$] 56263.52 and # Trades 93 for this run; here: ` +
      `${first.result.stats.equityFinal.toFixed(2)} and ${first.result.stats.tradeCount}\n`,
  )

  say('2/3  signal-score on hourly BTC/USD, 1 % risk per trade, FTMO 2-Step rules')
  await cli([
    ...['--data', btc, '--strategy', 'signal-score', '--param', 'riskFraction=0.01', '--cash', '100000'],
    ...['--commission', '0.001', '--risk', 'ftmo-2step', '--report', join(reportDir, 'btc-signal-score.html')],
    ...['--json', join(reportDir, 'btc-signal-score.json')],
  ])

  say('3/3  grid optimization of sma-cross on GOOG (parallel), then walk-forward')
  await cli([
    ...['--data', goog, '--strategy', 'sma-cross', '--commission', '0.002'],
    ...['--optimize', 'fast=5:30:5', '--optimize', 'slow=10:70:10', '--walk-forward', 'in=750,out=250'],
    ...['--report', join(reportDir, 'goog-sma-cross-optimized.html')],
  ])

  io.stdout.write(
    `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Reports in ${reportDir}:\n` +
      `  btc-signal-score.html (FTMO 2-Step tearsheet), goog-sma-cross-optimized.html,\n` +
      `  goog-sma-cross.json, btc-signal-score.json\n`,
  )
  return 0
}
