import type { OutputOptions } from '../types.js'
import { checkSeries, outputBuffer } from '../validate.js'
import { HilbertStream, HT, HT_LOOKBACK_SHORT, hilbertRun } from './hilbert.js'

/** Options of {@link htDcPeriod}. */
export interface HtDcPeriodOptions extends OutputOptions {}

/**
 * Lookback of {@link htDcPeriod}: 32 bars (TA-Lib 0.6, unstable period 0).
 *
 * @returns Number of leading warm-up outputs.
 * @example
 * ```ts
 * import { htDcPeriodLookback } from '@aitrade/indicators'
 * htDcPeriodLookback() // 32
 * ```
 * @see TA-Lib `TA_HT_DCPERIOD_Lookback`.
 */
export function htDcPeriodLookback(): number {
  return HT_LOOKBACK_SHORT
}

/**
 * Hilbert transform dominant cycle period (TA-Lib `HT_DCPERIOD`): the homodyne discriminator period of the in-phase/quadrature components of a 4-bar-WMA-smoothed, detrended price, clamped to [6, 50] bars and to ×0.67…×1.5 of the previous estimate, smoothed `0.2/0.8`, then `0.33/0.67`.
 * Follows TA-Lib 0.6's arithmetic step by step.
 *
 * @param values - Prices (TA-Lib uses closes or the median price), oldest first. A `NaN` propagates to every later output.
 * @param options - {@link HtDcPeriodOptions}.
 * @returns `Float64Array` of the input's length in bars (in `[6, 50]` once settled), `NaN` for the first {@link htDcPeriodLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `values` is not array-like or an output buffer is too short.
 * @example
 * ```ts
 * import { htDcPeriod } from '@aitrade/indicators'
 * const close = Array.from({ length: 100 }, (_, i) => 100 + 10 * Math.sin((2 * Math.PI * i) / 20))
 * htDcPeriod(close)[99] // ≈ 20.0261
 * ```
 * @see TA-Lib `TA_HT_DCPERIOD` (ta_HT_DCPERIOD.c); John F. Ehlers, *Rocket Science for Traders* (2001), ch. 7 "Measuring Cycles".
 */
export function htDcPeriod(values: ArrayLike<number>, options: HtDcPeriodOptions = {}): Float64Array {
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, HT_LOOKBACK_SHORT))
  hilbertRun(values, n, 9, (s, i) => {
    if (i >= HT_LOOKBACK_SHORT) out[i] = s[HT.SMOOTH_PERIOD] as number
  })
  return out
}

/**
 * Streaming {@link htDcPeriod}: O(1) per update (a fixed number of filter steps), no allocation; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { HT_DCPERIOD } from '@aitrade/indicators'
 * const ind = new HT_DCPERIOD()
 * ind.update(101.2) // NaN until 33 values
 * ```
 * @see {@link htDcPeriod} for the method.
 */
export class HT_DCPERIOD extends HilbertStream<number> {
  constructor() {
    super('HT_DCPERIOD', {}, HT_LOOKBACK_SHORT, 9)
  }

  protected read(ran: boolean): number {
    return ran && this.count > HT_LOOKBACK_SHORT ? (this.s[HT.SMOOTH_PERIOD] as number) : Number.NaN
  }
}
