import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { EXT_HI_IDX, EXT_INIT, EXT_LO_IDX, trackExtremes } from './windowExtremes.js'

/** Parameters of {@link aroonOsc} and {@link AROONOSC}. */
export interface AroonOscOptions {
  /** Look-back in bars, integer ≥ 2 (the window holds `period + 1` bars). Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link aroonOsc}: `period` bars.
 *
 * @param options - {@link AroonOscOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { aroonOscLookback } from '@aitrade/indicators'
 * aroonOscLookback({ period: 14 }) // 14
 * ```
 * @see TA-Lib `TA_AROONOSC_Lookback`.
 */
export function aroonOscLookback(options: AroonOscOptions = {}): number {
  return checkPeriod('period', options.period ?? 14, 2)
}

/**
 * Aroon oscillator (TA-Lib `AROONOSC`): `aroonUp − aroonDown` (see {@link aroon}), computed as
 * `(100 / period) · (index of highest high − index of lowest low)`.
 *
 * @param bars - `high` and `low` arrays of equal length, oldest first. A `NaN` gives the outputs TA-Lib gives (tested against it).
 * @param options - {@link AroonOscOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in `[−100, 100]`, `NaN` for the first {@link aroonOscLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2, a field
 *   is missing or of a different length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { aroonOsc } from '@aitrade/indicators'
 * const bars = {
 *   high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5],
 *   low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4],
 * }
 * aroonOsc(bars, { period: 5 })[9] // -40
 * ```
 * @see TA-Lib `TA_AROONOSC` (ta_AROONOSC.c); Tushar Chande, "A Time Price Oscillator", *Technical Analysis of
 *   Stocks & Commodities* (Sept. 1995).
 */
export function aroonOsc(
  bars: Pick<OhlcvInput, 'high' | 'low'>,
  options: AroonOscOptions & OutputOptions = {},
): Float64Array {
  const period = checkPeriod('period', options.period ?? 14, 2)
  const n = checkBars(bars, ['high', 'low'])
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period))
  const s = Float64Array.from(EXT_INIT)
  const factor = 100.0 / period
  for (let today = period; today < n; today++) {
    trackExtremes(s, 0, bars.high, bars.low, n, today, today - period, true)
    out[today] = factor * ((s[EXT_HI_IDX] as number) - (s[EXT_LO_IDX] as number))
  }
  return out
}

/**
 * Streaming {@link aroonOsc}: amortised O(1) per update; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { AROONOSC } from '@aitrade/indicators'
 * const ind = new AROONOSC({ period: 14 })
 * ind.update({ high: 10, low: 9 }) // NaN until 15 bars
 * ```
 * @see {@link aroonOsc} for the formula.
 */
export class AROONOSC extends StateStream<Pick<OhlcvBar, 'high' | 'low'>, number> {
  readonly lookback: number
  private readonly period: number

  /**
   * @param options - {@link AroonOscOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: AroonOscOptions = {}) {
    const period = checkPeriod('period', options.period ?? 14, 2)
    super('AROONOSC', { period }, EXT_INIT, { count: 2, length: period + 1 })
    this.period = period
    this.lookback = period
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low'>): number {
    const today = this.count - 1
    const p = this.period
    const hiRing = this.rings[0] as Float64Array
    const loRing = this.rings[1] as Float64Array
    hiRing[today % (p + 1)] = bar.high
    loRing[today % (p + 1)] = bar.low
    if (today < p) return Number.NaN
    trackExtremes(this.s, 0, hiRing, loRing, p + 1, today, today - p, true)
    return (100.0 / p) * ((this.s[EXT_HI_IDX] as number) - (this.s[EXT_LO_IDX] as number))
  }
}
