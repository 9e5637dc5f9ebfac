import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { EXT_HI, EXT_INIT, EXT_LO, trackExtremes } from './windowExtremes.js'

/** Parameters of {@link willr} and {@link WILLR}. */
export interface WillrOptions {
  /** Look-back window in bars, integer ≥ 2. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link willr}: `period − 1` bars.
 *
 * @param options - {@link WillrOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { willrLookback } from '@aitrade/indicators'
 * willrLookback({ period: 14 }) // 13
 * ```
 * @see TA-Lib `TA_WILLR_Lookback`.
 */
export function willrLookback(options: WillrOptions = {}): number {
  return checkPeriod('period', options.period ?? 14, 2) - 1
}

/**
 * Williams' %R (TA-Lib `WILLR`): `−100 · (highestHigh − close) / (highestHigh − lowestLow)` over the last
 * `period` bars (TA-Lib computes it as `(HH − close) / ((HH − LL) / −100)`); `0` when the range is zero.
 *
 * @param bars - `high`, `low` and `close` arrays of equal length, oldest first. A `NaN` gives the outputs TA-Lib gives (tested against it).
 * @param options - {@link WillrOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length, oscillator in `[−100, 0]`, `NaN` for the first {@link willrLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2, a field
 *   is missing or of a different length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { willr } from '@aitrade/indicators'
 * const bars = {
 *   high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5],
 *   low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4],
 *   close: [9.5, 10.9, 11.8, 10.6, 12.8, 12.1, 13.7, 12.5, 11.2, 12.3],
 * }
 * willr(bars, { period: 5 })[9] // ≈ -56.667
 * ```
 * @see TA-Lib `TA_WILLR` (ta_WILLR.c); Larry Williams, *How I Made One Million Dollars… Trading Commodities* (1973).
 */
export function willr(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: WillrOptions & OutputOptions = {},
): Float64Array {
  const period = checkPeriod('period', options.period ?? 14, 2)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  const { high, low, close } = bars
  const s = Float64Array.from(EXT_INIT)
  for (let today = period - 1; today < n; today++) {
    trackExtremes(s, 0, high, low, n, today, today - period + 1, false)
    const hi = s[EXT_HI] as number
    const diff = (hi - (s[EXT_LO] as number)) / -100.0
    out[today] = diff !== 0.0 ? (hi - (close[today] as number)) / diff : 0.0
  }
  return out
}

/**
 * Streaming {@link willr}: amortised O(1) per update over rings of the last `period` highs and lows;
 * `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { WILLR } from '@aitrade/indicators'
 * const ind = new WILLR({ period: 14 })
 * ind.update({ high: 10, low: 9, close: 9.5 }) // NaN until 14 bars
 * ```
 * @see {@link willr} for the formula.
 */
export class WILLR extends StateStream<Pick<OhlcvBar, 'high' | 'low' | 'close'>, number> {
  readonly lookback: number
  private readonly period: number

  /**
   * @param options - {@link WillrOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: WillrOptions = {}) {
    const period = checkPeriod('period', options.period ?? 14, 2)
    super('WILLR', { period }, EXT_INIT, { count: 2, length: period })
    this.period = period
    this.lookback = period - 1
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    const today = this.count - 1
    const p = this.period
    const hiRing = this.rings[0] as Float64Array
    const loRing = this.rings[1] as Float64Array
    hiRing[today % p] = bar.high
    loRing[today % p] = bar.low
    if (today < p - 1) return Number.NaN
    trackExtremes(this.s, 0, hiRing, loRing, p, today, today - p + 1, false)
    const hi = this.s[EXT_HI] as number
    const diff = (hi - (this.s[EXT_LO] as number)) / -100.0
    return diff !== 0.0 ? (hi - bar.close) / diff : 0.0
  }
}
