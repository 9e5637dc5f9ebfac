import { HilbertStream, HT, HT_LOOKBACK_SHORT, hilbertRun } from '../cycle/hilbert.js'
import { checkReal, checkSeries, outputBuffer } from '../validate.js'

/** Parameters of {@link mama} and {@link MAMA}. */
export interface MamaOptions {
  /** Upper limit of the adaptive smoothing factor α, in `[0.01, 0.99]`. Default `0.5` (TA-Lib `optInFastLimit`). */
  fastLimit?: number
  /** Lower limit of α, in `[0.01, 0.99]`. Default `0.05` (TA-Lib `optInSlowLimit`). */
  slowLimit?: number
}

/** Optional preallocated output buffers of {@link mama}. */
export interface MamaOutputOptions {
  /** Buffer for `mama`, at least the input's length. */
  outMama?: Float64Array
  /** Buffer for `fama`, at least the input's length. */
  outFama?: Float64Array
}

/** Result of {@link mama} (TA-Lib `outMAMA`, `outFAMA`). */
export interface MamaOutput {
  /** MESA adaptive moving average. */
  mama: Float64Array
  /** Following adaptive moving average (MAMA smoothed with α/2). */
  fama: Float64Array
}

/** One streaming output of {@link MAMA}. */
export interface MamaValue {
  /** MESA adaptive moving average. */
  mama: number
  /** Following adaptive moving average. */
  fama: number
}

function mamaParams(options: MamaOptions): { fastLimit: number; slowLimit: number } {
  return {
    fastLimit: checkReal('fastLimit', options.fastLimit ?? 0.5, 0.01, 0.99),
    slowLimit: checkReal('slowLimit', options.slowLimit ?? 0.05, 0.01, 0.99),
  }
}

/** Advances MAMA/FAMA in the Hilbert state `s` by `value` (after a full {@link hilbertRun} step). @internal */
export function mamaStep(s: Float64Array, value: number, fastLimit: number, slowLimit: number): void {
  const phase = s[HT.PHASE] as number
  let delta = (s[HT.PREV_PHASE] as number) - phase
  s[HT.PREV_PHASE] = phase
  if (delta < 1.0) delta = 1.0
  let alpha: number
  if (delta > 1.0) {
    alpha = fastLimit / delta
    if (alpha < slowLimit) alpha = slowLimit
  } else alpha = fastLimit
  const m = alpha * value + (1 - alpha) * (s[HT.MAMA] as number)
  s[HT.MAMA] = m
  alpha *= 0.5
  s[HT.FAMA] = alpha * m + (1 - alpha) * (s[HT.FAMA] as number)
}

/**
 * Lookback of {@link mama}: 32 bars whatever the limits (TA-Lib 0.6, unstable period 0).
 *
 * @param options - {@link MamaOptions} (validated).
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when a limit is outside `[0.01, 0.99]`.
 * @example
 * ```ts
 * import { mamaLookback } from '@aitrade/indicators'
 * mamaLookback() // 32
 * ```
 * @see TA-Lib `TA_MAMA_Lookback`.
 */
export function mamaLookback(options: MamaOptions = {}): number {
  mamaParams(options)
  return HT_LOOKBACK_SHORT
}

/**
 * MESA Adaptive Moving Average (TA-Lib `MAMA`): an EMA whose factor α adapts to the rate of change of
 * the Hilbert-transform phase, `α = fastLimit / Δphase` clamped to `[slowLimit, fastLimit]` (Δphase in
 * degrees, at least 1), `MAMA = α·price + (1−α)·MAMA`; FAMA follows MAMA with `α/2`. The phase comes
 * from the in-phase/quadrature components of a 4-bar-WMA-smoothed price (see {@link htPhasor}).
 * Follows TA-Lib 0.6's arithmetic step by step.
 *
 * @param values - Prices, oldest first. A `NaN` propagates to every later output.
 * @param options - {@link MamaOptions} and {@link MamaOutputOptions}.
 * @returns `{ mama, fama }`, `Float64Array`s of the input's length in price units, `NaN` for the first 32 bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when a limit is outside `[0.01, 0.99]`,
 *   `values` is not array-like or an output buffer is too short.
 * @example
 * ```ts
 * import { mama } from '@aitrade/indicators'
 * const close = Array.from({ length: 100 }, (_, i) => 100 + 10 * Math.sin((2 * Math.PI * i) / 20))
 * mama(close).mama[99] // ≈ 96.6656
 * ```
 * @see TA-Lib `TA_MAMA` (ta_MAMA.c); John F. Ehlers, "MESA Adaptive Moving Averages", *Technical Analysis of
 *   Stocks & Commodities* (Sept. 2001), and *Rocket Science for Traders* (2001).
 */
export function mama(values: ArrayLike<number>, options: MamaOptions & MamaOutputOptions = {}): MamaOutput {
  const { fastLimit, slowLimit } = mamaParams(options)
  const n = checkSeries('values', values)
  const m = outputBuffer(n, options.outMama, 'outMama')
  const f = outputBuffer(n, options.outFama, 'outFama')
  const lb = Math.min(n, HT_LOOKBACK_SHORT)
  m.fill(Number.NaN, 0, lb)
  f.fill(Number.NaN, 0, lb)
  hilbertRun(values, n, 9, (s, i) => {
    mamaStep(s, values[i] as number, fastLimit, slowLimit)
    if (i >= HT_LOOKBACK_SHORT) {
      m[i] = s[HT.MAMA] as number
      f[i] = s[HT.FAMA] as number
    }
  })
  return { mama: m, fama: f }
}

/**
 * Streaming {@link mama}: O(1) per update; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { MAMA } from '@aitrade/indicators'
 * const ind = new MAMA({ fastLimit: 0.5, slowLimit: 0.05 })
 * ind.update(101.2) // { mama: NaN, fama: NaN } until 33 values
 * ```
 * @see {@link mama} for the method.
 */
export class MAMA extends HilbertStream<MamaValue> {
  private readonly fastLimit: number
  private readonly slowLimit: number

  /**
   * @param options - {@link MamaOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when a limit is outside `[0.01, 0.99]`.
   */
  constructor(options: MamaOptions = {}) {
    const p = mamaParams(options)
    super('MAMA', p, HT_LOOKBACK_SHORT, 9)
    this.fastLimit = p.fastLimit
    this.slowLimit = p.slowLimit
  }

  protected read(ran: boolean, value: number): MamaValue {
    if (!ran) return { mama: Number.NaN, fama: Number.NaN }
    mamaStep(this.s, value, this.fastLimit, this.slowLimit)
    const ready = this.count > HT_LOOKBACK_SHORT
    return {
      mama: ready ? (this.s[HT.MAMA] as number) : Number.NaN,
      fama: ready ? (this.s[HT.FAMA] as number) : Number.NaN,
    }
  }
}
