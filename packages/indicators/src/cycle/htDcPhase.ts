import type { OutputOptions } from '../types.js'
import { checkSeries, outputBuffer } from '../validate.js'
import { HilbertStream, HT, HT_LOOKBACK_LONG, hilbertRun } from './hilbert.js'

/** Options of {@link htDcPhase}. */
export interface HtDcPhaseOptions extends OutputOptions {}

/**
 * Lookback of {@link htDcPhase}: 63 bars (TA-Lib 0.6, unstable period 0).
 *
 * @returns Number of leading warm-up outputs.
 * @example
 * ```ts
 * import { htDcPhaseLookback } from '@aitrade/indicators'
 * htDcPhaseLookback() // 63
 * ```
 * @see TA-Lib `TA_HT_DCPHASE_Lookback`.
 */
export function htDcPhaseLookback(): number {
  return HT_LOOKBACK_LONG
}

/**
 * Hilbert transform dominant cycle phase (TA-Lib `HT_DCPHASE`): the phase of a one-period DFT of the smoothed prices over the dominant cycle period (see {@link htDcPeriod}): `atan(real/imag)` in degrees, `+90`, `+360/smoothPeriod`, `+180` when `imag < 0`, wrapped to `(-45, 315]`.
 * Follows TA-Lib 0.6's arithmetic step by step.
 *
 * @param values - Prices (TA-Lib uses closes or the median price), oldest first. A `NaN` propagates to every later output.
 * @param options - {@link HtDcPhaseOptions}.
 * @returns `Float64Array` of the input's length in degrees in `(-45, 315]`, `NaN` for the first {@link htDcPhaseLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `values` is not array-like or an output buffer is too short.
 * @example
 * ```ts
 * import { htDcPhase } from '@aitrade/indicators'
 * const close = Array.from({ length: 100 }, (_, i) => 100 + 10 * Math.sin((2 * Math.PI * i) / 20))
 * htDcPhase(close)[99] // ≈ -17.8247
 * ```
 * @see TA-Lib `TA_HT_DCPHASE` (ta_HT_DCPHASE.c); John F. Ehlers, *Rocket Science for Traders* (2001), ch. 9 "Sinewave Indicator".
 */
export function htDcPhase(values: ArrayLike<number>, options: HtDcPhaseOptions = {}): Float64Array {
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, HT_LOOKBACK_LONG))
  hilbertRun(values, n, 34, (s, i) => {
    if (i >= HT_LOOKBACK_LONG) out[i] = s[HT.DC_PHASE] as number
  })
  return out
}

/**
 * Streaming {@link htDcPhase}: O(1) per update (a DFT over at most 50 smoothed prices), no allocation; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { HT_DCPHASE } from '@aitrade/indicators'
 * const ind = new HT_DCPHASE()
 * ind.update(101.2) // NaN until 64 values
 * ```
 * @see {@link htDcPhase} for the method.
 */
export class HT_DCPHASE extends HilbertStream<number> {
  constructor() {
    super('HT_DCPHASE', {}, HT_LOOKBACK_LONG, 34)
  }

  protected read(ran: boolean): number {
    return ran && this.count > HT_LOOKBACK_LONG ? (this.s[HT.DC_PHASE] as number) : Number.NaN
  }
}
