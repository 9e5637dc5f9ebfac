// Test support: the real market data in ../shared/data (beside the repository; see its README).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Absolute path of `file` in the shared data folder. */
export function sharedDataPath(file: string): string {
  return fileURLToPath(new URL(`../../../../shared/data/${file}`, import.meta.url))
}

/** Text of `file` in the shared data folder. */
export function sharedDataText(file: string): string {
  return readFileSync(sharedDataPath(file), 'utf8')
}
