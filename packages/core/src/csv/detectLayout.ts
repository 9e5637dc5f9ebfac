import { DataFormatError } from '../errors.js'
import type { CsvColumnMapping } from './options.js'

/** Column indices of one asset's bars; `-1` when absent. @internal */
export interface AssetColumns {
  /** Asset name of a wide file (`BTC` in `BTC:open`), else `undefined`. */
  name: string | undefined
  open: number
  high: number
  low: number
  close: number
  volume: number
  adjClose: number
}

/** Where everything is in a bar file. @internal */
export interface CsvLayout {
  /** Number of fields every data row must have. */
  fieldCount: number
  /** 1-based line of the header row, `0` when the file has none. */
  headerLine: number
  /** Column names for messages (header text, or `column N` without a header). */
  names: string[]
  /** Date-time column, or the date column when {@link CsvLayout.timeOfDay} is set. */
  time: number
  /** Separate time-of-day column, `-1` when none. */
  timeOfDay: number
  /** Symbol column, `-1` when none. */
  symbol: number
  /** One entry for a plain file, one per asset for a wide `ASSET:field` file. */
  assets: AssetColumns[]
}

type Role = 'datetime' | 'date' | 'time' | 'open' | 'high' | 'low' | 'close' | 'adjClose' | 'volume' | 'symbol'
type PriceRole = 'open' | 'high' | 'low' | 'close' | 'adjClose' | 'volume'

/** Lower-cases a header cell and drops MetaTrader's `<…>`, quotes and `_`/space runs (`<TICKVOL>` → `tickvol`). */
export function normalizeHeader(name: string): string {
  return name
    .replace(/[<>"]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
}

const ROLES: Readonly<Record<string, Role>> = {
  datetime: 'datetime',
  'date time': 'datetime',
  timestamp: 'datetime',
  'time stamp': 'datetime',
  'open time': 'datetime',
  opentime: 'datetime',
  'gmt time': 'datetime',
  'local time': 'datetime',
  unix: 'datetime',
  'unix timestamp': 'datetime',
  date: 'date',
  day: 'date',
  dtyyyymmdd: 'date',
  time: 'time',
  open: 'open',
  o: 'open',
  high: 'high',
  h: 'high',
  low: 'low',
  l: 'low',
  close: 'close',
  c: 'close',
  last: 'close',
  'adj close': 'adjClose',
  adjclose: 'adjClose',
  'adjusted close': 'adjClose',
  'adj. close': 'adjClose',
  volume: 'volume',
  v: 'volume',
  tickvol: 'volume',
  'tick volume': 'volume',
  vol: 'volume',
  'real volume': 'volume',
  symbol: 'symbol',
  ticker: 'symbol',
}

/**
 * Preference among several volume columns (lower wins): CryptoDataDownload's `volume_<base>` before its
 * quote-currency `volume`, and MetaTrader's tick volume before its (usually zero for FX) real volume.
 */
function volumeRank(n: string): number {
  if (n.startsWith('volume ')) return 0
  if (n === 'volume' || n === 'v') return 1
  if (n === 'tickvol' || n === 'tick volume') return 2
  if (n === 'vol') return 3
  return 4
}

function roleOf(n: string, index: number): Role | undefined {
  if (n === '') return index === 0 ? 'datetime' : undefined
  return ROLES[n] ?? (n.startsWith('volume ') ? 'volume' : undefined)
}

function emptyAsset(name: string | undefined): AssetColumns {
  return { name, open: -1, high: -1, low: -1, close: -1, volume: -1, adjClose: -1 }
}

function setPrice(asset: AssetColumns, role: PriceRole, index: number, names: readonly string[]): void {
  if (role === 'volume') {
    const prev = asset.volume
    if (prev < 0 || volumeRank(normalizeHeader(names[index]!)) < volumeRank(normalizeHeader(names[prev]!))) {
      asset.volume = index
    }
  } else if (asset[role] < 0) {
    asset[role] = index
  }
}

function complete(a: AssetColumns): boolean {
  return a.open >= 0 && a.high >= 0 && a.low >= 0 && a.close >= 0
}

/**
 * Recognises a header row: a time column plus open/high/low/close, either plain or as wide `ASSET:field` groups.
 * @returns The layout, or `undefined` when `fields` is not such a header.
 * @internal
 */
export function layoutFromHeader(fields: readonly string[], line: number): CsvLayout | undefined {
  let datetime = -1
  let date = -1
  let time = -1
  let symbol = -1
  const plain = emptyAsset(undefined)
  const wide = new Map<string, AssetColumns>()
  for (let i = 0; i < fields.length; i++) {
    const raw = fields[i]!
    const colon = raw.lastIndexOf(':')
    if (colon > 0) {
      const role = roleOf(normalizeHeader(raw.slice(colon + 1)), -1)
      const name = raw.slice(0, colon).trim()
      if (role !== undefined && role !== 'datetime' && role !== 'date' && role !== 'time' && role !== 'symbol') {
        let asset = wide.get(name)
        if (!asset) wide.set(name, (asset = emptyAsset(name)))
        setPrice(asset, role, i, fields)
      }
      continue
    }
    const role = roleOf(normalizeHeader(raw), i)
    if (role === 'datetime') datetime = datetime < 0 ? i : datetime
    else if (role === 'date') date = date < 0 ? i : date
    else if (role === 'time') time = time < 0 ? i : time
    else if (role === 'symbol') symbol = symbol < 0 ? i : symbol
    else if (role !== undefined) setPrice(plain, role, i, fields)
  }
  let timeCol = datetime
  let timeOfDay = -1
  if (timeCol < 0 && date >= 0) {
    timeCol = date
    timeOfDay = time
  } else if (timeCol < 0) {
    timeCol = time
  }
  if (timeCol < 0) return undefined
  const assets = complete(plain) ? [plain] : [...wide.values()].filter(complete)
  if (assets.length === 0) return undefined
  return { fieldCount: fields.length, headerLine: line, names: [...fields], time: timeCol, timeOfDay, symbol, assets }
}

/**
 * Layout of a header-less file whose rows are `time, open, high, low, close[, volume, …]`.
 * @internal
 */
export function headerlessLayout(fieldCount: number): CsvLayout {
  return {
    fieldCount,
    headerLine: 0,
    names: columnNames(fieldCount),
    time: 0,
    timeOfDay: -1,
    symbol: -1,
    assets: [{ name: undefined, open: 1, high: 2, low: 3, close: 4, volume: fieldCount > 5 ? 5 : -1, adjClose: -1 }],
  }
}

function columnNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `column ${i}`)
}

/**
 * Resolves an explicit {@link CsvColumnMapping} against a header row (`header` given) or positions only.
 * @returns The layout, or `undefined` when `header` does not contain every named column.
 * @throws {@link DataFormatError} `DATA_FORMAT` when an index is outside the row.
 * @internal
 */
export function layoutFromMapping(
  mapping: CsvColumnMapping,
  header: readonly string[] | undefined,
  fieldCount: number,
  line: number,
): CsvLayout | undefined {
  const normalized = header?.map(normalizeHeader)
  const resolve = (ref: string | number | undefined, key: string): number | undefined => {
    if (ref === undefined) return -1
    if (typeof ref === 'number') {
      if (ref >= fieldCount) {
        throw new DataFormatError(`columns.${key} = ${ref} but the row has ${fieldCount} fields`, { line })
      }
      return ref
    }
    const i = normalized?.indexOf(normalizeHeader(ref)) ?? -1
    return i < 0 ? undefined : i
  }
  const cols = {
    time: resolve(mapping.time, 'time'),
    timeOfDay: resolve(mapping.timeOfDay, 'timeOfDay'),
    open: resolve(mapping.open, 'open'),
    high: resolve(mapping.high, 'high'),
    low: resolve(mapping.low, 'low'),
    close: resolve(mapping.close, 'close'),
    volume: resolve(mapping.volume, 'volume'),
    adjClose: resolve(mapping.adjClose, 'adjClose'),
    symbol: resolve(mapping.symbol, 'symbol'),
  }
  if (Object.values(cols).some((v) => v === undefined)) return undefined
  const c = cols as Record<keyof typeof cols, number>
  return {
    fieldCount,
    headerLine: header ? line : 0,
    names: header ? [...header] : columnNames(fieldCount),
    time: c.time,
    timeOfDay: c.timeOfDay,
    symbol: c.symbol,
    assets: [
      {
        name: undefined,
        open: c.open,
        high: c.high,
        low: c.low,
        close: c.close,
        volume: c.volume,
        adjClose: c.adjClose,
      },
    ],
  }
}

const DELIMITERS = [',', '\t', ';', '|'] as const

/**
 * Picks the field separator: the candidate with the most occurrences on any single line of `sample` (quoted text
 * included, which is good enough for headers and numbers). Defaults to `,`.
 * @internal
 */
export function detectDelimiter(sample: string): string {
  let best = ','
  let bestCount = 0
  const lines = sample.split(/\r\n|\n|\r/, 12)
  for (const d of DELIMITERS) {
    for (const l of lines) {
      const count = l.split(d).length - 1
      if (count > bestCount) {
        best = d
        bestCount = count
      }
    }
  }
  return best
}
