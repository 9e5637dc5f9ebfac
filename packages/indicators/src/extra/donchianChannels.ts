import { StateStream } from '../momentum/streamBase.js'
import type { OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { highestIn, lowestIn } from './windowExtremes.js'

/** Options of {@link donchianChannels} and {@link DONCHIAN}. */
export interface DonchianChannelsOptions {
  /** Number of bars, the current one included, integer ≥ 1. Default `20`. */
  period?: number
}

/** Optional output buffers of {@link donchianChannels}. */
export interface DonchianChannelsBuffers {
  /** Buffer for {@link DonchianChannelsOutput.upper}. */
  outUpper?: Float64Array
  /** Buffer for {@link DonchianChannelsOutput.middle}. */
  outMiddle?: Float64Array
  /** Buffer for {@link DonchianChannelsOutput.lower}. */
  outLower?: Float64Array
}

/** Output of {@link donchianChannels}: arrays of the input's length, price units. */
export interface DonchianChannelsOutput {
  /** Highest high of the last `period` bars. */
  upper: Float64Array
  /** `(upper + lower) / 2`. */
  middle: Float64Array
  /** Lowest low of the last `period` bars. */
  lower: Float64Array
}

/** One streaming Donchian value. */
export interface DonchianValue {
  /** Highest high. */
  upper: number
  /** Midline. */
  middle: number
  /** Lowest low. */
  lower: number
}

function donchianPeriod(options: DonchianChannelsOptions): number {
  return checkPeriod('period', options.period ?? 20, 1)
}

/**
 * Lookback of {@link donchianChannels}: `period − 1`.
 * @param options - As for {@link donchianChannels}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 */
export function donchianChannelsLookback(options: DonchianChannelsOptions = {}): number {
  return donchianPeriod(options) - 1
}

/**
 * Donchian channels: `upper` = highest high and `lower` = lowest low of the last `period` bars (the current
 * bar included, as TradingView and StockCharts draw them), `middle = (upper + lower) / 2`. A window holding a
 * `NaN` gives `NaN`. For a breakout rule compare a close with the previous bar's channel.
 *
 * @param bars - High and low of equal lengths.
 * @param options - `period` (default 20) and optional `outUpper`/`outMiddle`/`outLower` buffers.
 * @returns `{ upper, middle, lower }` in price units, input length; the first `period − 1` values `NaN`.
 * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad `period` or short buffer.
 *
 * @example
 * ```ts
 * import { donchianChannels } from '@aitrade/indicators'
 *
 * const d = donchianChannels({ high: [3, 5, 4], low: [1, 2, 2] }, { period: 2 })
 * d.upper[2] // 5
 * d.lower[2] // 2
 * ```
 * @see Richard Donchian, "Trend-following methods in commodity price analysis", *Commodity Year Book* (1957);
 *   StockCharts ChartSchool, "Donchian Channels".
 */
export function donchianChannels(
  bars: Pick<OhlcvInput, 'high' | 'low'>,
  options: DonchianChannelsOptions & DonchianChannelsBuffers = {},
): DonchianChannelsOutput {
  const p = donchianPeriod(options)
  const n = checkBars(bars, ['high', 'low'])
  const upper = outputBuffer(n, options.outUpper, 'outUpper')
  const middle = outputBuffer(n, options.outMiddle, 'outMiddle')
  const lower = outputBuffer(n, options.outLower, 'outLower')
  const warm = Math.min(n, p - 1)
  upper.fill(Number.NaN, 0, warm)
  middle.fill(Number.NaN, 0, warm)
  lower.fill(Number.NaN, 0, warm)
  for (let i = p - 1; i < n; i++) {
    const u = highestIn(bars.high, i - p + 1, i + 1)
    const l = lowestIn(bars.low, i - p + 1, i + 1)
    upper[i] = u
    lower[i] = l
    middle[i] = (u + l) / 2
  }
  return { upper, middle, lower }
}

/**
 * Streaming {@link donchianChannels}: O(period) per bar (a scan of the window); equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { DONCHIAN } from '@aitrade/indicators'
 *
 * const d = new DONCHIAN({ period: 2 })
 * d.update({ open: 2, high: 3, low: 1, close: 2, volume: 0 })
 * d.update({ open: 4, high: 5, low: 2, close: 4, volume: 0 }).upper // 5
 * ```
 * @see {@link donchianChannels} for the definition and sources.
 */
export class DONCHIAN
  extends StateStream<Pick<OhlcvBar, 'high' | 'low'>, DonchianValue>
  implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low'>, DonchianValue>
{
  /** `period − 1`. */
  readonly lookback: number
  private readonly period: number

  /**
   * @param options - See {@link DonchianChannelsOptions}.
   * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: DonchianChannelsOptions = {}) {
    const period = donchianPeriod(options)
    super('DONCHIAN', { period }, [], [period, period])
    this.period = period
    this.lookback = period - 1
  }

  protected override ringSlotFor(count: number): number {
    return (count - 1) % this.period
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low'>): DonchianValue {
    const highs = this.rings[0] as Float64Array
    const lows = this.rings[1] as Float64Array
    const slot = (this.count - 1) % this.period
    highs[slot] = bar.high
    lows[slot] = bar.low
    if (this.count < this.period) return { upper: Number.NaN, middle: Number.NaN, lower: Number.NaN }
    const upper = highestIn(highs, 0, this.period)
    const lower = lowestIn(lows, 0, this.period)
    return { upper, middle: (upper + lower) / 2, lower }
  }
}
