import { z } from 'zod'
import { BarSeries, type BarSeriesMeta } from '../barSeries.js'
import { DataFormatError, InvalidArgumentError } from '../errors.js'
import { alignTime, type Timeframe, TimeframeSchema, timeframeFromMs } from '../timeframe.js'
import { BarCollector, type CollectorSink } from './barCollector.js'
import { type CsvRecord, CsvTokenizer } from './csvTokenizer.js'
import { DateTimeScanner } from './dateTimeScanner.js'
import {
  type AssetColumns,
  type CsvLayout,
  detectDelimiter,
  headerlessLayout,
  layoutFromHeader,
  layoutFromMapping,
} from './detectLayout.js'
import type { CsvSkippedRow, ParseBarsCsvOptions } from './options.js'
import { parseDecimal } from './parseDecimal.js'
import { zoneConverter } from './zoneConverter.js'

const column = z.union([z.string(), z.number().int().nonnegative()])
const OptionsSchema = z
  .object({
    symbol: z.string(),
    timeframe: z.union([TimeframeSchema, z.literal('auto')]),
    columns: z
      .object({
        time: column,
        timeOfDay: column,
        open: column,
        high: column,
        low: column,
        close: column,
        volume: column,
        adjClose: column,
        symbol: column,
      })
      .partial({ timeOfDay: true, volume: true, adjClose: true, symbol: true })
      .strict(),
    delimiter: z.string().length(1),
    skipLines: z.number().int().nonnegative(),
    timeZone: z.string().min(1),
    dateOrder: z.enum(['DMY', 'MDY']),
    adjusted: z.boolean(),
    order: z.enum(['sort', 'strict']),
    duplicates: z.enum(['throw', 'keepFirst', 'keepLast']),
    onInvalid: z.enum(['throw', 'skip']),
    onSkip: z.custom<(row: CsvSkippedRow) => void>((v) => typeof v === 'function', 'must be a function'),
  })
  .partial()
  .strict()

/** Lines that may precede the header (banners) before the file is declared unreadable. */
const MAX_PREAMBLE = 10
/** Buffered text before the delimiter is detected: enough for the banner, header and a few rows. */
const SAMPLE_LINES = 12

/**
 * The one implementation of bar-file reading, fed incrementally: `parseBarsCsv` pushes the whole text,
 * `readBarsCsv` pushes stream chunks. Holds the detected layout and one {@link BarCollector} per series.
 * @internal
 */
export class BarsCsvParser {
  private readonly opts: ParseBarsCsvOptions
  private tokenizer: CsvTokenizer | undefined
  private sample = ''
  private layout: CsvLayout | undefined
  private preamble = 0
  private firstLine = 0
  private readonly scanner: DateTimeScanner
  private readonly toUtc: ((naiveMs: number) => number) | undefined
  /** Single mode: one collector; wide mode: one per asset (same order as `layout.assets`). */
  private collectors: BarCollector[] = []
  /** Long multi-symbol mode (multi + symbol column): collectors by symbol value. */
  private bySymbol: Map<string, BarCollector> | undefined
  private assets: AssetColumns[] = []
  private symbolValue: string | undefined
  private readonly sink: CollectorSink

  /** Rows expected per series (for the first allocation), from `sizeHint` and the sampled line length. */
  private expectedRows = 1024

  /**
   * @param options - Public loader options (validated here).
   * @param multi - `true` for `parseBarsCsvMulti` (one series per asset or symbol).
   * @param sizeHint - Total text length when known (characters or bytes), to size the columns once.
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` naming the bad option.
   */
  constructor(
    options: ParseBarsCsvOptions | undefined,
    private readonly multi: boolean,
    private readonly sizeHint = 0,
  ) {
    const parsed = OptionsSchema.safeParse(options ?? {})
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      const path = issue.path.join('.')
      throw new InvalidArgumentError(path ? `options.${path}` : 'options', issue.message)
    }
    this.opts = options ?? {}
    this.scanner = new DateTimeScanner(this.opts.dateOrder)
    const zone = this.opts.timeZone
    this.toUtc = zone === undefined || zone === 'UTC' || zone === 'Etc/UTC' ? undefined : zoneConverter(zone)
    this.sink = {
      invalid: (line, reason) => this.invalid(line, this.layout?.names[this.layout.time], reason),
      skipped: (line, reason) => this.report(line, this.layout?.names[this.layout.time], reason),
    }
  }

  /** Consumes the next chunk of the file (a leading UTF-8 byte-order mark is dropped). */
  push(chunk: string): void {
    if (!this.tokenizer && this.sample.length === 0 && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1)
    if (this.tokenizer) {
      this.tokenizer.push(chunk)
      return
    }
    this.sample += chunk
    if (sampleLines(this.sample).lines >= SAMPLE_LINES) this.start()
  }

  /** Marks the end of the file and flushes the last row. */
  end(): void {
    if (!this.tokenizer) this.start()
    this.tokenizer!.end()
    if (!this.layout) {
      throw new DataFormatError(
        this.firstLine === 0
          ? 'no rows: the file is empty'
          : 'no header row with date/time, open, high, low and close columns, and no bar rows, were found',
        { line: this.firstLine || 1 },
      )
    }
  }

  /** The single series (plain files, or one asset of a wide file chosen by `symbol`). */
  series(): BarSeries {
    return this.build(this.collectors[0]!, this.opts.symbol ?? this.symbolValue)
  }

  /** Every series by asset name (wide files) or symbol value (long files), in order of first appearance. */
  seriesMap(): Map<string, BarSeries> {
    const out = new Map<string, BarSeries>()
    if (this.bySymbol) {
      for (const [symbol, c] of this.bySymbol) out.set(symbol, this.build(c, symbol))
    } else {
      this.assets.forEach((a, i) => {
        const name = a.name ?? ''
        out.set(name, this.build(this.collectors[i]!, name))
      })
    }
    return out
  }

  private build(collector: BarCollector, symbol: string | undefined): BarSeries {
    const cols = collector.finish()
    const meta: BarSeriesMeta = {}
    if (symbol !== undefined) meta.symbol = symbol
    const tf = this.opts.timeframe ?? 'auto'
    const timeframe = tf === 'auto' ? inferTimeframe(cols.time) : tf
    if (timeframe !== undefined) meta.timeframe = timeframe
    return BarSeries.fromColumns(cols, meta)
  }

  private start(): void {
    const delimiter = this.opts.delimiter ?? detectDelimiter(this.sample)
    const { lines, length } = sampleLines(this.sample)
    if (this.sizeHint > 0 && lines > 0) this.expectedRows = (this.sizeHint / length) * lines * 1.1 + 16
    this.tokenizer = new CsvTokenizer(delimiter, (rec) => this.record(rec))
    const text = this.sample
    this.sample = ''
    this.tokenizer.push(text)
  }

  private record(rec: CsvRecord): void {
    if (rec.line <= (this.opts.skipLines ?? 0)) return
    if (this.layout) {
      this.row(rec)
      return
    }
    if (this.firstLine === 0) this.firstLine = rec.line
    const fields = Array.from({ length: rec.count }, (_, i) => rec.field(i))
    const mapping = this.opts.columns
    let layout: CsvLayout | undefined
    let isData = false
    if (mapping) {
      const byIndex = Object.values(mapping).every((v) => typeof v === 'number')
      if (byIndex) {
        const open = mapping.open as number
        isData = open < rec.count && !Number.isNaN(parseDecimal(rec.text, rec.starts[open]!, rec.ends[open]!))
        if (isData) layout = layoutFromMapping(mapping, undefined, rec.count, rec.line)
      } else {
        layout = layoutFromMapping(mapping, fields, rec.count, rec.line)
      }
    } else {
      layout = layoutFromHeader(fields, rec.line)
      if (!layout && this.looksLikeBar(rec)) {
        layout = headerlessLayout(rec.count)
        isData = true
      }
    }
    if (!layout) {
      if (++this.preamble >= MAX_PREAMBLE) {
        throw new DataFormatError(
          mapping
            ? `no header row containing the mapped columns in the first ${MAX_PREAMBLE} lines`
            : `no header row with date/time, open, high, low and close columns in the first ${MAX_PREAMBLE} lines`,
          { line: this.firstLine },
        )
      }
      return
    }
    this.setLayout(layout)
    if (isData) this.row(rec)
  }

  private looksLikeBar(rec: CsvRecord): boolean {
    if (rec.count < 5 || !this.scanner.scanDateTime(rec.text, rec.starts[0]!, rec.ends[0]!)) return false
    for (let i = 1; i <= 4; i++) if (Number.isNaN(parseDecimal(rec.text, rec.starts[i]!, rec.ends[i]!))) return false
    return true
  }

  private setLayout(layout: CsvLayout): void {
    const where = { line: layout.headerLine || this.firstLine }
    let assets = layout.assets
    const wide = assets.length > 1 || assets[0]?.name !== undefined
    if (wide && !this.multi) {
      const names = assets.map((a) => a.name)
      const pick = assets.find((a) => a.name === this.opts.symbol)
      if (!pick) {
        throw new DataFormatError(
          `wide multi-asset file (assets ${names.join(', ')}): pass the \`symbol\` option to pick one, or use parseBarsCsvMulti`,
          where,
        )
      }
      assets = [pick]
    }
    if (this.multi && !wide && layout.symbol < 0) {
      throw new DataFormatError(
        'not a multi-asset file: it has neither ASSET:field columns (e.g. "BTC:open") nor a symbol column; use parseBarsCsv',
        where,
      )
    }
    if (this.opts.adjusted) {
      for (const a of assets) {
        if (a.adjClose < 0) throw new DataFormatError('`adjusted: true` needs an "Adj Close" column', where)
      }
    }
    this.layout = layout
    this.assets = assets
    if (this.multi && !wide) {
      this.bySymbol = new Map()
    } else {
      this.collectors = assets.map(() => this.collector())
    }
  }

  private collector(): BarCollector {
    return new BarCollector(
      this.opts.order ?? 'sort',
      this.opts.duplicates ?? 'throw',
      this.layout!.names[this.layout!.time]!,
      this.sink,
      this.bySymbol ? 1024 : this.expectedRows,
    )
  }

  private row(rec: CsvRecord): void {
    const L = this.layout!
    const line = rec.line
    if (rec.count !== L.fieldCount) {
      this.invalid(line, undefined, `expected ${L.fieldCount} fields, got ${rec.count}`)
      return
    }
    const time = this.time(rec, L)
    if (Number.isNaN(time)) return
    if (L.symbol >= 0 && (this.symbolValue === undefined || !rec.fieldEquals(L.symbol, this.symbolValue))) {
      const symbol = rec.field(L.symbol).trim()
      if (this.bySymbol) {
        let c = this.bySymbol.get(symbol)
        if (!c) this.bySymbol.set(symbol, (c = this.collector()))
        this.bar(rec, this.assets[0]!, c, time, symbol)
        return
      }
      if (this.symbolValue === undefined) {
        this.symbolValue = symbol
      } else if (symbol !== this.symbolValue) {
        this.invalid(
          line,
          L.names[L.symbol],
          `symbol "${symbol}" differs from "${this.symbolValue}" on earlier rows; use parseBarsCsvMulti for multi-symbol files`,
        )
        return
      }
    }
    if (this.assets.length === 1 && this.assets[0]!.name === undefined) {
      this.bar(rec, this.assets[0]!, this.collectors[0]!, time, undefined)
      return
    }
    // wide file: an asset with all cells blank has no bar on this row (e.g. before it started trading)
    for (let k = 0; k < this.assets.length; k++) {
      const a = this.assets[k]!
      if (
        rec.isBlank(a.open) &&
        rec.isBlank(a.high) &&
        rec.isBlank(a.low) &&
        rec.isBlank(a.close) &&
        (a.volume < 0 || rec.isBlank(a.volume))
      ) {
        continue
      }
      this.bar(rec, a, this.collectors[k]!, time, a.name)
    }
  }

  /** Row time in epoch ms UTC, or NaN after reporting the row invalid. */
  private time(rec: CsvRecord, L: CsvLayout): number {
    const s = this.scanner
    const { text, starts, ends } = rec
    if (!s.scanDateTime(text, starts[L.time]!, ends[L.time]!)) {
      this.invalid(rec.line, L.names[L.time], `cannot parse date/time ${JSON.stringify(rec.field(L.time))}`)
      return Number.NaN
    }
    let ms = s.ms
    let zoned = s.zoned
    if (L.timeOfDay >= 0) {
      if (!s.scanTimeOfDay(text, starts[L.timeOfDay]!, ends[L.timeOfDay]!)) {
        this.invalid(
          rec.line,
          L.names[L.timeOfDay],
          `cannot parse time of day ${JSON.stringify(rec.field(L.timeOfDay))}`,
        )
        return Number.NaN
      }
      ms += s.ms
      zoned ||= s.zoned
    }
    return zoned || !this.toUtc ? ms : this.toUtc(ms)
  }

  private num(rec: CsvRecord, col: number, symbol: string | undefined): number {
    const v = parseDecimal(rec.text, rec.starts[col]!, rec.ends[col]!)
    if (v >= 0 && v < Number.POSITIVE_INFINITY) return v
    const name = this.layout!.names[col]
    const cell = rec.field(col)
    const reason = rec.isBlank(col)
      ? 'blank cell'
      : v < 0
        ? `negative value ${cell.trim()}`
        : `not a finite number: ${JSON.stringify(cell)}`
    this.invalid(rec.line, name, reason, symbol)
    return Number.NaN
  }

  private bar(rec: CsvRecord, a: AssetColumns, c: BarCollector, time: number, symbol: string | undefined): void {
    const line = rec.line
    let o = this.num(rec, a.open, symbol)
    if (Number.isNaN(o)) return
    let h = this.num(rec, a.high, symbol)
    if (Number.isNaN(h)) return
    let l = this.num(rec, a.low, symbol)
    if (Number.isNaN(l)) return
    let cl = this.num(rec, a.close, symbol)
    if (Number.isNaN(cl)) return
    const v = a.volume < 0 ? 0 : this.num(rec, a.volume, symbol)
    if (Number.isNaN(v)) return
    const names = this.layout!.names
    if (h < l) {
      this.invalid(line, names[a.high], `high ${h} < low ${l}`, symbol)
      return
    }
    if (h < o || h < cl) {
      this.invalid(line, names[a.high], `high ${h} < ${h < o ? `open ${o}` : `close ${cl}`}`, symbol)
      return
    }
    if (l > o || l > cl) {
      this.invalid(line, names[a.low], `low ${l} > ${l > o ? `open ${o}` : `close ${cl}`}`, symbol)
      return
    }
    if (this.opts.adjusted) {
      const adj = this.num(rec, a.adjClose, symbol)
      if (Number.isNaN(adj)) return
      if (cl === 0) {
        this.invalid(line, names[a.close], 'close is 0: cannot scale by Adj Close / Close', symbol)
        return
      }
      const f = adj / cl
      o *= f
      h *= f
      l *= f
      cl = adj
      // scaling can break high >= max(open, close) by one rounding step; clamp back
      h = Math.max(h, o, cl)
      l = Math.min(l, o, cl)
    }
    c.add(time, o, h, l, cl, v, line)
  }

  private invalid(line: number, field: string | undefined, reason: string, symbol?: string): void {
    if ((this.opts.onInvalid ?? 'throw') === 'throw') {
      const where: { line: number; field?: string; symbol?: string } = { line }
      if (field !== undefined) where.field = field
      if (symbol !== undefined) where.symbol = symbol
      throw new DataFormatError(symbol === undefined ? reason : `${symbol}: ${reason}`, where)
    }
    this.report(line, field, reason, symbol)
  }

  private report(line: number, field: string | undefined, reason: string, symbol?: string): void {
    const row: CsvSkippedRow = { line, reason }
    if (field !== undefined) row.field = field
    if (symbol !== undefined) row.symbol = symbol
    this.opts.onSkip?.(row)
  }
}

/** Number of complete lines among the first {@link SAMPLE_LINES} of `text`, and their total length. */
function sampleLines(text: string): { lines: number; length: number } {
  let lines = 0
  let length = 0
  for (let p = text.indexOf('\n'); p >= 0 && lines < SAMPLE_LINES; p = text.indexOf('\n', p + 1)) {
    lines++
    length = p + 1
  }
  return { lines, length }
}

const DAY_MS = 86_400_000

/**
 * The timeframe of a series: the fixed-length timeframe equal to the smallest step between bars; else `1w` or `1M`
 * when steps are at least 4 (resp. 28) days and no two bars share a Monday-week (resp. calendar month), which
 * recognises Friday-dated weeks and month-end-dated months; else `undefined`.
 */
function inferTimeframe(time: Float64Array): Timeframe | undefined {
  let step = Number.POSITIVE_INFINITY
  for (let i = 1; i < time.length; i++) step = Math.min(step, time[i]! - time[i - 1]!)
  const fixed = timeframeFromMs(step)
  if (fixed !== undefined || !Number.isFinite(step)) return fixed
  const calendar: Timeframe | undefined = step >= 28 * DAY_MS ? '1M' : step >= 4 * DAY_MS ? '1w' : undefined
  if (calendar === undefined) return undefined
  for (let i = 1; i < time.length; i++) {
    if (alignTime(time[i]!, calendar) === alignTime(time[i - 1]!, calendar)) return undefined
  }
  return calendar
}
