import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'
import { EMA, emaRange } from './ema.js'

/** Options of {@link dema} and {@link DEMA}. */
export interface DemaOptions {
  /** EMA period, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function demaPeriod(options: DemaOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link dema} leaves `NaN`: `2 · (period - 1)`.
 *
 * @param options - See {@link DemaOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { demaLookback } from '@aitrade/indicators'
 * demaLookback({ period: 10 }) // 18
 * ```
 * @see TA-Lib `TA_DEMA_Lookback`.
 */
export function demaLookback(options: DemaOptions = {}): number {
  return 2 * (demaPeriod(options) - 1)
}

/**
 * DEMA kernel over `src[from, to)`; returns the first index written.
 * @internal
 */
export function demaRange(src: ArrayLike<number>, from: number, to: number, period: number, out: Float64Array): number {
  const k = 2 / (period + 1)
  const e1 = new Float64Array(to)
  const e2 = new Float64Array(to)
  const f1 = emaRange(src, from, to, period, k, e1)
  const f2 = emaRange(e1, f1, to, period, k, e2)
  for (let i = f2; i < to; i++) out[i] = 2 * (e1[i] as number) - (e2[i] as number)
  return f2
}

/**
 * Double exponential moving average (TA-Lib `DEMA`, Mulloy 1994): `2·EMA(x) − EMA(EMA(x))`, both EMAs TA-Lib
 * seeded (SMA of their first `period` inputs).
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link DemaOptions}.
 * @returns A `Float64Array` of the input's length, in the input's units; the first {@link demaLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { dema } from '@aitrade/indicators'
 * dema([1, 2, 3, 4, 5], { period: 2 }) // Float64Array [NaN, NaN, 3, 4, 5]
 * ```
 * @see TA-Lib `TA_DEMA` (ta_DEMA.c); P. Mulloy, "Smoothing Data with Faster Moving Averages", TASC, Feb 1994.
 */
export function dema(values: ArrayLike<number>, options: DemaOptions & OutputOptions = {}): Float64Array {
  const period = demaPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, 2 * (period - 1)))
  demaRange(values, 0, n, period, out)
  return out
}

const FIELDS = ['e1', 'e2', 'last'] as const

/**
 * Streaming double exponential moving average (TA-Lib `DEMA`), O(1) per update; outputs equal {@link dema}'s exactly.
 *
 * @example
 * ```ts
 * import { DEMA } from '@aitrade/indicators'
 * const d = new DEMA({ period: 2 })
 * d.update(1); d.update(2)
 * d.update(3) // 3
 * ```
 * @see TA-Lib `TA_DEMA` (ta_DEMA.c).
 */
export class DEMA implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `2 · (period - 1)`. */
  readonly lookback: number
  private readonly period: number
  private readonly e1: EMA
  private readonly e2: EMA
  /** -1 before any update, else 1 when `e1` was ready at the last update, 0 when not. */
  private last = -1

  /**
   * @param options - See {@link DemaOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: DemaOptions = {}) {
    this.period = demaPeriod(options)
    this.lookback = 2 * (this.period - 1)
    this.e1 = new EMA({ period: this.period })
    this.e2 = new EMA({ period: this.period })
  }

  /** `true` once `lookback + 1` values have been consumed. */
  get isReady(): boolean {
    return this.e2.isReady
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest DEMA, `NaN` before ready.
   */
  update(value: number): number {
    const a = this.e1.update(value)
    this.last = this.e1.isReady ? 1 : 0
    if (this.last === 0) return Number.NaN
    const b = this.e2.update(a)
    return this.e2.isReady ? 2 * a - b : Number.NaN
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised DEMA.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (this.last < 0) throw noBarToReplace('DEMA')
    const a = this.e1.replace(value)
    if (this.last === 0) return Number.NaN
    const b = this.e2.replace(a)
    return this.e2.isReady ? 2 * a - b : Number.NaN
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.e1.reset()
    this.e2.reset()
    this.last = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('DEMA', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `DEMA` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'DEMA', 1, { period: this.period }, this, FIELDS)
  }
}
