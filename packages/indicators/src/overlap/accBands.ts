import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { SMA, smaRange } from './sma.js'

/** Options of {@link accBands} and {@link ACCBANDS}. */
export interface AccBandsOptions {
  /** SMA period, integer in [2, 100000]. Default `20` (TA-Lib's). */
  period?: number
}

/** Output buffers of {@link accBands}, each of at least the input's length. */
export interface AccBandsOutputOptions {
  /** Buffer for `upper`. */
  outUpper?: Float64Array
  /** Buffer for `middle`. */
  outMiddle?: Float64Array
  /** Buffer for `lower`. */
  outLower?: Float64Array
}

/** Acceleration Bands, in price units. */
export interface AccBandsOutput<T = Float64Array> {
  /** SMA of `high · (1 + 4·(high − low)/(high + low))`. */
  upper: T
  /** SMA of the close. */
  middle: T
  /** SMA of `low · (1 − 4·(high − low)/(high + low))`. */
  lower: T
}

function accPeriod(options: AccBandsOptions): number {
  return checkPeriod('period', options.period ?? 20, 2)
}

/** `high · (1 + 4·(high − low)/(high + low))`, or `high` when `high + low` is within 1e-14 of zero (TA-Lib). */
function upperRaw(high: number, low: number): number {
  const t = high + low
  return -1e-14 < t && t < 1e-14 ? high : high * (1 + (4 * (high - low)) / t)
}

/** `low · (1 − 4·(high − low)/(high + low))`, or `low` when `high + low` is within 1e-14 of zero (TA-Lib). */
function lowerRaw(high: number, low: number): number {
  const t = high + low
  return -1e-14 < t && t < 1e-14 ? low : low * (1 - (4 * (high - low)) / t)
}

/**
 * Number of leading bars {@link accBands} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link AccBandsOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { accBandsLookback } from '@aitrade/indicators'
 * accBandsLookback() // 19
 * ```
 * @see TA-Lib `TA_ACCBANDS_Lookback`.
 */
export function accBandsLookback(options: AccBandsOptions = {}): number {
  return accPeriod(options) - 1
}

/**
 * Acceleration Bands (TA-Lib `ACCBANDS`, Headley): SMAs of `high·(1 + 4·(high − low)/(high + low))`, of the close, and
 * of `low·(1 − 4·(high − low)/(high + low))`.
 *
 * `NaN` inside the input propagates as in TA-Lib (each band's running sum becomes `NaN`).
 *
 * @param bars - `high`, `low`, `close` arrays of equal length, oldest first.
 * @param options - `period` (default 20) and optional `outUpper/outMiddle/outLower` buffers.
 * @returns `{ upper, middle, lower }`, `Float64Array`s of the input's length in price units; the first
 *   {@link accBandsLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   naming the field when the arrays' lengths differ, or an output buffer when it is too short.
 * @example
 * ```ts
 * import { accBands } from '@aitrade/indicators'
 * accBands({ high: [11, 11], low: [9, 9], close: [10, 10] }, { period: 2 }).upper // [NaN, 15.4]
 * ```
 * @see TA-Lib `TA_ACCBANDS` (ta_ACCBANDS.c); P. Headley, "Big Trends in Trading", 2002.
 */
export function accBands(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: AccBandsOptions & AccBandsOutputOptions = {},
): AccBandsOutput {
  const p = accPeriod(options)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const upper = outputBuffer(n, options.outUpper, 'outUpper')
  const middle = outputBuffer(n, options.outMiddle, 'outMiddle')
  const lower = outputBuffer(n, options.outLower, 'outLower')
  const head = Math.min(n, p - 1)
  upper.fill(Number.NaN, 0, head)
  middle.fill(Number.NaN, 0, head)
  lower.fill(Number.NaN, 0, head)
  const { high, low, close } = bars
  const up = new Float64Array(n)
  const dn = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const h = high[i] as number
    const l = low[i] as number
    up[i] = upperRaw(h, l)
    dn[i] = lowerRaw(h, l)
  }
  smaRange(close, 0, n, p, middle)
  smaRange(up, 0, n, p, upper)
  smaRange(dn, 0, n, p, lower)
  return { upper, middle, lower }
}

/**
 * Streaming Acceleration Bands (TA-Lib `ACCBANDS`), O(1) per update; outputs equal {@link accBands}'s exactly.
 * Each update returns a new `{ upper, middle, lower }` object.
 *
 * @example
 * ```ts
 * import { ACCBANDS } from '@aitrade/indicators'
 * const a = new ACCBANDS({ period: 2 })
 * a.update({ high: 11, low: 9, close: 10 })
 * a.update({ high: 11, low: 9, close: 10 }) // { upper: 15.4, middle: 10, lower: 5.4 } (to rounding)
 * ```
 * @see TA-Lib `TA_ACCBANDS` (ta_ACCBANDS.c).
 */
export class ACCBANDS implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close'>, AccBandsOutput<number>> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly period: number
  private readonly up: SMA
  private readonly mid: SMA
  private readonly dn: SMA
  private updated = false

  /**
   * @param options - See {@link AccBandsOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: AccBandsOptions = {}) {
    this.period = accPeriod(options)
    this.lookback = this.period - 1
    this.up = new SMA({ period: this.period })
    this.mid = new SMA({ period: this.period })
    this.dn = new SMA({ period: this.period })
  }

  /** `true` once `period` bars have been consumed. */
  get isReady(): boolean {
    return this.mid.isReady
  }

  /**
   * Consumes the next bar.
   * @param bar - `high`, `low`, `close` of the new bar.
   * @returns The newest bands, `NaN`s before ready.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): AccBandsOutput<number> {
    this.updated = true
    return {
      upper: this.up.update(upperRaw(bar.high, bar.low)),
      middle: this.mid.update(bar.close),
      lower: this.dn.update(lowerRaw(bar.high, bar.low)),
    }
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised bands.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): AccBandsOutput<number> {
    if (!this.updated) throw noBarToReplace('ACCBANDS')
    return {
      upper: this.up.replace(upperRaw(bar.high, bar.low)),
      middle: this.mid.replace(bar.close),
      lower: this.dn.replace(lowerRaw(bar.high, bar.low)),
    }
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.up.reset()
    this.mid.reset()
    this.dn.reset()
    this.updated = false
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('ACCBANDS', 1, { period: this.period }, this, ['up', 'mid', 'dn', 'updated'])
  }

  /**
   * @param snapshot - A snapshot of an `ACCBANDS` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'ACCBANDS', 1, { period: this.period }, this, ['up', 'mid', 'dn', 'updated'])
  }
}
