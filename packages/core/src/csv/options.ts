import type { Timeframe } from '../timeframe.js'
import type { DateOrder } from './dateTimeScanner.js'

/**
 * Explicit column mapping for files the auto-detection does not understand. Each entry is a header name
 * (matched case-insensitively, ignoring surrounding spaces and MetaTrader's `<…>` brackets) or a 0-based column
 * index. With only indices the file may have no header row at all.
 */
export interface CsvColumnMapping {
  /** Date-time column (or the date column when {@link CsvColumnMapping.timeOfDay} is given). */
  time: string | number
  /** Separate time-of-day column (`HH:MM[:SS]`), as in backtrader's and MetaTrader's files. */
  timeOfDay?: string | number
  /** Open price column. */
  open: string | number
  /** High price column. */
  high: string | number
  /** Low price column. */
  low: string | number
  /** Close price column. */
  close: string | number
  /** Volume column; without it every bar's volume is `0`. */
  volume?: string | number
  /** Adjusted close column, used when {@link ParseBarsCsvOptions.adjusted} is `true`. */
  adjClose?: string | number
  /** Symbol column (a long-format file with one symbol per row). */
  symbol?: string | number
}

/** A row that was left out under a `skip`/`keep…` policy, as passed to {@link ParseBarsCsvOptions.onSkip}. */
export interface CsvSkippedRow {
  /** 1-based line number in the file. */
  line: number
  /** What was wrong, e.g. `high 9 < low 10` or `duplicate time 2024-01-02T00:00:00.000Z (kept line 7)`. */
  reason: string
  /** Header name of the offending column, when one is to blame. */
  field?: string
  /** Asset of a multi-asset file the skipped bar belonged to. */
  symbol?: string
}

/**
 * Options of `parseBarsCsv`, `parseBarsCsvMulti` and `readBarsCsv`. Every option is optional: by default the
 * layout is auto-detected, naive times are UTC, rows may be oldest- or newest-first (output is always
 * oldest-first, sorted by time), and any malformed row throws `DataFormatError` (`DATA_FORMAT`) with `details.line`.
 */
export interface ParseBarsCsvOptions {
  /**
   * Symbol stored on the series. For a wide multi-asset file (`BTC:open,…`) given to `parseBarsCsv` it selects the
   * asset to load. Default: the file's symbol column value when there is one.
   */
  symbol?: string
  /**
   * Timeframe stored on the series. `'auto'` (default) infers it: the fixed-length timeframe (`1m` … `1w`) equal to
   * the smallest step between bars; else `1w` / `1M` when no two bars fall in the same Monday-week / calendar month
   * (Friday-dated weeks, month-end-dated months); else it stays unset.
   */
  timeframe?: Timeframe | 'auto'
  /** Explicit column mapping; when given, no header auto-detection is done. */
  columns?: CsvColumnMapping
  /** Field separator (one character). Default: detected among `,`, tab, `;` and `|` from the first lines. */
  delimiter?: string
  /**
   * Lines to skip before the header (or the first data row). Default: auto — up to 10 leading lines that are
   * neither a header nor a bar (e.g. CryptoDataDownload's banner) are skipped.
   */
  skipLines?: number
  /**
   * IANA time zone of naive timestamps (no `Z`/offset, not epoch numbers), e.g. `'America/New_York'`.
   * Default `'UTC'`. Converted with `Intl.DateTimeFormat`: an ambiguous wall time resolves to the earlier instant.
   */
  timeZone?: string
  /** Day/month order of dates with the year last. Default: `.` separated are day-first, `/` and `-` month-first. */
  dateOrder?: DateOrder
  /**
   * Use split- and dividend-adjusted prices from an `Adj Close` column (Yahoo): open, high and low are scaled by
   * `adjClose / close` and close becomes `adjClose`; volume is left as is. Default `false` (raw prices).
   */
  adjusted?: boolean
  /**
   * Row order. `'sort'` (default): rows may come in any order (oldest-first, newest-first like CryptoDataDownload,
   * or locally shuffled like a few rows of `Coinbase_BTCUSD_1h.csv`) and are sorted by time; no row is dropped.
   * `'strict'`: the direction is taken from the first two rows with different times and every later row must follow
   * it strictly, else the row is invalid (see {@link ParseBarsCsvOptions.onInvalid}).
   */
  order?: 'sort' | 'strict'
  /**
   * Rows with the same time: `'throw'` (default) throws `DataFormatError`; `'keepFirst'` / `'keepLast'` keep the
   * row that comes first / last in the file and report the other through {@link ParseBarsCsvOptions.onSkip}.
   */
  duplicates?: 'throw' | 'keepFirst' | 'keepLast'
  /**
   * Malformed rows (wrong field count, unparsable number or date, negative price, inconsistent OHLC, blank cell,
   * out-of-order time under `order: 'strict'`): `'throw'` (default) throws `DataFormatError`; `'skip'` leaves the row out and reports it
   * through {@link ParseBarsCsvOptions.onSkip}.
   */
  onInvalid?: 'throw' | 'skip'
  /**
   * Called once for every row left out by `onInvalid: 'skip'` or a `keepFirst`/`keepLast` duplicate policy.
   * Malformed rows are reported as they are read; under `order: 'sort'` duplicates are found, and reported, after
   * the last row.
   */
  onSkip?: (row: CsvSkippedRow) => void
}
