import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkReal, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link t3} and {@link T3}. */
export interface T3Options {
  /** Period of each of the six EMAs, integer in [2, 100000]. Default `5` (TA-Lib's). */
  period?: number
  /** Volume factor `v` in [0, 1]. Default `0.7` (TA-Lib's). */
  vFactor?: number
}

function t3Params(options: T3Options): { period: number; vFactor: number } {
  return {
    period: checkPeriod('period', options.period ?? 5, 2),
    vFactor: checkReal('vFactor', options.vFactor ?? 0.7, 0, 1),
  }
}

/**
 * Number of leading bars {@link t3} leaves `NaN`: `6 · (period - 1)`.
 *
 * @param options - See {@link T3Options}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000]
 *   or `vFactor` is outside [0, 1].
 * @example
 * ```ts
 * import { t3Lookback } from '@aitrade/indicators'
 * t3Lookback({ period: 5 }) // 24
 * ```
 * @see TA-Lib `TA_T3_Lookback`.
 */
export function t3Lookback(options: T3Options = {}): number {
  return 6 * (t3Params(options).period - 1)
}

function t3Coefficients(v: number, c: Float64Array): void {
  const v2 = v * v
  const c1 = -(v2 * v)
  c[0] = c1
  c[1] = 3 * (v2 - c1)
  c[2] = -6 * v2 - 3 * (v - c1)
  c[3] = 1 + 3 * v - c1 + 3 * v2
}

/**
 * T3 kernel over `src[from, to)` (TA-Lib's algorithm); returns the first index written.
 * @internal
 */
export function t3Range(
  src: ArrayLike<number>,
  from: number,
  to: number,
  period: number,
  vFactor: number,
  out: Float64Array,
): number {
  const first = from + 6 * (period - 1)
  if (first >= to) return first
  const k = 2 / (period + 1)
  const omk = 1 - k
  const e = new Float64Array(6)
  let today = from
  // seed level L with the SMA of its first `period` inputs, running the lower levels meanwhile
  for (let level = 0; level < 6; level++) {
    let sum = 0
    for (let j = 0; j < period; j++) {
      if (level === 0 || j > 0) {
        let v = src[today++] as number
        for (let l = 0; l < level; l++) {
          v = k * v + omk * (e[l] as number)
          e[l] = v
        }
        sum += v
      } else sum += e[level - 1] as number
    }
    e[level] = sum / period
  }
  const c = new Float64Array(4)
  t3Coefficients(vFactor, c)
  const [c1, c2, c3, c4] = c as unknown as [number, number, number, number]
  let e1 = e[0] as number
  let e2 = e[1] as number
  let e3 = e[2] as number
  let e4 = e[3] as number
  let e5 = e[4] as number
  let e6 = e[5] as number
  out[first] = c1 * e6 + c2 * e5 + c3 * e4 + c4 * e3
  for (let t = first + 1; t < to; t++) {
    e1 = k * (src[t] as number) + omk * e1
    e2 = k * e1 + omk * e2
    e3 = k * e2 + omk * e3
    e4 = k * e3 + omk * e4
    e5 = k * e4 + omk * e5
    e6 = k * e5 + omk * e6
    out[t] = c1 * e6 + c2 * e5 + c3 * e4 + c4 * e3
  }
  return first
}

/**
 * Tillson T3 moving average (TA-Lib `T3`): six chained EMAs combined as `c1·e6 + c2·e5 + c3·e4 + c4·e3` with
 * `c1 = −v³`, `c2 = 3v² + 3v³`, `c3 = −6v² − 3v − 3v³`, `c4 = 1 + 3v + v³ + 3v²`; each EMA seeded with the SMA
 * of its first `period` inputs as TA-Lib does.
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 5), `vFactor` (default 0.7) and an optional `out` buffer; see {@link T3Options}.
 * @returns A `Float64Array` of the input's length, in the input's units; the first {@link t3Lookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `vFactor` is outside [0, 1], `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { t3 } from '@aitrade/indicators'
 * // the coefficients sum to 1, so a constant input comes back unchanged after the 24-bar warm-up
 * t3(new Array(30).fill(5), { period: 5 })[24] // 5
 * ```
 * @see TA-Lib `TA_T3` (ta_T3.c); T. Tillson, "Smoothing Techniques for More Accurate Signals", TASC, Jan 1998.
 */
export function t3(values: ArrayLike<number>, options: T3Options & OutputOptions = {}): Float64Array {
  const { period, vFactor } = t3Params(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, 6 * (period - 1)))
  t3Range(values, 0, n, period, vFactor, out)
  return out
}

const FIELDS = ['e', 'sums', 'counts', 'pE', 'pSums', 'pCounts', 'started'] as const

/**
 * Streaming Tillson T3 (TA-Lib `T3`), O(1) per update; outputs equal {@link t3}'s exactly.
 *
 * @example
 * ```ts
 * import { T3 } from '@aitrade/indicators'
 * const t = new T3({ period: 2, vFactor: 0.7 })
 * for (let i = 0; i < 7; i++) t.update(i) // the 7th update is the first defined value
 * ```
 * @see TA-Lib `TA_T3` (ta_T3.c).
 */
export class T3 implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `6 · (period - 1)`. */
  readonly lookback: number
  private readonly period: number
  private readonly vFactor: number
  private readonly k: number
  private readonly omk: number
  private readonly c = new Float64Array(4)
  private readonly e = new Float64Array(6)
  private readonly sums = new Float64Array(6)
  /** Inputs accumulated per level while seeding (`period` = seeded). */
  private readonly counts = new Int32Array(6)
  private readonly pE = new Float64Array(6)
  private readonly pSums = new Float64Array(6)
  private readonly pCounts = new Int32Array(6)
  private started = false

  /**
   * @param options - See {@link T3Options}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000]
   *   or `vFactor` is outside [0, 1].
   */
  constructor(options: T3Options = {}) {
    const { period, vFactor } = t3Params(options)
    this.period = period
    this.vFactor = vFactor
    this.lookback = 6 * (period - 1)
    this.k = 2 / (period + 1)
    this.omk = 1 - this.k
    t3Coefficients(vFactor, this.c)
  }

  /** `true` once `lookback + 1` values have been consumed. */
  get isReady(): boolean {
    return this.counts[5] === this.period
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest T3, `NaN` before ready.
   */
  update(value: number): number {
    this.pE.set(this.e)
    this.pSums.set(this.sums)
    this.pCounts.set(this.counts)
    this.started = true
    return this.step(value)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised T3.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (!this.started) throw noBarToReplace('T3')
    this.e.set(this.pE)
    this.sums.set(this.pSums)
    this.counts.set(this.pCounts)
    return this.step(value)
  }

  private step(x: number): number {
    const e = this.e
    const k = this.k
    const omk = this.omk
    const p = this.period
    if (this.counts[5] === p) {
      const e1 = k * x + omk * (e[0] as number)
      const e2 = k * e1 + omk * (e[1] as number)
      const e3 = k * e2 + omk * (e[2] as number)
      const e4 = k * e3 + omk * (e[3] as number)
      const e5 = k * e4 + omk * (e[4] as number)
      const e6 = k * e5 + omk * (e[5] as number)
      e[0] = e1
      e[1] = e2
      e[2] = e3
      e[3] = e4
      e[4] = e5
      e[5] = e6
      const c = this.c
      return (c[0] as number) * e6 + (c[1] as number) * e5 + (c[2] as number) * e4 + (c[3] as number) * e3
    }
    let v = x
    for (let l = 0; l < 6; l++) {
      const n = this.counts[l] as number
      if (n === p) {
        v = k * v + omk * (e[l] as number)
        e[l] = v
        continue
      }
      this.sums[l] = (this.sums[l] as number) + v
      this.counts[l] = n + 1
      if (n + 1 < p) return Number.NaN
      v = (this.sums[l] as number) / p
      e[l] = v
    }
    const c = this.c
    return (
      (c[0] as number) * (e[5] as number) +
      (c[1] as number) * (e[4] as number) +
      (c[2] as number) * (e[3] as number) +
      (c[3] as number) * (e[2] as number)
    )
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.e.fill(0)
    this.sums.fill(0)
    this.counts.fill(0)
    this.started = false
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('T3', 1, { period: this.period, vFactor: this.vFactor }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `T3` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'T3', 1, { period: this.period, vFactor: this.vFactor }, this, FIELDS)
  }
}
