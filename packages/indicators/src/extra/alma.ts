import { StateStream } from '../streamState.js'
import type { OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkReal, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link alma} and {@link ALMA}. */
export interface AlmaOptions {
  /** Window length in bars, integer ≥ 1. Default `9`. */
  period?: number
  /** Position of the Gaussian's centre in the window, `0` = oldest bar, `1` = newest. Default `0.85`. */
  offset?: number
  /** Sharpness: the Gaussian's standard deviation is `period / sigma` bars; > 0. Default `6`. */
  sigma?: number
}

interface AlmaConfig {
  period: number
  offset: number
  sigma: number
  weights: Float64Array
  norm: number
}

function almaConfig(options: AlmaOptions): AlmaConfig {
  const period = checkPeriod('period', options.period ?? 9, 1)
  const offset = checkReal('offset', options.offset ?? 0.85, 0, 1)
  const sigma = checkReal('sigma', options.sigma ?? 6, Number.MIN_VALUE)
  const m = offset * (period - 1)
  const s = period / sigma
  const weights = new Float64Array(period)
  let norm = 0
  for (let j = 0; j < period; j++) {
    const w = Math.exp(-((j - m) * (j - m)) / (2 * s * s))
    weights[j] = w
    norm += w
  }
  return { period, offset, sigma, weights, norm }
}

/**
 * Lookback of {@link alma}: `period - 1`.
 * @param options - As for {@link alma}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad option.
 * @example
 * ```ts
 * import { almaLookback } from '@aitrade/indicators'
 *
 * almaLookback() // 8
 * ```
 * @see {@link alma} for the formula and its source.
 */
export function almaLookback(options: AlmaOptions = {}): number {
  return almaConfig(options).period - 1
}

/**
 * Arnaud Legoux moving average: a Gaussian-weighted average of the last `period` values,
 * `ALMA = Σ w_j·x_j / Σ w_j` with `w_j = exp(−(j − m)² / (2s²))`, `j = 0` the oldest value in the window,
 * `m = offset·(period − 1)`, `s = period / sigma`.
 *
 * @param values - Input series (e.g. closes), oldest first.
 * @param options - `period` (9), `offset` (0.85), `sigma` (6) and an optional `out` buffer.
 * @returns ALMA in the input's units, input length; the first `period - 1` values `NaN`. A `NaN` input
 *   makes the `period` outputs whose window holds it `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad option, non-array input or short `out`.
 *
 * @example
 * ```ts
 * import { alma } from '@aitrade/indicators'
 *
 * alma([1, 2, 3], { period: 3, offset: 0.5, sigma: 1e9 })[2] // 2 (flat weights: the plain mean)
 * ```
 * @see Arnaud Legoux and Dimitris Kouzis-Loukas, "ALMA — Arnaud Legoux Moving Average" (2009);
 *   TradingView Pine `ta.alma`.
 */
export function alma(values: ArrayLike<number>, options: AlmaOptions & OutputOptions = {}): Float64Array {
  const c = almaConfig(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  const p = c.period
  const w = c.weights
  out.fill(Number.NaN, 0, Math.min(n, p - 1))
  for (let i = p - 1; i < n; i++) {
    const start = i - p + 1
    let sum = 0
    for (let j = 0; j < p; j++) sum += (w[j] as number) * (values[start + j] as number)
    out[i] = sum / c.norm
  }
  return out
}

/**
 * Streaming {@link alma}: O(period) per value (a convolution); equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { ALMA } from '@aitrade/indicators'
 *
 * const a = new ALMA({ period: 2, offset: 0.5, sigma: 1e9 })
 * a.update(1) // NaN
 * a.update(3) // 2
 * ```
 * @see {@link alma} for the formula and sources.
 */
export class ALMA extends StateStream<number, number> implements StreamingIndicator<number, number> {
  /** `period - 1`. */
  readonly lookback: number
  private readonly cfg: AlmaConfig

  /**
   * @param options - See {@link AlmaOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad option.
   */
  constructor(options: AlmaOptions = {}) {
    const cfg = almaConfig(options)
    super('ALMA', { period: cfg.period, offset: cfg.offset, sigma: cfg.sigma }, [], { count: 1, length: cfg.period })
    this.cfg = cfg
    this.lookback = cfg.period - 1
  }

  protected step(x: number): number {
    const p = this.cfg.period
    const ring = this.rings[0] as Float64Array
    const slot = (this.count - 1) % p
    ring[slot] = x
    if (this.count < p) return Number.NaN
    const w = this.cfg.weights
    let sum = 0
    let r = slot + 1 === p ? 0 : slot + 1
    for (let j = 0; j < p; j++) {
      sum += (w[j] as number) * (ring[r] as number)
      r = r + 1 === p ? 0 : r + 1
    }
    return sum / this.cfg.norm
  }
}
