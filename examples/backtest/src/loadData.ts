import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BarSeries, isAitradeError, parseBarsCsv } from '@aitrade/core'
import { readBarsCsv } from '@aitrade/core/node'
import { UsageError } from './usageError.js'

/** The folder of real market data beside the repository (`../shared/data`), when it exists. */
export function sharedDataDir(): string | undefined {
  const candidates = [
    process.env.AITRADE_SHARED_DATA,
    fileURLToPath(new URL('../../../../shared/data', import.meta.url)),
    join(process.cwd(), '..', 'shared', 'data'),
  ]
  return candidates.find((d): d is string => d !== undefined && existsSync(d))
}

/**
 * Loads bars from a CSV file in any layout core's loader detects, turning a missing file or a malformed line into a
 * one-line {@link UsageError} that names the file and line.
 */
export async function loadCsv(path: string, symbol?: string): Promise<BarSeries> {
  if (!existsSync(path)) throw new UsageError(`--data: file not found: ${path}`)
  try {
    return await readBarsCsv(path, symbol === undefined ? {} : { symbol })
  } catch (e) {
    if (isAitradeError(e) && e.code === 'DATA_FORMAT') {
      const { line, field } = e.details
      const where = `${path}${line !== undefined ? `:${String(line)}` : ''}${field !== undefined ? ` (${String(field)})` : ''}`
      throw new UsageError(`--data: ${where}: ${String(e.details.reason ?? e.message)}`)
    }
    throw e
  }
}

/** The part of a ccxt exchange the downloader uses. */
export interface OhlcvSource {
  readonly id: string
  fetchOHLCV(symbol: string, timeframe: string, since?: number, limit?: number): Promise<number[][]>
}

/** Options of {@link downloadDailyCandles}. */
export interface DownloadOptions {
  /** The exchange (a ccxt instance); default a new `ccxt.binance()`. */
  exchange?: OhlcvSource
  /** Pair; default `BTC/USDT`. */
  symbol?: string
  /** First candle to fetch, epoch ms; default 2019-01-01. */
  since?: number
  /** Cache folder; default `~/.cache/aitrade`. */
  cacheDir?: string
  /** Current time (epoch ms) deciding whether the cache is fresh; default `Date.now()`. */
  now?: number
}

/**
 * Real daily candles for a liquid pair through ccxt's public OHLCV endpoint, paginated, cached as a CSV file so
 * that later runs work offline. The cache is reused while its last candle is less than two days old.
 *
 * @returns The bars, oldest first, and the cache file.
 */
export async function downloadDailyCandles(
  options: DownloadOptions = {},
): Promise<{ series: BarSeries; file: string }> {
  const symbol = options.symbol ?? 'BTC/USDT'
  const exchange = options.exchange ?? (await defaultExchange())
  const dir = options.cacheDir ?? join(homedir(), '.cache', 'aitrade')
  const file = join(dir, `${exchange.id}-${symbol.replace('/', '')}-1d.csv`)
  const now = options.now ?? Date.now()
  if (existsSync(file)) {
    const cached = parseBarsCsv(await readFile(file, 'utf8'), { symbol })
    if (cached.length > 0 && now - cached.time[cached.length - 1]! < 2 * 86_400_000) return { series: cached, file }
  }
  const rows: number[][] = []
  let since = options.since ?? Date.UTC(2019, 0, 1)
  for (let page = 0; page < 100; page++) {
    const batch = await exchange.fetchOHLCV(symbol, '1d', since, 1000)
    const fresh = batch.filter((r) => r[0]! >= since)
    if (fresh.length === 0) break
    rows.push(...fresh)
    since = fresh[fresh.length - 1]![0]! + 86_400_000
    if (since > now) break
  }
  if (rows.length === 0) throw new UsageError(`${exchange.id} returned no ${symbol} candles`)
  const csv = [
    'time,open,high,low,close,volume',
    ...rows.map((r) => `${new Date(r[0]!).toISOString()},${r.slice(1, 6).join(',')}`),
  ].join('\n')
  await mkdir(dir, { recursive: true })
  await writeFile(file, `${csv}\n`)
  return { series: parseBarsCsv(csv, { symbol }), file }
}

async function defaultExchange(): Promise<OhlcvSource> {
  const ccxt = await import('ccxt')
  return new ccxt.binance({ enableRateLimit: true }) as unknown as OhlcvSource
}
