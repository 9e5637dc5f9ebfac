import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseCliArgs } from './args.js'
import { type CliIo, run } from './cli.js'
import { type DownloadOptions, downloadDailyCandles, sharedDataDir } from './loadData.js'

/** Options of {@link demo}. */
export interface DemoOptions {
  /** Folder of the real market data; default `../shared/data` beside the repository. `null`: download instead. */
  readonly dataDir?: string | null
  /** How to download daily candles when there is no data folder; default BTC/USDT from Binance through ccxt. */
  readonly download?: DownloadOptions
  /** Folder the reports are written to; default `reports/` in the working directory. */
  readonly reportDir?: string
  /** Where the demo writes. */
  readonly io?: CliIo
  /** Worker threads of the optimization; default `os.availableParallelism()`. */
  readonly workers?: number
}

interface DemoData {
  /** Daily bars for steps 1 and 3. */
  readonly daily: string
  readonly dailyName: string
  /** Bars for the signal-score step. */
  readonly intraday: string
  readonly intradayName: string
  /** Walk-forward windows in bars. */
  readonly inSample: number
  readonly outOfSample: number
  /** The daily file is backtesting.py's GOOG.csv: print its published figures next to ours. */
  readonly goog: boolean
}

async function demoData(options: DemoOptions, io: CliIo): Promise<DemoData> {
  const dir = options.dataDir === null ? undefined : (options.dataDir ?? sharedDataDir())
  if (dir !== undefined) {
    return {
      daily: join(dir, 'GOOG.csv'),
      dailyName: 'GOOG daily',
      intraday: join(dir, 'Coinbase_BTCUSD_1h.csv'),
      intradayName: 'hourly BTC/USD',
      inSample: 750,
      outOfSample: 250,
      goog: true,
    }
  }
  io.stderr.write('No ../shared/data here: downloading daily BTC/USDT candles through ccxt (cached for later runs)\n')
  const { series, file } = await downloadDailyCandles(options.download)
  io.stderr.write(`${series.length} candles cached in ${file}\n`)
  return {
    daily: file,
    dailyName: `daily ${series.symbol ?? 'BTC/USDT'}`,
    intraday: file,
    intradayName: `daily ${series.symbol ?? 'BTC/USDT'}`,
    inSample: Math.max(60, Math.round(series.length * 0.35)),
    outOfSample: Math.max(20, Math.round(series.length * 0.13)),
    goog: false,
  }
}

/**
 * The README's main job: (1) `sma-cross` 10/20 with 0.2 % commission under backtesting.py semantics — on GOOG, next
 * to that engine's published figures; (2) `signal-score` with 1 % risk per trade under the FTMO 2-Step rules, with
 * the challenge verdict and the tearsheet; (3) a parallel grid optimization of `sma-cross` followed by a walk-forward
 * run. Uses `../shared/data` when it exists (hourly BTC/USD for step 2), else real daily candles downloaded once
 * through ccxt.
 *
 * @returns The exit code (0).
 */
export async function demo(options: DemoOptions = {}): Promise<number> {
  const io = options.io ?? { stdout: process.stdout, stderr: process.stderr }
  const reportDir = resolve(options.reportDir ?? 'reports')
  await mkdir(reportDir, { recursive: true })
  const started = Date.now()
  const d = await demoData(options, io)
  const cli = (argv: string[]) =>
    run(parseCliArgs(argv), io, options.workers !== undefined ? { workers: options.workers } : {})
  const say = (text: string) => io.stdout.write(`\n=== ${text}\n\n`)

  say(`1/3  sma-cross 10/20 on ${d.dailyName}, 0.2 % commission (backtesting.py semantics)`)
  const first = await cli([
    ...['--data', d.daily, '--strategy', 'sma-cross', '--param', 'fast=10', '--param', 'slow=20'],
    ...['--commission', '0.002', '--semantics', 'backtesting.py', '--json', join(reportDir, 'sma-cross.json')],
  ])
  if (d.goog) {
    io.stdout.write(
      '\nbacktesting.py 0.6 prints Equity Final [$] 56263.52 and # Trades 93 for this run (its Quick Start guide); ' +
        `here: ${first.result.stats.equityFinal.toFixed(2)} and ${first.result.stats.tradeCount}\n`,
    )
  }

  say(`2/3  signal-score on ${d.intradayName}, 1 % risk per trade, FTMO 2-Step rules`)
  await cli([
    ...['--data', d.intraday, '--strategy', 'signal-score', '--param', 'riskFraction=0.01', '--cash', '100000'],
    ...['--commission', '0.001', '--risk', 'ftmo-2step', '--report', join(reportDir, 'signal-score-ftmo.html')],
    ...['--json', join(reportDir, 'signal-score-ftmo.json')],
  ])

  say(`3/3  grid optimization of sma-cross on ${d.dailyName} (worker threads), then walk-forward`)
  await cli([
    ...['--data', d.daily, '--strategy', 'sma-cross', '--commission', '0.002'],
    ...['--optimize', 'fast=5:30:5', '--optimize', 'slow=10:70:10'],
    ...['--walk-forward', `in=${d.inSample},out=${d.outOfSample}`],
    ...['--report', join(reportDir, 'sma-cross-optimized.html')],
  ])

  io.stdout.write(
    `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Reports in ${reportDir}:\n` +
      '  signal-score-ftmo.html    tearsheet of step 2, trades on the candlestick chart\n' +
      '  sma-cross-optimized.html  tearsheet of the optimized sma-cross (step 3)\n' +
      '  sma-cross.json, signal-score-ftmo.json  stats, trades and equity as JSON\n' +
      'Open a tearsheet in a browser; it works offline.\n',
  )
  return 0
}
