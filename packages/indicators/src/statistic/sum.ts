import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link sum} and {@link SUM}. */
export interface SumOptions {
  /** Window length, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function sumPeriod(options: SumOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link sum} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link SumOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { sumLookback } from '@aitrade/indicators'
 * sumLookback({ period: 10 }) // 9
 * ```
 */
export function sumLookback(options: SumOptions = {}): number {
  return sumPeriod(options) - 1
}

/**
 * Rolling sum over the last `period` values (TA-Lib `SUM`), with TA-Lib's running total (add the new value, then
 * subtract the one leaving).
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link SumOptions}.
 * @returns A `Float64Array` of the input's length, in input units; the first {@link sumLookback} values are `NaN`.
 * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { sum } from '@aitrade/indicators'
 * sum([1, 2, 3, 4], { period: 2 }) // Float64Array [NaN, 3, 5, 7]
 * ```
 * @see TA-Lib `TA_SUM` (ta_SUM.c).
 */
export function sum(values: ArrayLike<number>, options: SumOptions & OutputOptions = {}): Float64Array {
  const period = sumPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  const first = period - 1
  let total = 0
  let i = 0
  while (i < first && i < n) total += values[i++] as number
  let trailing = 0
  for (; i < n; i++) {
    const t = total + (values[i] as number)
    total = t - (values[trailing++] as number)
    out[i] = t
  }
  return out
}

const FIELDS = ['buf', 'pos', 'count', 'total', 'pPos', 'pCount', 'pTotal', 'pOld'] as const

/**
 * Streaming rolling sum (TA-Lib `SUM`), O(1) per update; outputs equal {@link sum}'s exactly.
 *
 * @example
 * ```ts
 * import { SUM } from '@aitrade/indicators'
 * const s = new SUM({ period: 2 })
 * s.update(1)
 * s.update(2) // 3
 * ```
 * @see TA-Lib `TA_SUM` (ta_SUM.c).
 */
export class SUM implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly period: number
  private readonly buf: Float64Array
  private pos = 0
  private count = 0
  private total = 0
  private pPos = 0
  private pCount = -1
  private pTotal = 0
  private pOld = 0

  /**
   * @param options - See {@link SumOptions}.
   * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: SumOptions = {}) {
    this.period = sumPeriod(options)
    this.lookback = this.period - 1
    this.buf = new Float64Array(this.period)
  }

  /** `true` once `period` values have been consumed. */
  get isReady(): boolean {
    return this.count === this.period
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The sum of the last `period` values, `NaN` before ready.
   */
  update(value: number): number {
    this.pPos = this.pos
    this.pCount = this.count
    this.pTotal = this.total
    this.pOld = this.buf[this.pos] as number
    return this.step(value)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised sum.
   * @throws {@link @aitrade/core!InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (this.pCount < 0) throw noBarToReplace('SUM')
    this.pos = this.pPos
    this.count = this.pCount
    this.total = this.pTotal
    this.buf[this.pos] = this.pOld
    return this.step(value)
  }

  private step(x: number): number {
    const p = this.period
    const buf = this.buf
    buf[this.pos] = x
    const pos = this.pos + 1 === p ? 0 : this.pos + 1
    this.pos = pos
    if (this.count < p - 1) {
      this.count++
      this.total += x
      return Number.NaN
    }
    this.count = p
    const t = this.total + x
    this.total = t - (buf[pos] as number)
    return t
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.buf.fill(0)
    this.pos = 0
    this.count = 0
    this.total = 0
    this.pCount = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('SUM', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `SUM` with the same `period`.
   * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'SUM', 1, { period: this.period }, this, FIELDS)
  }
}
