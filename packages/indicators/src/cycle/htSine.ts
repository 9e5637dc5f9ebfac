import { checkSeries, outputBuffer } from '../validate.js'
import { HilbertStream, HT, HT_LOOKBACK_LONG, hilbertRun } from './hilbert.js'

/** Options of {@link htSine}: optional preallocated output buffers. */
export interface HtSineOutputOptions {
  /** Buffer for `sine`, at least the input's length. */
  outSine?: Float64Array
  /** Buffer for `leadSine`, at least the input's length. */
  outLeadSine?: Float64Array
}

/** Result of {@link htSine} (TA-Lib `outSine`, `outLeadSine`). */
export interface HtSineOutput {
  /** `sin(DC phase)`. */
  sine: Float64Array
  /** `sin(DC phase + 45°)`. */
  leadSine: Float64Array
}

/** One streaming output of {@link HT_SINE}. */
export interface HtSineValue {
  /** `sin(DC phase)`. */
  sine: number
  /** `sin(DC phase + 45°)`. */
  leadSine: number
}

/**
 * Lookback of {@link htSine}: 63 bars (TA-Lib 0.6, unstable period 0).
 *
 * @returns Number of leading warm-up outputs.
 * @example
 * ```ts
 * import { htSineLookback } from '@aitrade/indicators'
 * htSineLookback() // 63
 * ```
 * @see TA-Lib `TA_HT_SINE_Lookback`.
 */
export function htSineLookback(): number {
  return HT_LOOKBACK_LONG
}

/**
 * Hilbert transform sine wave (TA-Lib `HT_SINE`): `sin(phase)` and `sin(phase + 45°)` of the dominant cycle phase (see {@link htDcPhase}); their crossings mark cycle turns.
 * Follows TA-Lib 0.6's arithmetic step by step.
 *
 * @param values - Prices (TA-Lib uses closes or the median price), oldest first. A `NaN` propagates to every later output.
 * @param options - {@link HtSineOutputOptions}.
 * @returns `{ sine, leadSine }`, `Float64Array`s of the input's length in unitless `[-1, 1]`, `NaN` for the first {@link htSineLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `values` is not array-like or an output buffer is too short.
 * @example
 * ```ts
 * import { htSine } from '@aitrade/indicators'
 * const close = Array.from({ length: 100 }, (_, i) => 100 + 10 * Math.sin((2 * Math.PI * i) / 20))
 * htSine(close).sine[99] // ≈ -0.3061
 * ```
 * @see TA-Lib `TA_HT_SINE` (ta_HT_SINE.c); John F. Ehlers, *Rocket Science for Traders* (2001), ch. 9 "Sinewave Indicator".
 */
export function htSine(values: ArrayLike<number>, options: HtSineOutputOptions = {}): HtSineOutput {
  const n = checkSeries('values', values)
  const sine = outputBuffer(n, options.outSine, 'outSine')
  const leadSine = outputBuffer(n, options.outLeadSine, 'outLeadSine')
  const lb = Math.min(n, HT_LOOKBACK_LONG)
  sine.fill(Number.NaN, 0, lb)
  leadSine.fill(Number.NaN, 0, lb)
  hilbertRun(values, n, 34, (s, i) => {
    if (i >= HT_LOOKBACK_LONG) {
      sine[i] = s[HT.SINE] as number
      leadSine[i] = s[HT.LEAD_SINE] as number
    }
  })
  return { sine, leadSine }
}

/**
 * Streaming {@link htSine}: O(1) per update (a DFT over at most 50 smoothed prices); allocates only the returned object; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { HT_SINE } from '@aitrade/indicators'
 * const ind = new HT_SINE()
 * ind.update(101.2) // { sine: NaN, leadSine: NaN } until 64 values
 * ```
 * @see {@link htSine} for the method.
 */
export class HT_SINE extends HilbertStream<HtSineValue> {
  constructor() {
    super('HT_SINE', {}, HT_LOOKBACK_LONG, 34)
  }

  protected read(ran: boolean): HtSineValue {
    const ready = ran && this.count > HT_LOOKBACK_LONG
    return {
      sine: ready ? (this.s[HT.SINE] as number) : Number.NaN,
      leadSine: ready ? (this.s[HT.LEAD_SINE] as number) : Number.NaN,
    }
  }
}
