import type { Bar } from './bar.js'
import { InvalidArgumentError } from './errors.js'
import { alignTime, isTimeframe, nextBarTime, type Timeframe, timeframeToMs } from './timeframe.js'

/**
 * The six OHLCV columns of a {@link BarSeries}, index-aligned, oldest first.
 *
 * @typeParam T - Column type: any `ArrayLike<number>` as input, `Float64Array` inside a series.
 */
export interface BarColumns<T extends ArrayLike<number> = ArrayLike<number>> {
  /** Bar open times, epoch milliseconds UTC, strictly ascending. */
  time: T
  /** Open prices (quote currency). */
  open: T
  /** High prices (quote currency). */
  high: T
  /** Low prices (quote currency). */
  low: T
  /** Close prices (quote currency). */
  close: T
  /** Volumes (base units or the venue's volume unit). */
  volume: T
}

/** Optional labels carried by a {@link BarSeries}. */
export interface BarSeriesMeta {
  /** Instrument symbol, e.g. `'BTC/USDT'` or `'GOOG'`. */
  symbol?: string
  /** Bar timeframe, when known; used as the default by {@link BarSeries.gaps} and checked by {@link BarSeries.resample}. */
  timeframe?: Timeframe
}

/** One hole found by {@link BarSeries.gaps}. */
export interface BarGap {
  /** Index of the first bar after the hole. */
  index: number
  /** Open time of the last bar before the hole, epoch ms UTC. */
  fromTime: number
  /** Open time of the first bar after the hole, epoch ms UTC. */
  toTime: number
  /** Number of bars that are missing between the two (>= 1). */
  missingBars: number
}

/** Options of {@link BarSeries.resample}. */
export interface ResampleOptions {
  /**
   * What to do with the last bucket when the data stops before the bucket closes, i.e. when the last source
   * bar's close time (`time + source bar length`) is before the bucket's close. `'keep'` (default) keeps it as a
   * partial bar, like an unfinished candle on a chart; `'drop'` removes it. The source bar length is the series'
   * `timeframe` when set, otherwise the smallest spacing between consecutive bars. The first bucket is always kept,
   * even if the data starts inside it.
   */
  partial?: 'keep' | 'drop'
}

/** Options of {@link BarSeries.align}. */
export interface AlignOptions {
  /**
   * How a series is filled at union times where it has no bar, after its first bar:
   * - `'forward'` (default): a flat bar at the previous close (`open = high = low = close = previous close`,
   *   `volume = 0`), the usual "price carried flat" convention of data vendors.
   * - `'nan'`: every field `NaN`.
   *
   * Before a series' first bar there is nothing to carry, so those rows are `NaN` under both policies.
   */
  fill?: 'forward' | 'nan'
}

/**
 * A columnar OHLCV series: six `Float64Array` columns of equal length, oldest bar first, times in epoch
 * milliseconds UTC (bar open) strictly ascending. Values are measurements (`number`), not ledger amounts.
 *
 * Instances are immutable by convention: {@link BarSeries.slice} returns views that share memory with the
 * original, so writing into a column is visible in every slice. Every bar satisfies the {@link Bar} invariants,
 * except the `NaN` rows that {@link BarSeries.align} inserts where a series has no data.
 *
 * Build one with {@link BarSeries.fromBars}, {@link BarSeries.fromColumns} or a loader (`parseBarsCsv`).
 *
 * @example
 * ```ts
 * import { BarSeries } from '@aitrade/core'
 *
 * const s = BarSeries.fromBars([
 *   { time: Date.UTC(2024, 0, 1), open: 10, high: 12, low: 9, close: 11, volume: 100 },
 *   { time: Date.UTC(2024, 0, 2), open: 11, high: 13, low: 10, close: 12, volume: 80 },
 * ], { symbol: 'ABC', timeframe: '1d' })
 * s.length        // 2
 * s.at(-1).close  // 12
 * s.close[0]      // 11
 * ```
 */
export class BarSeries implements BarColumns<Float64Array> {
  /** Bar open times, epoch ms UTC, strictly ascending. */
  readonly time: Float64Array
  /** Open prices. */
  readonly open: Float64Array
  /** High prices. */
  readonly high: Float64Array
  /** Low prices. */
  readonly low: Float64Array
  /** Close prices. */
  readonly close: Float64Array
  /** Volumes. */
  readonly volume: Float64Array
  /** Instrument symbol, if known. */
  readonly symbol: string | undefined
  /** Bar timeframe, if known. */
  readonly timeframe: Timeframe | undefined

  private constructor(columns: BarColumns<Float64Array>, meta: BarSeriesMeta) {
    this.time = columns.time
    this.open = columns.open
    this.high = columns.high
    this.low = columns.low
    this.close = columns.close
    this.volume = columns.volume
    this.symbol = meta.symbol
    this.timeframe = meta.timeframe
  }

  /**
   * Builds a series from columns, validating every value. `Float64Array` columns are adopted without copying;
   * other array-likes are copied.
   *
   * Rules: equal lengths; times finite and strictly ascending; prices and volume finite and `>= 0`;
   * `low <= min(open, close)`; `high >= max(open, close, low)`.
   *
   * @param columns - `time` (epoch ms UTC) and `open/high/low/close/volume`, oldest first.
   * @param meta - Optional `symbol` and `timeframe`.
   * @returns The validated series.
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` naming the column and index, e.g. argument
   *   `high[12]` with reason `high 9 < low 10`; `details` carries `field` and `index`.
   *
   * @example
   * ```ts
   * import { BarSeries } from '@aitrade/core'
   *
   * const s = BarSeries.fromColumns({
   *   time: [0, 60_000], open: [1, 2], high: [2, 3], low: [1, 2], close: [2, 3], volume: [5, 6],
   * }, { timeframe: '1m' })
   * s.high // Float64Array [2, 3]
   * ```
   */
  static fromColumns(columns: BarColumns, meta: BarSeriesMeta = {}): BarSeries {
    const cols = {} as BarColumns<Float64Array>
    const n = columns.time?.length
    for (const field of FIELDS) {
      const c = columns[field]
      if (c === undefined || c === null || typeof c.length !== 'number') {
        throw new InvalidArgumentError(`columns.${field}`, 'is missing', { details: { field } })
      }
      if (c.length !== n) {
        throw new InvalidArgumentError(`columns.${field}`, `has length ${c.length}, expected ${n} (length of time)`, {
          details: { field },
        })
      }
      cols[field] = c instanceof Float64Array ? c : Float64Array.from(c)
    }
    validateColumns(cols)
    checkMeta(meta)
    return new BarSeries(cols, meta)
  }

  /**
   * Builds a series from bar objects (copied into columns and validated like {@link BarSeries.fromColumns}).
   *
   * @param bars - Bars, oldest first.
   * @param meta - Optional `symbol` and `timeframe`.
   * @returns The validated series.
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` naming the field and index of the first bad bar.
   *
   * @example
   * ```ts
   * import { BarSeries } from '@aitrade/core'
   *
   * BarSeries.fromBars([{ time: 0, open: 1, high: 1, low: 1, close: 1, volume: 0 }]).length // 1
   * ```
   */
  static fromBars(bars: readonly Bar[], meta: BarSeriesMeta = {}): BarSeries {
    const n = bars.length
    const cols: BarColumns<Float64Array> = {
      time: new Float64Array(n),
      open: new Float64Array(n),
      high: new Float64Array(n),
      low: new Float64Array(n),
      close: new Float64Array(n),
      volume: new Float64Array(n),
    }
    for (let i = 0; i < n; i++) {
      const b = bars[i]
      if (typeof b !== 'object' || b === null) {
        throw new InvalidArgumentError(`bars[${i}]`, 'is not a bar object', { details: { index: i } })
      }
      for (const field of FIELDS) cols[field][i] = typeof b[field] === 'number' ? b[field] : Number.NaN
    }
    validateColumns(cols)
    checkMeta(meta)
    return new BarSeries(cols, meta)
  }

  /**
   * Aligns several series on the union of their times (for portfolios). Every output series shares one
   * `time` column; rows where a series had no bar are filled per {@link AlignOptions.fill}. Because filled rows can be
   * `NaN`, the outputs may hold `NaN` bars before a series starts (test with `Number.isNaN(s.close[i])`).
   *
   * @param series - Series by key (a `Map` or a plain object). Key order is kept.
   * @param options - Fill policy; default forward-fill.
   * @returns A `Map` with the same keys; each series keeps its `symbol` (or takes the key) and its `timeframe`.
   *
   * @example
   * ```ts
   * import { BarSeries } from '@aitrade/core'
   *
   * const bar = (time: number, close: number) => ({ time, open: close, high: close, low: close, close, volume: 1 })
   * const a = BarSeries.fromBars([bar(1, 10), bar(2, 11), bar(3, 12)])
   * const b = BarSeries.fromBars([bar(2, 50)])
   * const out = BarSeries.align({ a, b })
   * out.get('b')?.close // Float64Array [NaN, 50, 50]
   * out.get('b')?.volume // Float64Array [NaN, 1, 0]
   * ```
   */
  static align(
    series: ReadonlyMap<string, BarSeries> | Readonly<Record<string, BarSeries>>,
    options: AlignOptions = {},
  ): Map<string, BarSeries> {
    const fill = options.fill ?? 'forward'
    if (fill !== 'forward' && fill !== 'nan') {
      throw new InvalidArgumentError('options.fill', `must be 'forward' or 'nan', got ${String(fill)}`)
    }
    const entries: [string, BarSeries][] =
      series instanceof Map ? [...series.entries()] : Object.entries(series as Record<string, BarSeries>)
    // union of the ascending time columns by k-way merge
    let union: Float64Array = new Float64Array(0)
    for (const [, s] of entries) union = mergeUnion(union, s.time)
    const out = new Map<string, BarSeries>()
    const n = union.length
    for (const [key, s] of entries) {
      const cols: BarColumns<Float64Array> = {
        time: union,
        open: new Float64Array(n),
        high: new Float64Array(n),
        low: new Float64Array(n),
        close: new Float64Array(n),
        volume: new Float64Array(n),
      }
      let j = 0
      let last = Number.NaN
      for (let i = 0; i < n; i++) {
        if (j < s.length && s.time[j] === union[i]) {
          cols.open[i] = s.open[j]!
          cols.high[i] = s.high[j]!
          cols.low[i] = s.low[j]!
          cols.close[i] = last = s.close[j]!
          cols.volume[i] = s.volume[j]!
          j++
        } else {
          const v = fill === 'forward' ? last : Number.NaN
          cols.open[i] = cols.high[i] = cols.low[i] = cols.close[i] = v
          cols.volume[i] = Number.isNaN(v) ? Number.NaN : 0
        }
      }
      const meta: BarSeriesMeta = { symbol: s.symbol ?? key }
      if (s.timeframe !== undefined) meta.timeframe = s.timeframe
      out.set(key, new BarSeries(cols, meta))
    }
    return out
  }

  /** Number of bars. */
  get length(): number {
    return this.time.length
  }

  /**
   * The bar at `index` as an object (allocates; use the columns in hot loops).
   *
   * @param index - 0-based position; negative counts from the end like `Array.prototype.at` (`-1` is the last bar).
   * @returns The bar `{ time, open, high, low, close, volume }`.
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when `index` is not an integer in `[-length, length)`.
   *
   * @example
   * ```ts
   * import { BarSeries } from '@aitrade/core'
   *
   * const s = BarSeries.fromBars([{ time: 0, open: 1, high: 2, low: 1, close: 2, volume: 3 }])
   * s.at(-1) // { time: 0, open: 1, high: 2, low: 1, close: 2, volume: 3 }
   * ```
   */
  at(index: number): Bar {
    const n = this.time.length
    const i = index < 0 ? index + n : index
    if (!Number.isInteger(index) || i < 0 || i >= n) {
      throw new InvalidArgumentError('index', `must be an integer in [${-n}, ${n}), got ${index}`)
    }
    return {
      time: this.time[i]!,
      open: this.open[i]!,
      high: this.high[i]!,
      low: this.low[i]!,
      close: this.close[i]!,
      volume: this.volume[i]!,
    }
  }

  /**
   * A view of bars `[start, end)` sharing memory with this series (no copy), with the semantics of
   * `TypedArray.prototype.subarray`: negative indices count from the end, out-of-range indices are clamped.
   *
   * @param start - First index (default `0`).
   * @param end - End index, exclusive (default `length`).
   * @returns A series with the same `symbol` and `timeframe`.
   *
   * @example
   * ```ts
   * import { BarSeries } from '@aitrade/core'
   *
   * const bar = (time: number) => ({ time, open: 1, high: 1, low: 1, close: 1, volume: 0 })
   * const s = BarSeries.fromBars([bar(1), bar(2), bar(3)])
   * s.slice(-2).time // Float64Array [2, 3]
   * ```
   */
  slice(start?: number, end?: number): BarSeries {
    return new BarSeries(
      {
        time: this.time.subarray(start, end),
        open: this.open.subarray(start, end),
        high: this.high.subarray(start, end),
        low: this.low.subarray(start, end),
        close: this.close.subarray(start, end),
        volume: this.volume.subarray(start, end),
      },
      this.meta(),
    )
  }

  /**
   * Finds holes in the time index.
   *
   * - With a {@link Timeframe} (the argument, else the series' own `timeframe`): bars are placed in their UTC
   *   buckets ({@link alignTime}); a hole is a jump of more than one bucket, so month-end or Friday-dated bars are
   *   handled and `1M` uses calendar months.
   * - With a number of milliseconds: a hole is a step longer than `expected`; `missingBars` is
   *   `max(1, round(step / expected) - 1)`.
   * - With neither: the smallest step between consecutive bars is used as `expected`.
   *
   * Weekends and holidays of session markets are reported as holes too; filter them as needed.
   *
   * @param expected - Expected bar spacing: a timeframe, or a duration in ms (> 0).
   * @returns Holes in time order (empty when none).
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when `expected` is neither a timeframe nor a positive number.
   *
   * @example
   * ```ts
   * import { BarSeries } from '@aitrade/core'
   *
   * const day = 86_400_000
   * const bar = (time: number) => ({ time, open: 1, high: 1, low: 1, close: 1, volume: 0 })
   * BarSeries.fromBars([bar(0), bar(day), bar(4 * day)]).gaps('1d')
   * // [{ index: 2, fromTime: 86400000, toTime: 345600000, missingBars: 2 }]
   * ```
   */
  gaps(expected?: Timeframe | number): BarGap[] {
    const t = this.time
    const n = t.length
    const out: BarGap[] = []
    const spec = expected ?? this.timeframe ?? minStep(t)
    if (typeof spec === 'string') {
      if (!isTimeframe(spec)) throw new InvalidArgumentError('expected', `unknown timeframe ${JSON.stringify(spec)}`)
      const bucket = bucketIndexer(spec)
      let prev = n > 0 ? bucket(t[0]!) : 0
      for (let i = 1; i < n; i++) {
        const b = bucket(t[i]!)
        if (b - prev > 1) out.push({ index: i, fromTime: t[i - 1]!, toTime: t[i]!, missingBars: b - prev - 1 })
        prev = b
      }
      return out
    }
    if (!(spec > 0) || !Number.isFinite(spec)) {
      throw new InvalidArgumentError(
        'expected',
        `must be a timeframe or a positive duration in ms, got ${String(spec)}`,
      )
    }
    for (let i = 1; i < n; i++) {
      const step = t[i]! - t[i - 1]!
      if (step > spec) {
        out.push({
          index: i,
          fromTime: t[i - 1]!,
          toTime: t[i]!,
          missingBars: Math.max(1, Math.round(step / spec) - 1),
        })
      }
    }
    return out
  }

  /**
   * Aggregates bars into a higher timeframe: first open, highest high, lowest low, last close, summed volume per
   * UTC bucket ({@link alignTime}: epoch-aligned for minutes to days, weeks from Monday 00:00 UTC, calendar months).
   * Output times are bucket opens. Buckets with no source bar produce no output bar (no synthetic fill).
   * See {@link ResampleOptions.partial} for the last, possibly unfinished, bucket.
   *
   * @param timeframe - Target timeframe; must not be shorter than the series' `timeframe` when that is known.
   * @param options - Partial-bucket policy.
   * @returns A new series (own memory) with the same `symbol` and `timeframe` set to the target.
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when `timeframe` is unknown or shorter than the source.
   *
   * @example
   * ```ts
   * import { BarSeries } from '@aitrade/core'
   *
   * const m = 60_000
   * const s = BarSeries.fromBars([
   *   { time: 0, open: 10, high: 11, low: 9, close: 10.5, volume: 1 },
   *   { time: 30 * m, open: 10.5, high: 12, low: 10, close: 11, volume: 2 },
   *   { time: 60 * m, open: 11, high: 11.5, low: 10.8, close: 11.2, volume: 3 },
   * ], { timeframe: '30m' })
   * const h = s.resample('1h')
   * h.at(0) // { time: 0, open: 10, high: 12, low: 9, close: 11, volume: 3 }
   * h.length // 2 (the last bucket is partial and kept)
   * ```
   * @see pandas `DataFrame.resample(...).agg({'open': 'first', 'high': 'max', 'low': 'min', 'close': 'last', 'volume': 'sum'})`
   */
  resample(timeframe: Timeframe, options: ResampleOptions = {}): BarSeries {
    if (!isTimeframe(timeframe)) {
      throw new InvalidArgumentError('timeframe', `unknown timeframe ${JSON.stringify(timeframe)}`)
    }
    const partial = options.partial ?? 'keep'
    if (partial !== 'keep' && partial !== 'drop') {
      throw new InvalidArgumentError('options.partial', `must be 'keep' or 'drop', got ${String(partial)}`)
    }
    if (this.timeframe !== undefined && timeframeToMs(timeframe) < timeframeToMs(this.timeframe)) {
      throw new InvalidArgumentError(
        'timeframe',
        `${timeframe} is shorter than the series' timeframe ${this.timeframe}`,
      )
    }
    const n = this.length
    const { time, open, high, low, close, volume } = this
    const out = {
      time: new Float64Array(n),
      open: new Float64Array(n),
      high: new Float64Array(n),
      low: new Float64Array(n),
      close: new Float64Array(n),
      volume: new Float64Array(n),
    }
    let k = -1
    let bucket = Number.NaN
    for (let i = 0; i < n; i++) {
      const b = alignTime(time[i]!, timeframe)
      if (b !== bucket) {
        bucket = b
        k++
        out.time[k] = b
        out.open[k] = open[i]!
        out.high[k] = high[i]!
        out.low[k] = low[i]!
        out.volume[k] = 0
      } else {
        if (high[i]! > out.high[k]!) out.high[k] = high[i]!
        if (low[i]! < out.low[k]!) out.low[k] = low[i]!
      }
      out.close[k] = close[i]!
      out.volume[k]! += volume[i]!
    }
    let m = k + 1
    if (partial === 'drop' && m > 0) {
      const step = this.timeframe !== undefined ? timeframeToMs(this.timeframe) : minStep(time)
      const end = nextBarTime(out.time[m - 1]!, timeframe)
      if (time[n - 1]! + (Number.isFinite(step) ? step : 0) < end) m--
    }
    const meta: BarSeriesMeta = { timeframe }
    if (this.symbol !== undefined) meta.symbol = this.symbol
    return new BarSeries(
      {
        time: out.time.slice(0, m),
        open: out.open.slice(0, m),
        high: out.high.slice(0, m),
        low: out.low.slice(0, m),
        close: out.close.slice(0, m),
        volume: out.volume.slice(0, m),
      },
      meta,
    )
  }

  /**
   * Copies the series into an array of bar objects (allocates one object per bar; for tests and small series).
   *
   * @returns Bars, oldest first.
   *
   * @example
   * ```ts
   * import { BarSeries } from '@aitrade/core'
   *
   * BarSeries.fromBars([{ time: 0, open: 1, high: 1, low: 1, close: 1, volume: 0 }]).toBars().length // 1
   * ```
   */
  toBars(): Bar[] {
    const out: Bar[] = new Array(this.length)
    for (let i = 0; i < this.length; i++) out[i] = this.at(i)
    return out
  }

  private meta(): BarSeriesMeta {
    const meta: BarSeriesMeta = {}
    if (this.symbol !== undefined) meta.symbol = this.symbol
    if (this.timeframe !== undefined) meta.timeframe = this.timeframe
    return meta
  }
}

const FIELDS = ['time', 'open', 'high', 'low', 'close', 'volume'] as const

function fail(field: string, index: number, reason: string): never {
  throw new InvalidArgumentError(`${field}[${index}]`, reason, { details: { field, index } })
}

function validateColumns(c: BarColumns<Float64Array>): void {
  const { time, open, high, low, close, volume } = c
  const n = time.length
  let prev = Number.NEGATIVE_INFINITY
  // one branch-free test per bar; NaN fails every comparison, and low >= 0 with high finite bounds all prices
  for (let i = 0; i < n; i++) {
    const t = time[i]!
    const o = open[i]!
    const h = high[i]!
    const l = low[i]!
    const cl = close[i]!
    const v = volume[i]!
    const ok =
      t > prev &&
      t < Number.POSITIVE_INFINITY &&
      l >= 0 &&
      l <= o &&
      l <= cl &&
      h >= o &&
      h >= cl &&
      h < Number.POSITIVE_INFINITY &&
      v >= 0 &&
      v < Number.POSITIVE_INFINITY
    if (!ok) explainInvalid(c, i, prev)
    prev = t
  }
}

/** Throws the specific error for bar `i`, which failed the combined test in {@link validateColumns}. */
function explainInvalid(c: BarColumns<Float64Array>, i: number, prev: number): never {
  const t = c.time[i]!
  if (!Number.isFinite(t)) fail('time', i, `must be a finite epoch time in ms, got ${t}`)
  if (t <= prev) fail('time', i, `times must be strictly ascending: ${t} after ${prev}`)
  for (const field of ['open', 'high', 'low', 'close', 'volume'] as const) {
    const x = c[field][i]!
    if (!(x >= 0 && x < Number.POSITIVE_INFINITY)) fail(field, i, `must be finite and >= 0, got ${x}`)
  }
  const o = c.open[i]!
  const h = c.high[i]!
  const l = c.low[i]!
  const cl = c.close[i]!
  if (h < l) fail('high', i, `high ${h} < low ${l}`)
  if (h < o || h < cl) fail('high', i, `high ${h} < ${h < o ? `open ${o}` : `close ${cl}`}`)
  fail('low', i, `low ${l} > ${l > o ? `open ${o}` : `close ${cl}`}`)
}

function checkMeta(meta: BarSeriesMeta): void {
  if (meta.timeframe !== undefined && !isTimeframe(meta.timeframe)) {
    throw new InvalidArgumentError('meta.timeframe', `unknown timeframe ${JSON.stringify(meta.timeframe)}`)
  }
  if (meta.symbol !== undefined && typeof meta.symbol !== 'string') {
    throw new InvalidArgumentError('meta.symbol', 'must be a string')
  }
}

/** Smallest positive step between consecutive times, `Infinity` with fewer than two bars. */
function minStep(t: Float64Array): number {
  let m = Number.POSITIVE_INFINITY
  for (let i = 1; i < t.length; i++) {
    const d = t[i]! - t[i - 1]!
    if (d < m) m = d
  }
  return m
}

/** Maps a time to a consecutive bucket number for `tf` (months count calendar months). */
function bucketIndexer(tf: Timeframe): (t: number) => number {
  if (tf === '1M') {
    return (t) => {
      const d = new Date(t)
      return d.getUTCFullYear() * 12 + d.getUTCMonth()
    }
  }
  const step = timeframeToMs(tf)
  return (t) => Math.floor(alignTime(t, tf) / step)
}

/** Sorted union of two strictly ascending arrays. */
function mergeUnion(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Number.POSITIVE_INFINITY
    const y = j < b.length ? b[j]! : Number.POSITIVE_INFINITY
    if (x <= y) {
      out[k++] = x
      i++
      if (x === y) j++
    } else {
      out[k++] = y
      j++
    }
  }
  return out.slice(0, k)
}
