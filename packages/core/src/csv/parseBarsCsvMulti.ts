import type { BarSeries } from '../barSeries.js'
import { BarsCsvParser } from './barsCsvParser.js'
import type { ParseBarsCsvOptions } from './options.js'

/**
 * Parses a multi-asset CSV into one {@link BarSeries} per asset, each oldest first. Two shapes are recognised:
 *
 * - wide files with `ASSET:field` columns (`,BTC:open,BTC:high,…,ETH:volume`), keyed by asset name. An asset
 *   whose cells are all blank on a row has no bar there (its series starts at its first complete row); a row
 *   with only some of an asset's cells blank is malformed;
 * - long files with a symbol column (one row per symbol and time), keyed by symbol value.
 *
 * The same options and errors as `parseBarsCsv` apply (`symbol` is ignored). Pure: works in a browser.
 *
 * @param text - The whole file content.
 * @param options - See {@link ParseBarsCsvOptions}.
 * @returns A `Map` from asset name or symbol to its series, in order of first appearance.
 * @throws {@link DataFormatError} `DATA_FORMAT` with `details.line` (and `details.symbol` for wide files) for a
 *   malformed row, or when the file has neither asset columns nor a symbol column.
 * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` for a bad option.
 *
 * @example
 * ```ts
 * import { parseBarsCsvMulti } from '@aitrade/core'
 *
 * const csv = [
 *   ',BTC:open,BTC:high,BTC:low,BTC:close,BTC:volume,ETH:open,ETH:high,ETH:low,ETH:close,ETH:volume',
 *   '2016-05-26,450,455,449,453,10,,,,,',
 *   '2016-05-27,453,470,452,466,12,11,12.5,10.5,12,100',
 * ].join('\n')
 * const m = parseBarsCsvMulti(csv)
 * m.get('BTC')?.length // 2
 * m.get('ETH')?.length // 1
 * ```
 */
export function parseBarsCsvMulti(text: string, options?: ParseBarsCsvOptions): Map<string, BarSeries> {
  const parser = new BarsCsvParser(options, true, text.length)
  parser.push(text)
  parser.end()
  return parser.seriesMap()
}
