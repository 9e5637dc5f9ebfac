import type { BarSeries } from '../barSeries.js'
import type { ParseBarsCsvOptions } from '../csv/options.js'
import { streamCsvFile } from './streamCsvFile.js'

/**
 * Reads a multi-asset CSV file (wide `ASSET:field` columns or a symbol column) from disk, streaming it, into one
 * series per asset. Same rules, options and errors as `parseBarsCsvMulti`.
 *
 * @param path - File path. UTF-8, with or without a BOM.
 * @param options - See {@link ParseBarsCsvOptions} (`symbol` is ignored).
 * @returns A promise of a `Map` from asset name or symbol to its series (oldest first, epoch ms UTC).
 * @throws {@link index!NotFoundError} `NOT_FOUND` (rejects) when the file does not exist.
 * @throws {@link index!DataFormatError} `DATA_FORMAT` (rejects) for a malformed row (`details.line`, `details.symbol`)
 *   or a file that is not multi-asset.
 * @throws {@link index!InvalidArgumentError} `INVALID_ARGUMENT` (rejects) for a bad option.
 *
 * @example
 * ```ts
 * import { readBarsCsvMulti } from '@aitrade/core/node'
 *
 * const assets = await readBarsCsvMulti('data/bitfinex_BTC_ETH_USD_d.csv')
 * assets.get('ETH')?.length // 1319
 * ```
 */
export async function readBarsCsvMulti(path: string, options?: ParseBarsCsvOptions): Promise<Map<string, BarSeries>> {
  return (await streamCsvFile(path, options, true)).seriesMap()
}
