// Test support: loads the real market data in ../shared/data (see its README) through core's loader.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type BarSeries, parseBarsCsv } from '@aitrade/core'

/** Absolute path of a file in the shared data folder beside the repository. */
export function sharedDataPath(file: string): string {
  return fileURLToPath(new URL(`../../../../shared/data/${file}`, import.meta.url))
}

const cache = new Map<string, BarSeries>()

/** Loads `file` from `../shared/data` with layout auto-detection (oldest first). Cached per file. */
export function loadShared(file: string): BarSeries {
  let s = cache.get(file)
  if (!s) {
    s = parseBarsCsv(readFileSync(sharedDataPath(file), 'utf8'))
    cache.set(file, s)
  }
  return s
}

/** The three files every TA-Lib parity test runs on: a daily stock, hourly FX and hourly BTC. */
export const PARITY_FILES = ['GOOG.csv', 'EURUSD.csv', 'Coinbase_BTCUSD_1h.csv'] as const
