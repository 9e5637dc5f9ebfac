import { extremeRange, WindowExtreme } from '../statistic/windowExtreme.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'

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
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { donchianChannelsLookback } from '@aitrade/indicators'
 *
 * donchianChannelsLookback() // 19
 * ```
 * @see {@link donchianChannels} for the formula and its source.
 */
export function donchianChannelsLookback(options: DonchianChannelsOptions = {}): number {
  return donchianPeriod(options) - 1
}

/**
 * Donchian channels: `upper` = highest high and `lower` = lowest low of the last `period` bars (the current
 * bar included, as TradingView and StockCharts draw them), `middle = (upper + lower) / 2` — TA-Lib's `MAX` of the
 * highs and `MIN` of the lows (whose rules a `NaN` input follows). For a breakout rule compare a close with the
 * previous bar's channel.
 *
 * @param bars - High and low of equal lengths.
 * @param options - `period` (default 20) and optional `outUpper`/`outMiddle`/`outLower` buffers.
 * @returns `{ upper, middle, lower }` in price units, input length; the first `period − 1` values `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad `period` or short buffer.
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
  extremeRange(bars.high, 0, n, p, true, upper, null)
  extremeRange(bars.low, 0, n, p, false, lower, null)
  for (let i = p - 1; i < n; i++) middle[i] = ((upper[i] as number) + (lower[i] as number)) / 2
  return { upper, middle, lower }
}

/**
 * Streaming {@link donchianChannels}: O(1) amortized per bar (monotonic deques); equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { DONCHIAN } from '@aitrade/indicators'
 *
 * const d = new DONCHIAN({ period: 2 })
 * d.update({ high: 3, low: 1 })
 * d.update({ high: 5, low: 2 }).upper // 5
 * ```
 * @see {@link donchianChannels} for the definition and sources.
 */
export class DONCHIAN implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low'>, DonchianValue> {
  /** `period − 1`. */
  readonly lookback: number
  private readonly period: number
  private readonly hi: WindowExtreme
  private readonly lo: WindowExtreme

  /**
   * @param options - See {@link DonchianChannelsOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: DonchianChannelsOptions = {}) {
    this.period = donchianPeriod(options)
    this.lookback = this.period - 1
    this.hi = new WindowExtreme(this.period, true)
    this.lo = new WindowExtreme(this.period, false)
  }

  /** `true` once `period` bars have been consumed. */
  get isReady(): boolean {
    return this.hi.isReady
  }

  /**
   * Consumes the next bar.
   * @param bar - High and low.
   * @returns `{ upper, middle, lower }`, `NaN`s before ready.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low'>): DonchianValue {
    this.hi.save()
    this.lo.save()
    return this.step(bar)
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised channel.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low'>): DonchianValue {
    if (!this.hi.started) throw noBarToReplace('DONCHIAN')
    this.hi.rollback()
    this.lo.rollback()
    return this.step(bar)
  }

  private step(bar: Pick<OhlcvBar, 'high' | 'low'>): DonchianValue {
    this.hi.push(bar.high)
    this.lo.push(bar.low)
    if (!this.hi.isReady) return { upper: Number.NaN, middle: Number.NaN, lower: Number.NaN }
    const upper = this.hi.value
    const lower = this.lo.value
    return { upper, middle: (upper + lower) / 2, lower }
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.hi.reset()
    this.lo.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('DONCHIAN', 1, { period: this.period }, this, ['hi', 'lo'])
  }

  /**
   * @param snapshot - A snapshot of a `DONCHIAN` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'DONCHIAN', 1, { period: this.period }, this, ['hi', 'lo'])
  }
}
