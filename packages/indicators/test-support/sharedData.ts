// Test support: loads the real market data in ../shared/data (see its README) through core's loader.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BarSeries, parseBarsCsv } from '@aitrade/core'

/**
 * Absolute path of a file in the shared data folder beside the repository: the first `shared/data` found walking up
 * from this module, so the same code works from `test-support/` and from a bundle in `bench/.out/`.
 */
export function sharedDataPath(file: string): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'shared', 'data'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error(`shared/data not found above ${fileURLToPath(import.meta.url)}`)
    dir = up
  }
  return join(dir, 'shared', 'data', file)
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
