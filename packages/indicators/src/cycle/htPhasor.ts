import { checkSeries, outputBuffer } from '../validate.js'
import { HilbertStream, HT, HT_LOOKBACK_SHORT, hilbertRun } from './hilbert.js'

/** Options of {@link htPhasor}: optional preallocated output buffers. */
export interface HtPhasorOutputOptions {
  /** Buffer for `inPhase`, at least the input's length. */
  outInPhase?: Float64Array
  /** Buffer for `quadrature`, at least the input's length. */
  outQuadrature?: Float64Array
}

/** Result of {@link htPhasor} (TA-Lib `outInPhase`, `outQuadrature`). */
export interface HtPhasorOutput {
  /** In-phase component I1. */
  inPhase: Float64Array
  /** Quadrature component Q1. */
  quadrature: Float64Array
}

/** One streaming output of {@link HT_PHASOR}. */
export interface HtPhasorValue {
  /** In-phase component I1. */
  inPhase: number
  /** Quadrature component Q1. */
  quadrature: number
}

/**
 * Lookback of {@link htPhasor}: 32 bars (TA-Lib 0.6, unstable period 0).
 *
 * @returns Number of leading warm-up outputs.
 * @example
 * ```ts
 * import { htPhasorLookback } from '@aitrade/indicators'
 * htPhasorLookback() // 32
 * ```
 * @see TA-Lib `TA_HT_PHASOR_Lookback`.
 */
export function htPhasorLookback(): number {
  return HT_LOOKBACK_SHORT
}

/**
 * Hilbert transform phasor components (TA-Lib `HT_PHASOR`): the in-phase (I1, the detrended price delayed 3 bars) and quadrature (Q1, the Hilbert transform of the detrended price) components, with Ehlers' period-adaptive filter `(0.0962·x + 0.5769·x₂ − 0.5769·x₄ − 0.0962·x₆)·(0.075·period + 0.54)` applied to a 4-bar-WMA-smoothed price.
 * Follows TA-Lib 0.6's arithmetic step by step.
 *
 * @param values - Prices (TA-Lib uses closes or the median price), oldest first. A `NaN` propagates to every later output.
 * @param options - {@link HtPhasorOutputOptions}.
 * @returns `{ inPhase, quadrature }`, `Float64Array`s of the input's length in price units, `NaN` for the first {@link htPhasorLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `values` is not array-like or an output buffer is too short.
 * @example
 * ```ts
 * import { htPhasor } from '@aitrade/indicators'
 * const close = Array.from({ length: 100 }, (_, i) => 100 + 10 * Math.sin((2 * Math.PI * i) / 20))
 * htPhasor(close).inPhase[99] // ≈ -8.0319
 * ```
 * @see TA-Lib `TA_HT_PHASOR` (ta_HT_PHASOR.c); John F. Ehlers, *Rocket Science for Traders* (2001), ch. 7 "Measuring Cycles".
 */
export function htPhasor(values: ArrayLike<number>, options: HtPhasorOutputOptions = {}): HtPhasorOutput {
  const n = checkSeries('values', values)
  const inPhase = outputBuffer(n, options.outInPhase, 'outInPhase')
  const quadrature = outputBuffer(n, options.outQuadrature, 'outQuadrature')
  const lb = Math.min(n, HT_LOOKBACK_SHORT)
  inPhase.fill(Number.NaN, 0, lb)
  quadrature.fill(Number.NaN, 0, lb)
  hilbertRun(values, n, 9, (s, i) => {
    if (i >= HT_LOOKBACK_SHORT) {
      inPhase[i] = s[HT.IN_PHASE] as number
      quadrature[i] = s[HT.QUADRATURE] as number
    }
  })
  return { inPhase, quadrature }
}

/**
 * Streaming {@link htPhasor}: O(1) per update (a fixed number of filter steps); allocates only the returned object; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { HT_PHASOR } from '@aitrade/indicators'
 * const ind = new HT_PHASOR()
 * ind.update(101.2) // { inPhase: NaN, quadrature: NaN } until 33 values
 * ```
 * @see {@link htPhasor} for the method.
 */
export class HT_PHASOR extends HilbertStream<HtPhasorValue> {
  constructor() {
    super('HT_PHASOR', {}, HT_LOOKBACK_SHORT, 9)
  }

  protected read(ran: boolean): HtPhasorValue {
    const ready = ran && this.count > HT_LOOKBACK_SHORT
    return {
      inPhase: ready ? (this.s[HT.IN_PHASE] as number) : Number.NaN,
      quadrature: ready ? (this.s[HT.QUADRATURE] as number) : Number.NaN,
    }
  }
}
