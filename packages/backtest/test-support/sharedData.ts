// Test support: the real market data in ../shared/data (see its README), loaded through core's loader.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type BarSeries, parseBarsCsv } from '@aitrade/core'

/** Absolute path of a file in the shared data folder beside the repository. */
export function sharedDataPath(file: string): string {
  return fileURLToPath(new URL(`../../../../shared/data/${file}`, import.meta.url))
}

/** Loads `file` from `../shared/data` with layout auto-detection (oldest first). */
export function loadShared(file: string, symbol?: string): BarSeries {
  return parseBarsCsv(readFileSync(sharedDataPath(file), 'utf8'), symbol === undefined ? {} : { symbol })
}

/** The raw text lines of a shared data file (header included), for computing expected values independently. */
export function sharedLines(file: string): string[] {
  return readFileSync(sharedDataPath(file), 'utf8').trim().split(/\r?\n/)
}
