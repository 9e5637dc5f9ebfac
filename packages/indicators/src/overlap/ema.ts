import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link ema} and {@link EMA}. */
export interface EmaOptions {
  /** Smoothing period, integer in [2, 100000]; the factor is `k = 2 / (period + 1)`. Default `30` (TA-Lib's). */
  period?: number
}

function emaPeriod(options: EmaOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link ema} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link EmaOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { emaLookback } from '@aitrade/indicators'
 * emaLookback({ period: 12 }) // 11
 * ```
 * @see TA-Lib `TA_EMA_Lookback`.
 */
export function emaLookback(options: EmaOptions = {}): number {
  return emaPeriod(options) - 1
}

/**
 * EMA kernel over `src[from, to)` as if it were the whole input (TA-Lib `INT_EMA`, classic seed): the first
 * output, at `from + period - 1`, is the SMA of the first `period` values; then `e += (x - e) * k`.
 * Returns the first index written. Any smoothing factor `k` (MACDFIX uses fixed ones).
 * @internal
 */
export function emaRange(
  src: ArrayLike<number>,
  from: number,
  to: number,
  period: number,
  k: number,
  out: Float64Array,
): number {
  const first = from + period - 1
  if (first >= to) return first
  let sum = 0
  for (let i = from; i <= first; i++) sum += src[i] as number
  let e = sum / period
  out[first] = e
  for (let i = first + 1; i < to; i++) {
    e = ((src[i] as number) - e) * k + e
    out[i] = e
  }
  return first
}

/**
 * Exponential moving average (TA-Lib `EMA`), seeded with the SMA of the first `period` values (TA-Lib's default
 * compatibility), then `ema = (x - ema) * k + ema` with `k = 2 / (period + 1)`.
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param values - Input series (e.g. closes), oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link EmaOptions}.
 * @returns A `Float64Array` of the input's length, in the input's units; the first {@link emaLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { ema } from '@aitrade/indicators'
 * ema([1, 2, 3, 4], { period: 3 }) // Float64Array [NaN, NaN, 2, 3]
 * ```
 * @see TA-Lib `TA_EMA` (ta_EMA.c).
 */
export function ema(values: ArrayLike<number>, options: EmaOptions & OutputOptions = {}): Float64Array {
  const period = emaPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  emaRange(values, 0, n, period, 2 / (period + 1), out)
  return out
}

const FIELDS = ['count', 'sum', 'value', 'pCount', 'pSum', 'pValue'] as const

/**
 * Streaming exponential moving average (TA-Lib `EMA`), O(1) per update; outputs equal {@link ema}'s exactly.
 *
 * @example
 * ```ts
 * import { EMA } from '@aitrade/indicators'
 * const e = new EMA({ period: 3 })
 * e.update(1); e.update(2)
 * e.update(3) // 2 (the SMA seed)
 * e.update(4) // 3
 * ```
 * @see TA-Lib `TA_EMA` (ta_EMA.c).
 */
export class EMA implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly period: number
  private readonly k: number
  private count = 0
  private sum = 0
  private value = Number.NaN
  private pCount = -1
  private pSum = 0
  private pValue = Number.NaN

  /**
   * @param options - See {@link EmaOptions}.
   * @param k - Smoothing factor; defaults to `2 / (period + 1)`. Other values are for internal use (MACDFIX).
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: EmaOptions = {}, k?: number) {
    this.period = emaPeriod(options)
    this.lookback = this.period - 1
    this.k = k ?? 2 / (this.period + 1)
  }

  /** `true` once `period` values have been consumed. */
  get isReady(): boolean {
    return this.count === this.period
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest EMA, `NaN` before ready.
   */
  update(value: number): number {
    this.pCount = this.count
    this.pSum = this.sum
    this.pValue = this.value
    return this.step(value)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised EMA.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (this.pCount < 0) throw noBarToReplace('EMA')
    this.count = this.pCount
    this.sum = this.pSum
    this.value = this.pValue
    return this.step(value)
  }

  private step(x: number): number {
    if (this.count === this.period) {
      const e = (x - this.value) * this.k + this.value
      this.value = e
      return e
    }
    this.sum += x
    if (++this.count < this.period) return Number.NaN
    const e = this.sum / this.period
    this.value = e
    return e
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.count = 0
    this.sum = 0
    this.value = Number.NaN
    this.pCount = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('EMA', 1, { period: this.period, k: this.k }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of an `EMA` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'EMA', 1, { period: this.period, k: this.k }, this, FIELDS)
  }
}
