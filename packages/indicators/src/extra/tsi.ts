import { EMA, emaRange } from '../overlap/ema.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link tsi} and {@link TSI}. */
export interface TsiOptions {
  /** First (long) EMA period, integer ≥ 2. Default `25`. */
  longPeriod?: number
  /** Second (short) EMA period, integer ≥ 2. Default `13`. */
  shortPeriod?: number
  /** Signal-line EMA period, integer ≥ 2. Default `13`. */
  signalPeriod?: number
}

/** Output of {@link tsi}: arrays of the input's length. */
export interface TsiOutput {
  /** True Strength Index, in `[-100, 100]`. */
  tsi: Float64Array
  /** EMA of the TSI over `signalPeriod`. */
  signal: Float64Array
}

/** Optional output buffers of {@link tsi}. */
export interface TsiBuffers {
  /** Buffer for {@link TsiOutput.tsi}. */
  outTsi?: Float64Array
  /** Buffer for {@link TsiOutput.signal}. */
  outSignal?: Float64Array
}

/** One streaming TSI value. */
export interface TsiValue {
  /** True Strength Index. */
  tsi: number
  /** Signal line. */
  signal: number
}

type TsiConfig = Required<TsiOptions>

function tsiConfig(options: TsiOptions): TsiConfig {
  return {
    longPeriod: checkPeriod('longPeriod', options.longPeriod ?? 25, 2),
    shortPeriod: checkPeriod('shortPeriod', options.shortPeriod ?? 13, 2),
    signalPeriod: checkPeriod('signalPeriod', options.signalPeriod ?? 13, 2),
  }
}

/**
 * Lookback of {@link tsi}: `longPeriod + shortPeriod + signalPeriod − 2` (one bar for the first change,
 * then the three EMAs' `period − 1` each); both outputs start there.
 * @param options - As for {@link tsi}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad period.
 * @example
 * ```ts
 * import { tsiLookback } from '@aitrade/indicators'
 *
 * tsiLookback() // 49
 * ```
 * @see {@link tsi} for the formula and its source.
 */
export function tsiLookback(options: TsiOptions = {}): number {
  const c = tsiConfig(options)
  return c.longPeriod + c.shortPeriod + c.signalPeriod - 2
}

/**
 * William Blau's True Strength Index: with the one-bar change `m = x − x₋₁`,
 * `TSI = 100 · EMA(EMA(m, long), short) / EMA(EMA(|m|, long), short)` and `signal = EMA(TSI, signalPeriod)`.
 * Each EMA is TA-Lib's (seeded with the mean of its first `period` inputs, `k = 2/(period+1)`), as in
 * TradingView's `ta.tsi`. As in TA-Lib's MACD, both outputs start at the bar where the signal is defined.
 * `NaN` where the double-smoothed absolute change is `0`; a `NaN` input makes every later value `NaN` (EMA recursions).
 *
 * @param values - Input series (e.g. closes), oldest first.
 * @param options - `longPeriod` (25), `shortPeriod` (13), `signalPeriod` (13), optional `outTsi`/`outSignal`.
 * @returns `{ tsi, signal }`, input length, `NaN` for the first {@link tsiLookback} values.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad period or short buffer.
 *
 * @example
 * ```ts
 * import { tsi } from '@aitrade/indicators'
 *
 * const rising = Array.from({ length: 10 }, (_, i) => i)
 * tsi(rising, { longPeriod: 2, shortPeriod: 2, signalPeriod: 2 }).tsi[4] // 100
 * ```
 * @see William Blau, "True Strength Index", *Technical Analysis of Stocks & Commodities* (1991) and
 *   *Momentum, Direction, and Divergence* (1995); StockCharts ChartSchool, "True Strength Index (TSI)".
 */
export function tsi(values: ArrayLike<number>, options: TsiOptions & TsiBuffers = {}): TsiOutput {
  const c = tsiConfig(options)
  const n = checkSeries('values', values)
  const outTsi = outputBuffer(n, options.outTsi, 'outTsi')
  const outSignal = outputBuffer(n, options.outSignal, 'outSignal')
  const lookback = c.longPeriod + c.shortPeriod + c.signalPeriod - 2
  const m = new Float64Array(n)
  const a = new Float64Array(n)
  for (let i = 1; i < n; i++) {
    const d = (values[i] as number) - (values[i - 1] as number)
    m[i] = d
    a[i] = Math.abs(d)
  }
  const kl = 2 / (c.longPeriod + 1)
  const ks = 2 / (c.shortPeriod + 1)
  // in place: emaRange reads index i before writing it
  emaRange(m, 1, n, c.longPeriod, kl, m)
  emaRange(a, 1, n, c.longPeriod, kl, a)
  const first = c.longPeriod
  emaRange(m, first, n, c.shortPeriod, ks, m)
  emaRange(a, first, n, c.shortPeriod, ks, a)
  const tsiFirst = first + c.shortPeriod - 1
  for (let i = tsiFirst; i < n; i++) outTsi[i] = (100 * (m[i] as number)) / (a[i] as number)
  emaRange(outTsi, tsiFirst, n, c.signalPeriod, 2 / (c.signalPeriod + 1), outSignal)
  outTsi.fill(Number.NaN, 0, Math.min(n, lookback))
  outSignal.fill(Number.NaN, 0, Math.min(n, lookback))
  return { tsi: outTsi, signal: outSignal }
}

const FIELDS = ['n', 'prev', 'pN', 'pPrev', 'm1', 'm2', 'a1', 'a2', 'sig'] as const

/** `e.update(v)`, or `e.replace(v)` when revising the forming bar. */
function feed(replace: boolean, e: EMA, v: number): number {
  return replace ? e.replace(v) : e.update(v)
}

/**
 * Streaming {@link tsi}: O(1) per value; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { TSI } from '@aitrade/indicators'
 *
 * const t = new TSI({ longPeriod: 2, shortPeriod: 2, signalPeriod: 2 })
 * for (let i = 0; i < 4; i++) t.update(i)
 * t.update(4).tsi // 100
 * ```
 * @see {@link tsi} for the formula and sources.
 */
export class TSI implements StreamingIndicator<number, TsiValue> {
  /** See {@link tsiLookback}. */
  readonly lookback: number
  private readonly cfg: TsiConfig
  private readonly m1: EMA
  private readonly m2: EMA
  private readonly a1: EMA
  private readonly a2: EMA
  private readonly sig: EMA
  private n = 0
  private prev = Number.NaN
  private pN = -1
  private pPrev = Number.NaN

  /**
   * @param options - See {@link TsiOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad period.
   */
  constructor(options: TsiOptions = {}) {
    this.cfg = tsiConfig(options)
    this.lookback = this.cfg.longPeriod + this.cfg.shortPeriod + this.cfg.signalPeriod - 2
    this.m1 = new EMA({ period: this.cfg.longPeriod })
    this.a1 = new EMA({ period: this.cfg.longPeriod })
    this.m2 = new EMA({ period: this.cfg.shortPeriod })
    this.a2 = new EMA({ period: this.cfg.shortPeriod })
    this.sig = new EMA({ period: this.cfg.signalPeriod })
  }

  /** `true` once {@link TSI.lookback} + 1 values have been consumed. */
  get isReady(): boolean {
    return this.n > this.lookback
  }

  /**
   * Consumes the next value.
   * @param value - The new value (e.g. a close).
   * @returns `{ tsi, signal }`, both `NaN` before ready.
   */
  update(value: number): TsiValue {
    this.pN = this.n
    this.pPrev = this.prev
    this.n++
    return this.step(value, false)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised `{ tsi, signal }`.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): TsiValue {
    if (this.pN < 0) throw noBarToReplace('TSI')
    this.prev = this.pPrev
    return this.step(value, true)
  }

  private step(x: number, replace: boolean): TsiValue {
    const d = x - this.prev
    this.prev = x
    if (this.n === 1) return { tsi: Number.NaN, signal: Number.NaN }
    const c = this.cfg
    const em = feed(replace, this.m1, d)
    const ea = feed(replace, this.a1, Math.abs(d))
    if (this.n <= c.longPeriod) return { tsi: Number.NaN, signal: Number.NaN }
    const dm = feed(replace, this.m2, em)
    const da = feed(replace, this.a2, ea)
    if (this.n < c.longPeriod + c.shortPeriod) return { tsi: Number.NaN, signal: Number.NaN }
    const t = (100 * dm) / da
    const s = feed(replace, this.sig, t)
    return this.n > this.lookback ? { tsi: t, signal: s } : { tsi: Number.NaN, signal: Number.NaN }
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.n = 0
    this.prev = Number.NaN
    this.pN = -1
    for (const e of [this.m1, this.m2, this.a1, this.a2, this.sig]) e.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('TSI', 1, this.cfg, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `TSI` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'TSI', 1, this.cfg, this, FIELDS)
  }
}
