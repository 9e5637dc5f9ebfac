import type { BarSeries } from '../barSeries.js'
import type { ParseBarsCsvOptions } from '../csv/options.js'
import { streamCsvFile } from './streamCsvFile.js'

/**
 * Reads OHLCV bars from a CSV file on disk, streaming it in 1 MiB chunks (memory stays proportional to the bars,
 * not to the text). Same layouts, options, output and errors as `parseBarsCsv`, including the 1-based
 * `details.line` of a malformed row, because both run the same parser.
 *
 * @param path - File path (absolute, or relative to the working directory). UTF-8, with or without a BOM.
 * @param options - See {@link ParseBarsCsvOptions}.
 * @returns A promise of the bars, oldest first, times in epoch ms UTC.
 * @throws {@link index!NotFoundError} `NOT_FOUND` (rejects) when the file does not exist; other file-system errors are
 *   passed through unchanged.
 * @throws {@link index!DataFormatError} `DATA_FORMAT` (rejects) for a malformed row, with `details.line` and `details.field`.
 * @throws {@link index!InvalidArgumentError} `INVALID_ARGUMENT` (rejects) for a bad option.
 *
 * @example
 * ```ts
 * import { readBarsCsv } from '@aitrade/core/node'
 *
 * const btc = await readBarsCsv('data/Coinbase_BTCUSD_1h.csv')
 * btc.timeframe // '1h'
 * ```
 */
export async function readBarsCsv(path: string, options?: ParseBarsCsvOptions): Promise<BarSeries> {
  return (await streamCsvFile(path, options, false)).series()
}
