import { HilbertStream, HT, HT_LOOKBACK_LONG, hilbertRun } from '../cycle/hilbert.js'
import type { OutputOptions } from '../types.js'
import { checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link htTrendline}. */
export interface HtTrendlineOptions extends OutputOptions {}

/**
 * Lookback of {@link htTrendline}: 63 bars (TA-Lib 0.6, unstable period 0).
 *
 * @returns Number of leading warm-up outputs.
 * @example
 * ```ts
 * import { htTrendlineLookback } from '@aitrade/indicators'
 * htTrendlineLookback() // 63
 * ```
 * @see TA-Lib `TA_HT_TRENDLINE_Lookback`.
 */
export function htTrendlineLookback(): number {
  return HT_LOOKBACK_LONG
}

/**
 * Hilbert transform instantaneous trendline (TA-Lib `HT_TRENDLINE`): the mean of the last `round(smoothPeriod)` prices (dominant cycle period, see {@link htDcPeriod}), smoothed by the 4-bar WMA `(4·x + 3·x₁ + 2·x₂ + x₃)/10`.
 * Follows TA-Lib 0.6's arithmetic step by step.
 *
 * @param values - Prices (TA-Lib uses closes or the median price), oldest first. A `NaN` propagates to every later output.
 * @param options - {@link HtTrendlineOptions}.
 * @returns `Float64Array` of the input's length in price units, `NaN` for the first {@link htTrendlineLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `values` is not array-like or an output buffer is too short.
 * @example
 * ```ts
 * import { htTrendline } from '@aitrade/indicators'
 * const close = Array.from({ length: 100 }, (_, i) => 100 + 10 * Math.sin((2 * Math.PI * i) / 20))
 * htTrendline(close)[99] // ≈ 100.0000
 * ```
 * @see TA-Lib `TA_HT_TRENDLINE` (ta_HT_TRENDLINE.c); John F. Ehlers, *Rocket Science for Traders* (2001), ch. 10 "Instantaneous Trendline".
 */
export function htTrendline(values: ArrayLike<number>, options: HtTrendlineOptions = {}): Float64Array {
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, HT_LOOKBACK_LONG))
  hilbertRun(values, n, 34, (s, i) => {
    if (i >= HT_LOOKBACK_LONG) out[i] = s[HT.TRENDLINE] as number
  })
  return out
}

/**
 * Streaming {@link htTrendline}: O(1) per update (a DFT over at most 50 smoothed prices), no allocation; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { HT_TRENDLINE } from '@aitrade/indicators'
 * const ind = new HT_TRENDLINE()
 * ind.update(101.2) // NaN until 64 values
 * ```
 * @see {@link htTrendline} for the method.
 */
export class HT_TRENDLINE extends HilbertStream<number> {
  constructor() {
    super('HT_TRENDLINE', {}, HT_LOOKBACK_LONG, 34)
  }

  protected read(ran: boolean): number {
    return ran && this.count > HT_LOOKBACK_LONG ? (this.s[HT.TRENDLINE] as number) : Number.NaN
  }
}
