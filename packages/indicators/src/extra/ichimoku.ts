import { extremeRange, WindowExtreme } from '../statistic/windowExtreme.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod } from '../validate.js'

/** Options of {@link ichimoku} and {@link ICHIMOKU}. */
export interface IchimokuOptions {
  /** Tenkan-sen (conversion line) period, integer ≥ 1. Default `9`. */
  conversionPeriod?: number
  /** Kijun-sen (base line) period, integer ≥ 1. Default `26`. */
  basePeriod?: number
  /** Senkou span B period, integer ≥ 1. Default `52`. */
  spanBPeriod?: number
  /** Displacement `d`, integer ≥ 1: leading spans are plotted `d − 1` bars ahead, the lagging span `d − 1` bars back. Default `26`. */
  displacement?: number
}

/** Output of {@link ichimoku}: arrays of the input's length, price units, aligned so that index `i` holds the value plotted at bar `i`. */
export interface IchimokuOutput {
  /** Tenkan-sen: midpoint of the highest high and lowest low of the last `conversionPeriod` bars. */
  tenkan: Float64Array
  /** Kijun-sen: the same midpoint over `basePeriod` bars. */
  kijun: Float64Array
  /** Senkou span A at bar `i`: `(tenkan + kijun) / 2` computed at bar `i − (d − 1)`. */
  senkouA: Float64Array
  /** Senkou span B at bar `i`: the `spanBPeriod` midpoint computed at bar `i − (d − 1)`. */
  senkouB: Float64Array
  /** Chikou span at bar `i`: the close of bar `i + d − 1` (`NaN` for the last `d − 1` bars: it looks ahead). */
  chikou: Float64Array
}

/** One streaming Ichimoku value (no chikou: it is the current close, plotted `d − 1` bars back). */
export interface IchimokuValue {
  /** Tenkan-sen. */
  tenkan: number
  /** Kijun-sen. */
  kijun: number
  /** Senkou span A plotted at this bar. */
  senkouA: number
  /** Senkou span B plotted at this bar. */
  senkouB: number
}

type IchimokuConfig = Required<IchimokuOptions>

function ichimokuConfig(options: IchimokuOptions): IchimokuConfig {
  return {
    conversionPeriod: checkPeriod('conversionPeriod', options.conversionPeriod ?? 9, 1),
    basePeriod: checkPeriod('basePeriod', options.basePeriod ?? 26, 1),
    spanBPeriod: checkPeriod('spanBPeriod', options.spanBPeriod ?? 52, 1),
    displacement: checkPeriod('displacement', options.displacement ?? 26, 1),
  }
}

function lookbackOf(c: IchimokuConfig): number {
  return Math.max(c.conversionPeriod, c.basePeriod, c.spanBPeriod) - 1 + c.displacement - 1
}

/**
 * Lookback of {@link ichimoku}: `max(conversionPeriod, basePeriod, spanBPeriod) − 1 + displacement − 1`, the
 * first bar at which both leading spans are plotted (77 by default). Tenkan and kijun start earlier.
 * @param options - As for {@link ichimoku}.
 * @returns Number of leading bars before every output except chikou is defined.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad option.
 * @example
 * ```ts
 * import { ichimokuLookback } from '@aitrade/indicators'
 *
 * ichimokuLookback() // 76
 * ```
 * @see {@link ichimoku} for the formula and its source.
 */
export function ichimokuLookback(options: IchimokuOptions = {}): number {
  return lookbackOf(ichimokuConfig(options))
}

/** `(highest high + lowest low) / 2` over `p` bars (TA-Lib `MAX`/`MIN`), written at `p − 1 .. n − 1` of `out`. */
function midpoints(high: ArrayLike<number>, low: ArrayLike<number>, n: number, p: number, out: Float64Array): void {
  const lo = new Float64Array(n)
  extremeRange(high, 0, n, p, true, out, null)
  extremeRange(low, 0, n, p, false, lo, null)
  for (let i = p - 1; i < n; i++) out[i] = ((out[i] as number) + (lo[i] as number)) / 2
}

/**
 * Ichimoku Kinko Hyo. Displacement convention (TradingView's): index `i` of every array holds the value
 * *plotted* at bar `i`, so the leading spans computed at bar `j` sit at `j + d − 1` and the chikou (lagging)
 * span's close of bar `j` sits at `j − (d − 1)`. The leading spans computed on the last `d − 1` bars, which
 * are plotted beyond the data, are not in the arrays (compute them as `(tenkan + kijun) / 2` of those bars).
 * `chikou[i]` is a future close: never use it as a signal at bar `i`. The window highs and lows are TA-Lib's
 * `MAX`/`MIN`, whose rules a `NaN` input follows (it is skipped unless it is the oldest value of a rescanned window).
 *
 * @param bars - High, low and close of equal lengths.
 * @param options - `conversionPeriod` (9), `basePeriod` (26), `spanBPeriod` (52), `displacement` (26).
 * @returns `{ tenkan, kijun, senkouA, senkouB, chikou }` in price units, each of the input's length.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths or a bad option.
 *
 * @example
 * ```ts
 * import { ichimoku } from '@aitrade/indicators'
 *
 * const bars = { high: [2, 4, 6, 8], low: [1, 3, 5, 7], close: [1.5, 3.5, 5.5, 7.5] }
 * const ich = ichimoku(bars, { conversionPeriod: 1, basePeriod: 2, spanBPeriod: 2, displacement: 2 })
 * ich.kijun[1] // 2.5 = (4 + 1) / 2
 * ich.senkouA[2] // 3 = (tenkan 3.5 + kijun 2.5) / 2 of bar 1, plotted one bar ahead
 * ich.chikou[0] // 3.5: the close of bar 1
 * ```
 * @see Goichi Hosoda (Ichimoku Sanjin), *Ichimoku Kinko Hyo* (1969); TradingView Help, "Ichimoku Cloud";
 *   StockCharts ChartSchool, "Ichimoku Cloud".
 */
export function ichimoku(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: IchimokuOptions = {},
): IchimokuOutput {
  const c = ichimokuConfig(options)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const { high, low, close } = bars
  const tenkan = new Float64Array(n).fill(Number.NaN)
  const kijun = new Float64Array(n).fill(Number.NaN)
  const senkouA = new Float64Array(n).fill(Number.NaN)
  const senkouB = new Float64Array(n).fill(Number.NaN)
  const chikou = new Float64Array(n).fill(Number.NaN)
  const shift = c.displacement - 1
  midpoints(high, low, n, c.conversionPeriod, tenkan)
  midpoints(high, low, n, c.basePeriod, kijun)
  for (let j = Math.max(c.conversionPeriod, c.basePeriod) - 1; j + shift < n; j++) {
    senkouA[j + shift] = ((tenkan[j] as number) + (kijun[j] as number)) / 2
  }
  const spanB = new Float64Array(n)
  midpoints(high, low, n, c.spanBPeriod, spanB)
  for (let j = c.spanBPeriod - 1; j + shift < n; j++) senkouB[j + shift] = spanB[j] as number
  for (let i = 0; i + shift < n; i++) chikou[i] = close[i + shift] as number
  return { tenkan, kijun, senkouA, senkouB, chikou }
}

/** Pushes the bar into a high/low extreme pair; returns their midpoint (`NaN` before the window is full). */
function midpointOf(hi: WindowExtreme, lo: WindowExtreme, bar: Pick<OhlcvBar, 'high' | 'low'>): number {
  hi.push(bar.high)
  lo.push(bar.low)
  return hi.isReady ? (hi.value + lo.value) / 2 : Number.NaN
}

const FIELDS = [
  'n',
  'spanA',
  'spanB',
  'pSpanA',
  'pSpanB',
  'convHi',
  'convLo',
  'baseHi',
  'baseLo',
  'spanHi',
  'spanLo',
] as const

/**
 * Streaming {@link ichimoku} without the chikou span (which is just the current close, plotted `d − 1` bars
 * back): O(1) amortized per bar; tenkan, kijun and both leading spans equal the batch output exactly.
 *
 * @example
 * ```ts
 * import { ICHIMOKU } from '@aitrade/indicators'
 *
 * const ich = new ICHIMOKU({ conversionPeriod: 1, basePeriod: 2, spanBPeriod: 2, displacement: 2 })
 * ich.update({ high: 2, low: 1 })
 * ich.update({ high: 4, low: 3 }).kijun // 2.5
 * ich.update({ high: 6, low: 5 }).senkouA // 3
 * ```
 * @see {@link ichimoku} for the definition and displacement convention.
 */
export class ICHIMOKU implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low'>, IchimokuValue> {
  /** See {@link ichimokuLookback}. */
  readonly lookback: number
  private readonly cfg: IchimokuConfig
  private readonly convHi: WindowExtreme
  private readonly convLo: WindowExtreme
  private readonly baseHi: WindowExtreme
  private readonly baseLo: WindowExtreme
  private readonly spanHi: WindowExtreme
  private readonly spanLo: WindowExtreme
  /** Leading spans computed at each of the last `displacement` bars, slot `(n − 1) % displacement`. */
  private readonly spanA: Float64Array
  private readonly spanB: Float64Array
  private n = 0
  private pSpanA = 0
  private pSpanB = 0

  /**
   * @param options - See {@link IchimokuOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad option.
   */
  constructor(options: IchimokuOptions = {}) {
    const c = ichimokuConfig(options)
    this.cfg = c
    this.lookback = lookbackOf(c)
    this.convHi = new WindowExtreme(c.conversionPeriod, true)
    this.convLo = new WindowExtreme(c.conversionPeriod, false)
    this.baseHi = new WindowExtreme(c.basePeriod, true)
    this.baseLo = new WindowExtreme(c.basePeriod, false)
    this.spanHi = new WindowExtreme(c.spanBPeriod, true)
    this.spanLo = new WindowExtreme(c.spanBPeriod, false)
    this.spanA = new Float64Array(c.displacement)
    this.spanB = new Float64Array(c.displacement)
  }

  private extremes(): WindowExtreme[] {
    return [this.convHi, this.convLo, this.baseHi, this.baseLo, this.spanHi, this.spanLo]
  }

  /** `true` once both leading spans are plotted. */
  get isReady(): boolean {
    return this.n > this.lookback
  }

  /**
   * Consumes the next bar.
   * @param bar - High and low.
   * @returns `{ tenkan, kijun, senkouA, senkouB }` plotted at this bar (`NaN` while undefined).
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low'>): IchimokuValue {
    for (const w of this.extremes()) w.save()
    const slot = this.n % this.cfg.displacement
    this.pSpanA = this.spanA[slot] as number
    this.pSpanB = this.spanB[slot] as number
    this.n++
    return this.step(bar)
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised value.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low'>): IchimokuValue {
    if (this.n === 0) throw noBarToReplace('ICHIMOKU')
    for (const w of this.extremes()) w.rollback()
    const slot = (this.n - 1) % this.cfg.displacement
    this.spanA[slot] = this.pSpanA
    this.spanB[slot] = this.pSpanB
    return this.step(bar)
  }

  private step(bar: Pick<OhlcvBar, 'high' | 'low'>): IchimokuValue {
    const tenkan = midpointOf(this.convHi, this.convLo, bar)
    const kijun = midpointOf(this.baseHi, this.baseLo, bar)
    const spanNow = midpointOf(this.spanHi, this.spanLo, bar)
    const d = this.cfg.displacement
    const slot = (this.n - 1) % d
    this.spanA[slot] = (tenkan + kijun) / 2
    this.spanB[slot] = spanNow
    // the spans plotted now were computed d − 1 bars ago: the slot after this one in a ring of d
    const past = (slot + 1) % d
    const plotted = this.n >= d
    return {
      tenkan,
      kijun,
      senkouA: plotted ? (this.spanA[past] as number) : Number.NaN,
      senkouB: plotted ? (this.spanB[past] as number) : Number.NaN,
    }
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    for (const w of this.extremes()) w.reset()
    this.spanA.fill(0)
    this.spanB.fill(0)
    this.n = 0
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('ICHIMOKU', 1, this.cfg, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of an `ICHIMOKU` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'ICHIMOKU', 1, this.cfg, this, FIELDS)
  }
}
