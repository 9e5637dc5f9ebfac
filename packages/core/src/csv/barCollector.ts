import type { BarColumns } from '../barSeries.js'
import { DataFormatError } from '../errors.js'

/** Where a collector reports a row it rejects or drops. @internal */
export interface CollectorSink {
  /** A row broke the order: throws or reports it, per `onInvalid`. */
  invalid(line: number, reason: string): void
  /** A duplicate was dropped under `keepFirst`/`keepLast`: reports it. */
  skipped(line: number, reason: string): void
}

const iso = (t: number): string => new Date(t).toISOString()

/**
 * Accumulates validated bars of one series in growable columns, enforcing the `order` and `duplicates` policies,
 * and hands back oldest-first columns. @internal
 */
export class BarCollector {
  private n = 0
  private direction = 0
  /** Whether the rows so far are non-decreasing / non-increasing in time (then no sort is needed). */
  private ascending = true
  private descending = true
  /** Whether two rows had the same time (then the duplicate policy must run). */
  private repeated = false
  private time: Float64Array
  private open: Float64Array
  private high: Float64Array
  private low: Float64Array
  private close: Float64Array
  private volume: Float64Array
  private lines: Float64Array

  constructor(
    private readonly order: 'sort' | 'strict',
    private readonly duplicates: 'throw' | 'keepFirst' | 'keepLast',
    private readonly timeField: string,
    private readonly sink: CollectorSink,
    capacity: number,
  ) {
    const size = Math.max(16, Math.ceil(capacity))
    this.time = new Float64Array(size)
    this.open = new Float64Array(size)
    this.high = new Float64Array(size)
    this.low = new Float64Array(size)
    this.close = new Float64Array(size)
    this.volume = new Float64Array(size)
    this.lines = new Float64Array(size)
  }

  /** Number of bars held. */
  get size(): number {
    return this.n
  }

  /** Adds one bar read from `line`; may drop it (or the previous one) per the policies. */
  add(t: number, o: number, h: number, l: number, c: number, v: number, line: number): void {
    let n = this.n
    if (this.order === 'strict' && n > 0) {
      const prev = this.time[n - 1]!
      if (t === prev) {
        const prevLine = this.lines[n - 1]!
        if (this.keep(prevLine, line, t)) return
        n = --this.n
      } else {
        const dir = t > prev ? 1 : -1
        if (this.direction === 0) {
          this.direction = dir
        } else if (dir !== this.direction) {
          const want = this.direction > 0 ? 'after' : 'before'
          this.sink.invalid(
            line,
            `time ${iso(t)} is out of order: rows run ${this.direction > 0 ? 'oldest' : 'newest'}-first but it is not ${want} ${iso(prev)} (line ${this.lines[n - 1]})`,
          )
          return
        }
      }
    }
    if (n > 0) {
      const prev = this.time[n - 1]!
      if (t < prev) this.ascending = false
      else if (t > prev) this.descending = false
      else this.repeated = true
    }
    if (n === this.time.length) this.grow()
    this.time[n] = t
    this.open[n] = o
    this.high[n] = h
    this.low[n] = l
    this.close[n] = c
    this.volume[n] = v
    this.lines[n] = line
    this.n = n + 1
  }

  /**
   * Applies the duplicate policy to rows `first` and `second` (file order) with the same time.
   * @returns `true` when the second row is dropped, `false` when the first one is.
   */
  private keep(first: number, second: number, t: number): boolean {
    if (this.duplicates === 'throw') {
      throw new DataFormatError(`duplicate time ${iso(t)} (also on line ${first})`, {
        line: second,
        field: this.timeField,
      })
    }
    if (this.duplicates === 'keepFirst') {
      this.sink.skipped(second, `duplicate time ${iso(t)} (kept line ${first})`)
      return true
    }
    this.sink.skipped(first, `duplicate time ${iso(t)} (kept line ${second})`)
    return false
  }

  private grow(): void {
    const size = this.time.length * 2
    const bigger = (a: Float64Array): Float64Array => {
      const b = new Float64Array(size)
      b.set(a)
      return b
    }
    this.time = bigger(this.time)
    this.open = bigger(this.open)
    this.high = bigger(this.high)
    this.low = bigger(this.low)
    this.close = bigger(this.close)
    this.volume = bigger(this.volume)
    this.lines = bigger(this.lines)
  }

  /** The bars, oldest first, in right-sized columns. */
  finish(): BarColumns<Float64Array> {
    const monotonic = !this.repeated && (this.ascending || this.descending)
    if (this.order === 'sort' && !monotonic) return this.sorted()
    const reverse = this.order === 'sort' ? !this.ascending : this.direction < 0
    const take = (c: Float64Array): Float64Array => {
      const a = c.slice(0, this.n)
      return reverse ? a.reverse() : a
    }
    return {
      time: take(this.time),
      open: take(this.open),
      high: take(this.high),
      low: take(this.low),
      close: take(this.close),
      volume: take(this.volume),
    }
  }

  private sorted(): BarColumns<Float64Array> {
    const { time, lines } = this
    const n = this.n
    const idx = new Uint32Array(n)
    for (let i = 0; i < n; i++) idx[i] = this.ascending || !this.descending ? i : n - 1 - i
    if (!this.ascending && !this.descending) sortIndex(idx, time, lines)
    const keep = new Uint32Array(n)
    let m = 0
    for (let k = 0; k < n; k++) {
      const i = idx[k]!
      const j = keep[m - 1]!
      if (m > 0 && time[j] === time[i]) {
        const jFirst = lines[j]! < lines[i]!
        const early = jFirst ? j : i
        const late = jFirst ? i : j
        keep[m - 1] = this.keep(lines[early]!, lines[late]!, time[i]!) ? early : late
      } else {
        keep[m++] = i
      }
    }
    const pick = (c: Float64Array): Float64Array => {
      const out = new Float64Array(m)
      for (let k = 0; k < m; k++) out[k] = c[keep[k]!]!
      return out
    }
    return {
      time: pick(this.time),
      open: pick(this.open),
      high: pick(this.high),
      low: pick(this.low),
      close: pick(this.close),
      volume: pick(this.volume),
    }
  }
}

/**
 * Sorts row indices by (time, line). Bar files out of order are usually almost sorted one way or the other (a few
 * swapped rows), so the indices are first turned to the majority direction and insertion-sorted, O(n + swaps);
 * past `32 n` moves it falls back to the built-in sort.
 */
function sortIndex(idx: Uint32Array, time: Float64Array, lines: Float64Array): void {
  const n = idx.length
  let down = 0
  for (let i = 1; i < n; i++) if (time[i]! < time[i - 1]!) down++
  if (down * 2 > n) idx.reverse()
  const before = (a: number, b: number): boolean =>
    time[a]! < time[b]! || (time[a] === time[b] && lines[a]! < lines[b]!)
  let moves = 0
  for (let i = 1; i < n; i++) {
    const x = idx[i]!
    let j = i - 1
    while (j >= 0 && before(x, idx[j]!)) {
      idx[j + 1] = idx[j]!
      j--
    }
    idx[j + 1] = x
    moves += i - 1 - j
    if (moves > 32 * n) {
      idx.sort((a, b) => time[a]! - time[b]! || lines[a]! - lines[b]!)
      return
    }
  }
}
