import { DataFormatError } from '../errors.js'

const QUOTE = 34
const LF = 10
const CR = 13

/**
 * One CSV record, reused between callbacks (copy what you keep). Field `i` is `text.slice(starts[i], ends[i])`
 * with surrounding quotes already removed; read it through {@link CsvRecord.field} to undo `""` escapes.
 * @internal
 */
export class CsvRecord {
  /** Buffer the offsets point into. */
  text = ''
  /** 1-based line number of the record's first line in the source. */
  line = 0
  /** Number of fields. */
  count = 0
  readonly starts: number[] = []
  readonly ends: number[] = []
  readonly escaped: boolean[] = []

  /** Field `i` as a string (quotes removed, `""` unescaped, not trimmed). */
  field(i: number): string {
    const s = this.text.slice(this.starts[i], this.ends[i])
    return this.escaped[i] ? s.replaceAll('""', '"') : s
  }

  /** `true` when field `i`, without surrounding spaces, equals `value` (no allocation). */
  fieldEquals(i: number, value: string): boolean {
    let start = this.starts[i]!
    let end = this.ends[i]!
    while (start < end && this.text.charCodeAt(start) === 32) start++
    while (end > start && this.text.charCodeAt(end - 1) === 32) end--
    return end - start === value.length && !this.escaped[i] && this.text.startsWith(value, start)
  }

  /** `true` when field `i` is empty or only spaces/tabs. */
  isBlank(i: number): boolean {
    const end = this.ends[i]!
    for (let p = this.starts[i]!; p < end; p++) {
      const c = this.text.charCodeAt(p)
      if (c !== 32 && c !== 9) return false
    }
    return true
  }
}

/**
 * Incremental RFC 4180 tokenizer: feed text in chunks of any size with {@link CsvTokenizer.push} and finish with
 * {@link CsvTokenizer.end}; every complete record is passed to `onRecord` with its 1-based line number.
 * Handles quoted fields (with `""` escapes and embedded newlines), LF and CRLF line ends, and chunk boundaries
 * anywhere (inside a quoted field or between CR and LF). Blank lines are skipped.
 *
 * Unquoted lines, the common case, are split with `indexOf` (several times faster than a per-character loop);
 * only a line containing `"` takes the per-character path.
 * @internal
 */
export class CsvTokenizer {
  private tail = ''
  private line = 1
  private readonly record = new CsvRecord()
  private readonly delimiter: string
  /** Newlines consumed by the last {@link CsvTokenizer.quoted} record. */
  private newlines = 0

  constructor(
    delimiter: string,
    private readonly onRecord: (record: CsvRecord) => void,
  ) {
    this.delimiter = delimiter
  }

  /** Consumes a chunk; records completed by it are emitted, an unfinished last record is kept for later. */
  push(chunk: string): void {
    this.consume(this.tail.length === 0 ? chunk : this.tail + chunk, false)
  }

  /** Emits the last record (the text need not end with a newline). */
  end(): void {
    this.consume(this.tail, true)
  }

  private consume(text: string, final: boolean): void {
    const n = text.length
    const d = this.delimiter
    const rec = this.record
    const { starts, ends, escaped } = rec
    rec.text = text
    let pos = 0
    let nextQuote = text.indexOf('"')
    while (pos < n) {
      let lf = text.indexOf('\n', pos)
      if (lf < 0) {
        if (!final) break
        lf = n
      }
      if (nextQuote >= 0 && nextQuote < pos) nextQuote = text.indexOf('"', pos)
      let count = 0
      let next: number
      let newlines = 1
      if (nextQuote < 0 || nextQuote > lf) {
        const end = lf > pos && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf
        let p = pos
        for (;;) {
          let q = text.indexOf(d, p)
          if (q < 0 || q > end) q = end
          starts[count] = p
          ends[count] = q
          escaped[count] = false
          count++
          if (q >= end) break
          p = q + 1
        }
        next = lf + 1
      } else {
        next = this.quoted(text, pos, final)
        if (next < 0) break
        count = this.record.count
        newlines = this.newlines
      }
      rec.line = this.line
      rec.count = count
      this.line += newlines
      pos = next
      if (count > 1 || !rec.isBlank(0)) this.onRecord(rec)
    }
    this.tail = pos < n ? text.slice(pos) : ''
  }

  /**
   * Reads one record that contains a quote, character by character, into the record's fields.
   * @returns Position after the record's line end, or `-1` when the text ends inside it and more may come.
   */
  private quoted(text: string, pos: number, final: boolean): number {
    const n = text.length
    const d = this.delimiter.charCodeAt(0)
    const { starts, ends, escaped } = this.record
    let count = 0
    let newlines = 0
    for (;;) {
      let start = pos
      let end: number
      let esc = false
      if (pos < n && text.charCodeAt(pos) === QUOTE) {
        start = ++pos
        let close = -1
        for (;;) {
          const q = text.indexOf('"', pos)
          if (q < 0 || (q + 1 >= n && !final)) break
          if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
            esc = true
            pos = q + 2
            continue
          }
          close = q
          break
        }
        if (close < 0) {
          if (final) throw new DataFormatError('unterminated quoted field', { line: this.line })
          return -1
        }
        for (let p = text.indexOf('\n', start); p >= 0 && p < close; p = text.indexOf('\n', p + 1)) newlines++
        end = close
        pos = close + 1
        // tolerate spaces between the closing quote and the delimiter
        while (pos < n && text.charCodeAt(pos) === 32) pos++
      } else {
        while (pos < n) {
          const c = text.charCodeAt(pos)
          if (c === d || c === LF || c === CR) break
          pos++
        }
        end = pos
      }
      starts[count] = start
      ends[count] = end
      escaped[count] = esc
      count++
      if (pos >= n) {
        if (!final) return -1
        break
      }
      const c = text.charCodeAt(pos)
      if (c === d) {
        pos++
        continue
      }
      if (c === CR && text.charCodeAt(pos + 1) === LF) pos++
      else if (c !== LF) {
        throw new DataFormatError('unexpected character after a closing quote', { line: this.line + newlines })
      }
      pos++
      newlines++
      break
    }
    this.record.count = count
    this.newlines = newlines
    return pos
  }
}
