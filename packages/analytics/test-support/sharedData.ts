import { readFileSync } from 'node:fs'
import { type BarSeries, parseBarsCsv } from '@aitrade/core'

/** Reads a file of `../shared/data` (real market data, see its README) with core's CSV loader. */
export function loadSharedBars(file: string, symbol?: string): BarSeries {
  const text = readFileSync(new URL(`../../../../shared/data/${file}`, import.meta.url), 'utf8')
  return parseBarsCsv(text, symbol === undefined ? {} : { symbol })
}
