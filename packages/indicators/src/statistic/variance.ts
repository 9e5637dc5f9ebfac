import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link variance} and {@link VAR}. */
export interface VarianceOptions {
  /** Window length, integer in [1, 100000]. Default `5` (TA-Lib's). (TA-Lib's `optInNbDev` is ignored by TA-Lib's VAR and not offered.) */
  period?: number
}

function varPeriod(options: VarianceOptions): number {
  return checkPeriod('period', options.period ?? 5, 1)
}

/**
 * Number of leading bars {@link variance} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link VarianceOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000].
 * @example
 * ```ts
 * import { varianceLookback } from '@aitrade/indicators'
 * varianceLookback({ period: 5 }) // 4
 * ```
 * @see TA-Lib `TA_VAR_Lookback`.
 */
export function varianceLookback(options: VarianceOptions = {}): number {
  return varPeriod(options) - 1
}

/**
 * Rolling population variance kernel over `src[from, to)` (TA-Lib `INT_VAR`: `E[x²] − E[x]²` from running sums);
 * returns the first index written.
 * @internal
 */
export function varRange(src: ArrayLike<number>, from: number, to: number, period: number, out: Float64Array): number {
  const first = from + period - 1
  let t1 = 0
  let t2 = 0
  let i = from
  while (i < first && i < to) {
    const x = src[i++] as number
    t1 += x
    t2 += x * x
  }
  let trailing = from
  for (; i < to; i++) {
    const x = src[i] as number
    t1 += x
    t2 += x * x
    const m1 = t1 / period
    const m2 = t2 / period
    const y = src[trailing++] as number
    t1 -= y
    t2 -= y * y
    out[i] = m2 - m1 * m1
  }
  return first
}

/**
 * Rolling population variance (TA-Lib `VAR`): `mean(x²) − mean(x)²` over the last `period` values (divisor `period`).
 * Named `variance` because `var` is a reserved word.
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 5) and an optional `out` buffer; see {@link VarianceOptions}.
 * @returns A `Float64Array` of the input's length, in squared input units; the first {@link varianceLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { variance } from '@aitrade/indicators'
 * variance([1, 2, 3, 4], { period: 2 }) // Float64Array [NaN, 0.25, 0.25, 0.25]
 * ```
 * @see TA-Lib `TA_VAR` (ta_VAR.c).
 */
export function variance(values: ArrayLike<number>, options: VarianceOptions & OutputOptions = {}): Float64Array {
  const period = varPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  varRange(values, 0, n, period, out)
  return out
}

const FIELDS = ['buf', 'pos', 'count', 't1', 't2', 'pPos', 'pCount', 'pT1', 'pT2', 'pOld'] as const

/**
 * Streaming rolling variance core (TA-Lib `INT_VAR` order of operations), shared by {@link VAR}, `STDDEV` and `BBANDS`.
 * @internal
 */
export class RollingVar {
  readonly period: number
  private readonly buf: Float64Array
  private pos = 0
  private count = 0
  private t1 = 0
  private t2 = 0
  private pPos = 0
  private pCount = -1
  private pT1 = 0
  private pT2 = 0
  private pOld = 0

  constructor(period: number) {
    this.period = period
    this.buf = new Float64Array(period)
  }

  get isReady(): boolean {
    return this.count === this.period
  }

  get started(): boolean {
    return this.pCount >= 0
  }

  save(): void {
    this.pPos = this.pos
    this.pCount = this.count
    this.pT1 = this.t1
    this.pT2 = this.t2
    this.pOld = this.buf[this.pos] as number
  }

  rollback(): void {
    this.pos = this.pPos
    this.count = this.pCount
    this.t1 = this.pT1
    this.t2 = this.pT2
    this.buf[this.pos] = this.pOld
  }

  /** Adds `x`; returns the variance, `NaN` during warm-up. */
  step(x: number): number {
    const p = this.period
    const buf = this.buf
    buf[this.pos] = x
    const pos = this.pos + 1 === p ? 0 : this.pos + 1
    this.pos = pos
    this.t1 += x
    this.t2 += x * x
    if (this.count < p - 1) {
      this.count++
      return Number.NaN
    }
    this.count = p
    const m1 = this.t1 / p
    const m2 = this.t2 / p
    const y = buf[pos] as number
    this.t1 -= y
    this.t2 -= y * y
    return m2 - m1 * m1
  }

  /**
   * Adds `x` for BBANDS' SMA shortcut (TA-Lib `INT_stddev_using_precalc_ma`): only the sum of squares is kept;
   * returns `mean(x²) − mean²` for the given window mean, `NaN` during warm-up.
   */
  stepWithMean(x: number, mean: number): number {
    const p = this.period
    const buf = this.buf
    buf[this.pos] = x
    const pos = this.pos + 1 === p ? 0 : this.pos + 1
    this.pos = pos
    if (this.count < p - 1) {
      this.count++
      this.t2 += x * x
      return Number.NaN
    }
    this.count = p
    this.t2 += x * x
    const m2 = this.t2 / p
    const y = buf[pos] as number
    this.t2 -= y * y
    return m2 - mean * mean
  }

  reset(): void {
    this.buf.fill(0)
    this.pos = 0
    this.count = 0
    this.t1 = 0
    this.t2 = 0
    this.pCount = -1
  }

  snapshot(): IndicatorSnapshot {
    return makeSnapshot('RollingVar', 1, { period: this.period }, this, FIELDS)
  }

  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'RollingVar', 1, { period: this.period }, this, FIELDS)
  }
}

/**
 * Streaming rolling population variance (TA-Lib `VAR`), O(1) per update; outputs equal {@link variance}'s exactly.
 *
 * @example
 * ```ts
 * import { VAR } from '@aitrade/indicators'
 * const v = new VAR({ period: 2 })
 * v.update(1)
 * v.update(2) // 0.25
 * ```
 * @see TA-Lib `TA_VAR` (ta_VAR.c).
 */
export class VAR implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly core: RollingVar

  /**
   * @param options - See {@link VarianceOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000].
   */
  constructor(options: VarianceOptions = {}) {
    this.core = new RollingVar(varPeriod(options))
    this.lookback = this.core.period - 1
  }

  /** `true` once `period` values have been consumed. */
  get isReady(): boolean {
    return this.core.isReady
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest variance, `NaN` before ready.
   */
  update(value: number): number {
    this.core.save()
    return this.core.step(value)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised variance.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (!this.core.started) throw noBarToReplace('VAR')
    this.core.rollback()
    return this.core.step(value)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.core.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('VAR', 1, { period: this.core.period }, this, ['core'])
  }

  /**
   * @param snapshot - A snapshot of a `VAR` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'VAR', 1, { period: this.core.period }, this, ['core'])
  }
}
