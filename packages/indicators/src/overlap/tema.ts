import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'
import { EMA, emaRange } from './ema.js'

/** Options of {@link tema} and {@link TEMA}. */
export interface TemaOptions {
  /** EMA period, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function temaPeriod(options: TemaOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link tema} leaves `NaN`: `3 · (period - 1)`.
 *
 * @param options - See {@link TemaOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { temaLookback } from '@aitrade/indicators'
 * temaLookback({ period: 10 }) // 27
 * ```
 * @see TA-Lib `TA_TEMA_Lookback`.
 */
export function temaLookback(options: TemaOptions = {}): number {
  return 3 * (temaPeriod(options) - 1)
}

/**
 * TEMA kernel over `src[from, to)`; returns the first index written.
 * @internal
 */
export function temaRange(src: ArrayLike<number>, from: number, to: number, period: number, out: Float64Array): number {
  const k = 2 / (period + 1)
  const e1 = new Float64Array(to)
  const e2 = new Float64Array(to)
  const e3 = new Float64Array(to)
  const f1 = emaRange(src, from, to, period, k, e1)
  const f2 = emaRange(e1, f1, to, period, k, e2)
  const f3 = emaRange(e2, f2, to, period, k, e3)
  for (let i = f3; i < to; i++) out[i] = (e3[i] as number) + (3 * (e1[i] as number) - 3 * (e2[i] as number))
  return f3
}

/**
 * Triple exponential moving average (TA-Lib `TEMA`, Mulloy 1994): `3·EMA − 3·EMA(EMA) + EMA(EMA(EMA))`,
 * each EMA TA-Lib seeded (SMA of its first `period` inputs).
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link TemaOptions}.
 * @returns A `Float64Array` of the input's length, in the input's units; the first {@link temaLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { tema } from '@aitrade/indicators'
 * tema([1, 2, 3, 4, 5], { period: 2 }) // Float64Array [NaN, NaN, NaN, 4, 5]
 * ```
 * @see TA-Lib `TA_TEMA` (ta_TEMA.c); P. Mulloy, "Smoothing Data with Faster Moving Averages", TASC, Feb 1994.
 */
export function tema(values: ArrayLike<number>, options: TemaOptions & OutputOptions = {}): Float64Array {
  const period = temaPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, 3 * (period - 1)))
  temaRange(values, 0, n, period, out)
  return out
}

const FIELDS = ['e1', 'e2', 'e3', 'last'] as const

/**
 * Streaming triple exponential moving average (TA-Lib `TEMA`), O(1) per update; outputs equal {@link tema}'s exactly.
 *
 * @example
 * ```ts
 * import { TEMA } from '@aitrade/indicators'
 * const t = new TEMA({ period: 2 })
 * for (const x of [1, 2, 3]) t.update(x)
 * t.update(4) // 4
 * ```
 * @see TA-Lib `TA_TEMA` (ta_TEMA.c).
 */
export class TEMA implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `3 · (period - 1)`. */
  readonly lookback: number
  private readonly period: number
  private readonly e1: EMA
  private readonly e2: EMA
  private readonly e3: EMA
  /** -1 before any update, else how many of the chained EMAs were fed at the last update (1..3). */
  private last = -1

  /**
   * @param options - See {@link TemaOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: TemaOptions = {}) {
    this.period = temaPeriod(options)
    this.lookback = 3 * (this.period - 1)
    this.e1 = new EMA({ period: this.period })
    this.e2 = new EMA({ period: this.period })
    this.e3 = new EMA({ period: this.period })
  }

  /** `true` once `lookback + 1` values have been consumed. */
  get isReady(): boolean {
    return this.e3.isReady
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest TEMA, `NaN` before ready.
   */
  update(value: number): number {
    const a = this.e1.update(value)
    if (!this.e1.isReady) {
      this.last = 1
      return Number.NaN
    }
    const b = this.e2.update(a)
    if (!this.e2.isReady) {
      this.last = 2
      return Number.NaN
    }
    this.last = 3
    const c = this.e3.update(b)
    return this.e3.isReady ? c + (3 * a - 3 * b) : Number.NaN
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised TEMA.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (this.last < 0) throw noBarToReplace('TEMA')
    const a = this.e1.replace(value)
    if (this.last === 1) return Number.NaN
    const b = this.e2.replace(a)
    if (this.last === 2) return Number.NaN
    const c = this.e3.replace(b)
    return this.e3.isReady ? c + (3 * a - 3 * b) : Number.NaN
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.e1.reset()
    this.e2.reset()
    this.e3.reset()
    this.last = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('TEMA', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `TEMA` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'TEMA', 1, { period: this.period }, this, FIELDS)
  }
}
