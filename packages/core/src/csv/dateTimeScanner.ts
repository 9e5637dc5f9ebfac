/** Order of day and month in dates whose year comes last (`17.10.2019`, `10/17/2019`). */
export type DateOrder = 'DMY' | 'MDY'

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/**
 * Allocation-free scanner for the date and time cells found in bar files. Accepted forms (surrounding spaces
 * ignored):
 *
 * - dates `YYYY-MM-DD`, `YYYY.MM.DD` (MetaTrader), `YYYY/MM/DD`, `YYYYMMDD`, and day/month-first dates with a
 *   4-digit year last (`DD.MM.YYYY`, `MM/DD/YYYY`; the order comes from {@link DateOrder}, by default `.` means
 *   day first and `/` or `-` month first);
 * - optionally followed by ` ` or `T` and a time `HH[:MM[:SS[.fff]]]`, an `AM`/`PM` marker (`09-AM`, `9:30 PM`,
 *   the CryptoDataDownload form), and a zone `Z`, `UTC`, `GMT` or `±HH[:MM]`; a time-of-day cell alone may
 *   also be compact `HHMM[SS]` (MetaStock/Finam `<TIME>`);
 * - epoch numbers (9 digits or more): up to 11 digits are seconds, 12–14 milliseconds, 15–17 microseconds, longer nanoseconds.
 *
 * After a successful scan, `ms` holds the time and `zoned` says whether it is a true UTC instant (zone or epoch
 * given) or a naive wall-clock time expressed as if it were UTC.
 * @internal
 */
export class DateTimeScanner {
  /** Result of the last successful scan, in ms. */
  ms = Number.NaN
  /** Whether {@link DateTimeScanner.ms} is an absolute UTC instant (else a naive wall-clock time). */
  zoned = false
  private s = ''
  private p = 0
  private e = 0
  /** Number of digits read by the last {@link DateTimeScanner.digits} call. */
  private count = 0
  /** Cache of {@link DateTimeScanner.day}: `YYYYMMDD` key and its epoch ms. */
  private lastKey = -1
  private lastDay = Number.NaN

  constructor(private readonly dateOrder: DateOrder | undefined) {}

  /** Scans a date with an optional time. Returns `false` when the text is not a valid date/time. */
  scanDateTime(text: string, start: number, end: number): boolean {
    if (!this.reset(text, start, end)) return false
    const epoch = this.epochDigits()
    if (epoch !== undefined) {
      this.ms = epoch
      this.zoned = true
      return Number.isFinite(epoch)
    }
    const day = this.date()
    if (Number.isNaN(day)) return false
    let tod = 0
    this.zoned = false
    if (this.p < this.e) {
      const c = this.peek()
      if (c !== 32 && c !== 84 && c !== 116) return false
      while (this.p < this.e && (this.peek() === 32 || this.peek() === 84)) this.p++
      tod = this.timeAndZone()
      if (Number.isNaN(tod)) return false
    }
    this.ms = day + tod
    return true
  }

  /** Scans a time of day alone (`HH:MM[:SS[.fff]]`, with optional AM/PM and zone) into `ms` since midnight. */
  scanTimeOfDay(text: string, start: number, end: number): boolean {
    if (!this.reset(text, start, end)) return false
    this.zoned = false
    const tod = this.timeAndZone()
    this.ms = tod
    return !Number.isNaN(tod)
  }

  private reset(text: string, start: number, end: number): boolean {
    while (start < end && text.charCodeAt(start) === 32) start++
    while (end > start && text.charCodeAt(end - 1) === 32) end--
    this.s = text
    this.p = start
    this.e = end
    this.ms = Number.NaN
    return start < end
  }

  /** Epoch number (all digits, at least 9) → ms; `undefined` when the cell is not all digits. */
  private epochDigits(): number | undefined {
    const { s, e } = this
    let v = 0
    for (let i = this.p; i < e; i++) {
      const c = s.charCodeAt(i) - 48
      if (c < 0 || c > 9) return undefined
      v = v * 10 + c
    }
    const len = e - this.p
    if (len < 9) return undefined // YYYYMMDD or not a time
    if (len <= 11) return v * 1000
    if (len <= 14) return v
    if (len <= 17) return Math.floor(v / 1000)
    return Math.floor(v / 1e6)
  }

  /** Char code at the cursor, `-1` at the end of the cell. */
  private peek(): number {
    return this.p < this.e ? this.s.charCodeAt(this.p) : -1
  }

  private digits(max: number): number {
    let v = 0
    let k = 0
    while (k < max && this.p < this.e) {
      const c = this.peek() - 48
      if (c < 0 || c > 9) break
      v = v * 10 + c
      this.p++
      k++
    }
    this.count = k
    return k === 0 ? Number.NaN : v
  }

  /** Date part → ms of 00:00 that day (as if UTC), or NaN. */
  private date(): number {
    const a = this.digits(8)
    const la = this.count
    if (Number.isNaN(a)) return Number.NaN
    if (la === 8) return this.day(Math.floor(a / 10000), Math.floor(a / 100) % 100, a % 100)
    const sep = this.peek()
    if (sep !== 45 && sep !== 46 && sep !== 47) return Number.NaN
    this.p++
    const b = this.digits(2)
    if (Number.isNaN(b) || this.peek() !== sep) return Number.NaN
    this.p++
    const c = this.digits(4)
    const lc = this.count
    if (Number.isNaN(c)) return Number.NaN
    if (la === 4) return this.day(a, b, c)
    if (lc !== 4 || la > 2) return Number.NaN
    const order = this.dateOrder ?? (sep === 46 ? 'DMY' : 'MDY')
    return order === 'DMY' ? this.day(c, b, a) : this.day(c, a, b)
  }

  /** {@link civil} with a one-entry cache: intraday rows repeat the same date. */
  private day(year: number, month: number, day: number): number {
    const key = (year * 100 + month) * 100 + day
    if (key !== this.lastKey) {
      this.lastKey = key
      this.lastDay = civil(year, month, day)
    }
    return this.lastDay
  }

  /** `HH[:MM[:SS[.fff]]][ AM|PM][zone]` → ms since midnight (zone applied; may leave the day), or NaN. */
  private timeAndZone(): number {
    const { s } = this
    let h = this.digits(2)
    if (Number.isNaN(h)) return Number.NaN
    let m = 0
    let sec = 0
    let frac = 0
    const compact = this.count === 2 && this.peek() >= 48 && this.peek() <= 57
    if (compact) {
      // HHMM[SS] as in MetaStock/Finam exports
      m = this.digits(2)
      if (this.count !== 2) return Number.NaN
      if (this.peek() >= 48 && this.peek() <= 57) {
        sec = this.digits(2)
        if (this.count !== 2) return Number.NaN
      }
    } else if (this.peek() === 58) {
      this.p++
      m = this.digits(2)
      if (Number.isNaN(m) || this.count !== 2) return Number.NaN
      if (this.peek() === 58) {
        this.p++
        sec = this.digits(2)
        if (Number.isNaN(sec) || this.count !== 2) return Number.NaN
        if (this.peek() === 46 || this.peek() === 44) {
          this.p++
          const f = this.digits(9)
          if (Number.isNaN(f)) return Number.NaN
          frac = Math.round((f / 10 ** this.count) * 1000)
        }
      }
    }
    // AM/PM marker, optionally after a space or a dash (`09-AM`)
    let q = this.p
    while (q < this.e && (s.charCodeAt(q) === 32 || s.charCodeAt(q) === 45)) q++
    const ap = q + 1 < this.e ? s.charCodeAt(q) | 32 : 0
    if ((ap === 97 || ap === 112) && (s.charCodeAt(q + 1) | 32) === 109) {
      if (h < 1 || h > 12) return Number.NaN
      h = (h % 12) + (ap === 112 ? 12 : 0)
      this.p = q + 2
    }
    if (h > 23 || m > 59 || sec > 59) return Number.NaN
    let ms = ((h * 60 + m) * 60 + sec) * 1000 + frac
    while (this.p < this.e && this.peek() === 32) this.p++
    if (this.p < this.e) {
      const offset = this.zone()
      if (Number.isNaN(offset)) return Number.NaN
      ms -= offset
      this.zoned = true
    }
    return ms
  }

  /** Zone suffix → offset in ms east of UTC, or NaN when malformed or when text follows it. */
  private zone(): number {
    const { s, e } = this
    const rest = e - this.p
    const c = this.peek()
    if (rest === 1 && (c === 90 || c === 122)) return 0
    if (rest === 3) {
      const z = s.slice(this.p, e).toUpperCase()
      if (z === 'UTC' || z === 'GMT') return 0
    }
    if (c !== 43 && c !== 45) return Number.NaN
    this.p++
    const hh = this.digits(2)
    if (Number.isNaN(hh) || this.count !== 2) return Number.NaN
    if (this.peek() === 58) this.p++
    const mm = this.p < e ? this.digits(2) : 0
    if (Number.isNaN(mm) || this.p !== e || hh > 14 || mm > 59) return Number.NaN
    return (c === 45 ? -1 : 1) * (hh * 60 + mm) * 60_000
  }
}

/** Proleptic Gregorian date → ms since the epoch at 00:00 UTC (as `Date.UTC`), or NaN when the date does not exist. */
function civil(year: number, month: number, day: number): number {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return Number.NaN
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const dim = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!
  if (day > dim) return Number.NaN
  // days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant, "chrono-compatible low-level date
  // algorithms", days_from_civil), integer arithmetic only
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return (era * 146_097 + doe - 719_468) * 86_400_000
}
