import { EMA, ema } from '../overlap/ema.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, checkReal, outputBuffer } from '../validate.js'
import { ATR, atr } from '../volatility/atr.js'

/** Options of {@link keltnerChannels} and {@link KELTNER}. */
export interface KeltnerChannelsOptions {
  /** EMA period of the middle line, integer ≥ 2. Default `20`. */
  period?: number
  /** ATR period of the band width, integer ≥ 1. Default `10`. */
  atrPeriod?: number
  /** ATR multiple from the middle line to each band, ≥ 0. Default `2`. */
  multiplier?: number
}

/** Optional output buffers of {@link keltnerChannels}. */
export interface KeltnerChannelsBuffers {
  /** Buffer for {@link KeltnerChannelsOutput.upper}. */
  outUpper?: Float64Array
  /** Buffer for {@link KeltnerChannelsOutput.middle}. */
  outMiddle?: Float64Array
  /** Buffer for {@link KeltnerChannelsOutput.lower}. */
  outLower?: Float64Array
}

/** Output of {@link keltnerChannels}: arrays of the input's length, price units. */
export interface KeltnerChannelsOutput {
  /** `middle + multiplier · ATR`. */
  upper: Float64Array
  /** EMA of the close. */
  middle: Float64Array
  /** `middle − multiplier · ATR`. */
  lower: Float64Array
}

/** One streaming Keltner value. */
export interface KeltnerValue {
  /** Upper band. */
  upper: number
  /** Middle line. */
  middle: number
  /** Lower band. */
  lower: number
}

type KeltnerConfig = Required<KeltnerChannelsOptions>

function keltnerConfig(options: KeltnerChannelsOptions): KeltnerConfig {
  return {
    period: checkPeriod('period', options.period ?? 20, 2),
    atrPeriod: checkPeriod('atrPeriod', options.atrPeriod ?? 10, 1),
    multiplier: checkReal('multiplier', options.multiplier ?? 2, 0),
  }
}

/**
 * Lookback of {@link keltnerChannels}: `max(period − 1, atrPeriod)`.
 * @param options - As for {@link keltnerChannels}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad option.
 * @example
 * ```ts
 * import { keltnerChannelsLookback } from '@aitrade/indicators'
 *
 * keltnerChannelsLookback() // 19
 * ```
 * @see {@link keltnerChannels} for the formula and its source.
 */
export function keltnerChannelsLookback(options: KeltnerChannelsOptions = {}): number {
  const c = keltnerConfig(options)
  return Math.max(c.period - 1, c.atrPeriod)
}

/**
 * Keltner Channels, the modern (Linda Raschke) form: `middle = EMA(close, period)`,
 * `upper/lower = middle ± multiplier · ATR(atrPeriod)`, with TA-Lib's EMA and Wilder ATR. (Chester Keltner's
 * 1960 original used a 10-day SMA of the typical price and the 10-day average high−low range.) A `NaN` input
 * makes every later value `NaN` (EMA and ATR recursions).
 *
 * @param bars - High, low, close of equal lengths.
 * @param options - `period` (20), `atrPeriod` (10), `multiplier` (2) and optional output buffers.
 * @returns `{ upper, middle, lower }` in price units, input length; `NaN` for the first {@link keltnerChannelsLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad option or short buffer.
 *
 * @example
 * ```ts
 * import { keltnerChannels } from '@aitrade/indicators'
 *
 * const bars = { high: [11, 12, 13], low: [9, 10, 11], close: [10, 11, 12] }
 * const k = keltnerChannels(bars, { period: 2, atrPeriod: 1, multiplier: 2 })
 * k.middle[2] // 11.5 = 10.5 + (12 − 10.5) · 2/3 (EMA seeded with mean(10, 11))
 * k.upper[2] // 15.5 = 11.5 + 2 · TR 2
 * ```
 * @see Chester W. Keltner, *How to Make Money in Commodities* (1960); Linda Bradford Raschke's EMA/ATR version;
 *   StockCharts ChartSchool, "Keltner Channels".
 */
export function keltnerChannels(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: KeltnerChannelsOptions & KeltnerChannelsBuffers = {},
): KeltnerChannelsOutput {
  const c = keltnerConfig(options)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const middle = ema(bars.close, { period: c.period, out: outputBuffer(n, options.outMiddle, 'outMiddle') })
  const upper = atr(bars, { period: c.atrPeriod, out: outputBuffer(n, options.outUpper, 'outUpper') })
  const lower = outputBuffer(n, options.outLower, 'outLower')
  const lookback = Math.max(c.period - 1, c.atrPeriod)
  const m = c.multiplier
  for (let i = 0; i < n; i++) {
    if (i < lookback) {
      upper[i] = Number.NaN
      middle[i] = Number.NaN
      lower[i] = Number.NaN
      continue
    }
    const mid = middle[i] as number
    const w = m * (upper[i] as number)
    upper[i] = mid + w
    lower[i] = mid - w
  }
  return { upper, middle, lower }
}

const FIELDS = ['started', 'ema', 'atr'] as const

/**
 * Streaming {@link keltnerChannels}: O(1) per bar; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { KELTNER } from '@aitrade/indicators'
 *
 * const k = new KELTNER({ period: 2, atrPeriod: 1 })
 * k.update({ high: 11, low: 9, close: 10 })
 * k.update({ high: 12, low: 10, close: 11 })
 * k.update({ high: 13, low: 11, close: 12 }).upper // 15.5
 * ```
 * @see {@link keltnerChannels} for the formula and sources.
 */
export class KELTNER implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close'>, KeltnerValue> {
  /** See {@link keltnerChannelsLookback}. */
  readonly lookback: number
  private readonly cfg: KeltnerConfig
  private readonly ema: EMA
  private readonly atr: ATR
  private started = false

  /**
   * @param options - See {@link KeltnerChannelsOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad option.
   */
  constructor(options: KeltnerChannelsOptions = {}) {
    this.cfg = keltnerConfig(options)
    this.lookback = Math.max(this.cfg.period - 1, this.cfg.atrPeriod)
    this.ema = new EMA({ period: this.cfg.period })
    this.atr = new ATR({ period: this.cfg.atrPeriod })
  }

  /** `true` once both the EMA and the ATR are defined. */
  get isReady(): boolean {
    return this.ema.isReady && this.atr.isReady
  }

  /**
   * Consumes the next bar.
   * @param bar - High, low, close.
   * @returns `{ upper, middle, lower }`, `NaN`s before ready.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): KeltnerValue {
    this.started = true
    return this.combine(this.ema.update(bar.close), this.atr.update(bar))
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised bands.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): KeltnerValue {
    if (!this.started) throw noBarToReplace('KELTNER')
    return this.combine(this.ema.replace(bar.close), this.atr.replace(bar))
  }

  private combine(mid: number, range: number): KeltnerValue {
    if (!this.isReady) return { upper: Number.NaN, middle: Number.NaN, lower: Number.NaN }
    const w = this.cfg.multiplier * range
    return { upper: mid + w, middle: mid, lower: mid - w }
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.started = false
    this.ema.reset()
    this.atr.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('KELTNER', 1, this.cfg, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `KELTNER` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'KELTNER', 1, this.cfg, this, FIELDS)
  }
}
