import { StateStream } from '../momentum/streamBase.js'
import type { OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod } from '../validate.js'
import { highestIn, lowestIn } from './windowExtremes.js'

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
 * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` naming the bad option.
 */
export function ichimokuLookback(options: IchimokuOptions = {}): number {
  return lookbackOf(ichimokuConfig(options))
}

function midpoint(high: ArrayLike<number>, low: ArrayLike<number>, i: number, p: number): number {
  return (highestIn(high, i - p + 1, i + 1) + lowestIn(low, i - p + 1, i + 1)) / 2
}

/**
 * Ichimoku Kinko Hyo. Displacement convention (TradingView's): index `i` of every array holds the value
 * *plotted* at bar `i`, so the leading spans computed at bar `j` sit at `j + d − 1` and the chikou (lagging)
 * span's close of bar `j` sits at `j − (d − 1)`. The leading spans computed on the last `d − 1` bars, which
 * are plotted beyond the data, are not in the arrays (compute them as `(tenkan + kijun) / 2` of those bars).
 * `chikou[i]` is a future close: never use it as a signal at bar `i`.
 *
 * @param bars - High, low and close of equal lengths.
 * @param options - `conversionPeriod` (9), `basePeriod` (26), `spanBPeriod` (52), `displacement` (26).
 * @returns `{ tenkan, kijun, senkouA, senkouB, chikou }` in price units, each of the input's length.
 * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths or a bad option.
 *
 * @example
 * ```ts
 * import { ichimoku } from '@aitrade/indicators'
 *
 * const bars = { high: [2, 4, 6, 8], low: [1, 3, 5, 7], close: [1.5, 3.5, 5.5, 7.5] }
 * const ich = ichimoku(bars, { conversionPeriod: 1, basePeriod: 2, spanBPeriod: 2, displacement: 2 })
 * ich.kijun[1] // 2.5 = (4 + 1) / 2
 * ich.senkouA[2] // 2.75 = (tenkan 3 + kijun 2.5) / 2 of bar 1, plotted one bar ahead
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
  for (let i = c.conversionPeriod - 1; i < n; i++) tenkan[i] = midpoint(high, low, i, c.conversionPeriod)
  for (let i = c.basePeriod - 1; i < n; i++) kijun[i] = midpoint(high, low, i, c.basePeriod)
  for (let j = Math.max(c.conversionPeriod, c.basePeriod) - 1; j + shift < n; j++) {
    senkouA[j + shift] = ((tenkan[j] as number) + (kijun[j] as number)) / 2
  }
  for (let j = c.spanBPeriod - 1; j + shift < n; j++) senkouB[j + shift] = midpoint(high, low, j, c.spanBPeriod)
  for (let i = 0; i + shift < n; i++) chikou[i] = close[i + shift] as number
  return { tenkan, kijun, senkouA, senkouB, chikou }
}

/**
 * Streaming {@link ichimoku} without the chikou span (which is just the current close, plotted `d − 1` bars
 * back): O(max period) per bar; tenkan, kijun and both leading spans equal the batch output exactly.
 *
 * @example
 * ```ts
 * import { ICHIMOKU } from '@aitrade/indicators'
 *
 * const ich = new ICHIMOKU({ conversionPeriod: 1, basePeriod: 2, spanBPeriod: 2, displacement: 2 })
 * ich.update({ open: 1, high: 2, low: 1, close: 1.5, volume: 0 })
 * ich.update({ open: 3, high: 4, low: 3, close: 3.5, volume: 0 }).kijun // 2.5
 * ich.update({ open: 5, high: 6, low: 5, close: 5.5, volume: 0 }).senkouA // 2.75
 * ```
 * @see {@link ichimoku} for the definition and displacement convention.
 */
export class ICHIMOKU
  extends StateStream<Pick<OhlcvBar, 'high' | 'low'>, IchimokuValue>
  implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low'>, IchimokuValue>
{
  /** See {@link ichimokuLookback}. */
  readonly lookback: number
  private readonly cfg: IchimokuConfig
  /** Ring length: covers both the longest window and the displacement delay. */
  private readonly len: number

  /**
   * @param options - See {@link IchimokuOptions}.
   * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` naming the bad option.
   */
  constructor(options: IchimokuOptions = {}) {
    const cfg = ichimokuConfig(options)
    const len = Math.max(cfg.conversionPeriod, cfg.basePeriod, cfg.spanBPeriod, cfg.displacement)
    // rings: high, low, span A computed at each bar, span B computed at each bar
    super('ICHIMOKU', cfg, [], [len, len, len, len])
    this.cfg = cfg
    this.len = len
    this.lookback = lookbackOf(cfg)
  }

  protected override ringSlotFor(count: number): number {
    return (count - 1) % this.len
  }

  /** Midpoint of the last `p` bars in the rings (`NaN` before `p` bars). */
  private mid(p: number): number {
    if (this.count < p) return Number.NaN
    const highs = this.rings[0] as Float64Array
    const lows = this.rings[1] as Float64Array
    const len = this.len
    let hi = Number.NEGATIVE_INFINITY
    let lo = Number.POSITIVE_INFINITY
    let slot = (this.count - 1) % len
    for (let k = 0; k < p; k++) {
      const h = highs[slot] as number
      const l = lows[slot] as number
      if (Number.isNaN(h) || Number.isNaN(l)) return Number.NaN
      if (h > hi) hi = h
      if (l < lo) lo = l
      slot = slot === 0 ? len - 1 : slot - 1
    }
    return (hi + lo) / 2
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low'>): IchimokuValue {
    const c = this.cfg
    const len = this.len
    const slot = (this.count - 1) % len
    ;(this.rings[0] as Float64Array)[slot] = bar.high
    ;(this.rings[1] as Float64Array)[slot] = bar.low
    const tenkan = this.mid(c.conversionPeriod)
    const kijun = this.mid(c.basePeriod)
    const spanA = this.rings[2] as Float64Array
    const spanB = this.rings[3] as Float64Array
    spanA[slot] = (tenkan + kijun) / 2
    spanB[slot] = this.mid(c.spanBPeriod)
    const shift = c.displacement - 1
    const from = this.count - 1 - shift
    const past = (slot - shift + len) % len
    return {
      tenkan,
      kijun,
      senkouA: from >= 0 ? (spanA[past] as number) : Number.NaN,
      senkouB: from >= 0 ? (spanB[past] as number) : Number.NaN,
    }
  }
}
