import type { BarSeries } from '../barSeries.js'
import { BarsCsvParser } from './barsCsvParser.js'
import type { ParseBarsCsvOptions } from './options.js'

/**
 * Parses OHLCV bars from CSV text into a {@link BarSeries}, oldest bar first. Pure (no Node APIs): works in a
 * browser. For large files on disk use `readBarsCsv` from `@aitrade/core/node`, which streams with the same rules.
 *
 * The layout is auto-detected from the header:
 * - backtesting.py (`,Open,High,Low,Close,Volume`: unnamed first column holding the date or date-time);
 * - Yahoo Finance (`Date,Open,High,Low,Close,Adj Close,Volume`; raw prices unless `adjusted: true`);
 * - backtrader (`Date,Time,Open,…` with date and time in separate columns);
 * - CryptoDataDownload (banner line skipped, newest-first rows reversed, `2019-10-17 09-AM` times,
 *   `volume_<base>` preferred over the quote-currency `volume`, symbol column kept as the series symbol);
 * - MetaTrader 5 history exports (`<DATE>\t<TIME>\t<OPEN>\t<HIGH>\t<LOW>\t<CLOSE>\t<TICKVOL>\t<VOL>\t<SPREAD>`,
 *   dates `2024.01.02`; volume = `<TICKVOL>`, map `columns.volume: '<VOL>'` for real volume);
 * - MetaStock/Finam ASCII (`<TICKER>,<PER>,<DTYYYYMMDD>,<TIME>,…` with compact `HHMMSS` times);
 * - wide multi-asset files (`,BTC:open,…,ETH:close`), one asset chosen with `symbol`
 *   (see `parseBarsCsvMulti` for all of them);
 * - header-less `time,open,high,low,close[,volume]` rows; anything else via `columns`.
 *
 * Delimiters `,`, tab, `;`, `|`; quoted fields and CRLF/LF line ends. Times: ISO-like dates and date-times,
 * `YYYY.MM.DD`, `YYYYMMDD`, AM/PM, zone suffixes, epoch s/ms; naive times are read in `timeZone` (default UTC).
 * Values are measurements (`number`), not ledger amounts.
 *
 * @param text - The whole file content.
 * @param options - See {@link ParseBarsCsvOptions}; all optional.
 * @returns The bars, oldest first, times in epoch ms UTC, with `symbol` and (inferred) `timeframe`.
 * @throws {@link DataFormatError} `DATA_FORMAT` for a malformed row (wrong field count, unparsable number or date,
 *   negative price, high < low or outside open/close, duplicate time, out-of-order time under `order: 'strict'`),
 *   with `details.line` (1-based line in the file), `details.field` (header name) and a message saying what is
 *   wrong; also when no header is found or a wide file is given without `symbol`. Rows are dropped instead only
 *   under `onInvalid: 'skip'` or `duplicates: 'keepFirst' | 'keepLast'`, each reported to `onSkip`.
 * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` for a bad option (named in `details.argument`).
 *
 * @example
 * ```ts
 * import { parseBarsCsv } from '@aitrade/core'
 *
 * const csv = 'Date,Open,High,Low,Close,Volume\n2024-01-03,11,13,10,12,80\n2024-01-02,10,12,9,11,100\n'
 * const s = parseBarsCsv(csv, { symbol: 'ABC' })
 * s.time[0] === Date.UTC(2024, 0, 2) // true (output is oldest first)
 * s.close // Float64Array [11, 12]
 * s.timeframe // '1d'
 * ```
 */
export function parseBarsCsv(text: string, options?: ParseBarsCsvOptions): BarSeries {
  const parser = new BarsCsvParser(options, false, text.length)
  parser.push(text)
  parser.end()
  return parser.series()
}
