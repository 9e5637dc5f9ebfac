import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link linearreg}, `linearregAngle`, `linearregIntercept`, `linearregSlope`, `tsf` and their classes. */
export interface LinearregOptions {
  /** Window length, integer in [2, 100000]. Default `14` (TA-Lib's). */
  period?: number
}

/**
 * Which value of the least-squares line through the window a function returns: `Value` = `b + m·(period − 1)` at the
 * newest bar (`LINEARREG`), `Angle` = `atan(m)` in degrees, `Intercept` = `b` at the oldest bar, `Slope` = `m` per bar,
 * `Forecast` = `b + m·period` one bar ahead (`TSF`).
 * @internal
 */
export const LinregKind = { Value: 0, Angle: 1, Intercept: 2, Slope: 3, Forecast: 4 } as const

/** @internal */
export type LinregKind = (typeof LinregKind)[keyof typeof LinregKind]

/** @internal */
export function linregPeriod(options: LinearregOptions): number {
  return checkPeriod('period', options.period ?? 14, 2)
}

const DEG_PER_RAD = 180 / Math.PI

/**
 * The regression output of kind `kind` from the window sums, with TA-Lib's formulas: TA-Lib weights each value by
 * its distance back from the newest bar (`sumXY = Σ i·x[t−i]`) and its negative divisor turns that into the slope
 * per bar forward; `b` is the line's value at the oldest bar. `sumX`, `divisor` from {@link linregConstants}.
 * @internal
 */
export function linregOutput(
  kind: LinregKind,
  p: number,
  sumX: number,
  divisor: number,
  sumY: number,
  sumXY: number,
): number {
  const m = (p * sumXY - sumX * sumY) / divisor
  switch (kind) {
    case LinregKind.Slope:
      return m
    case LinregKind.Angle:
      return Math.atan(m) * DEG_PER_RAD
    case LinregKind.Intercept:
      return (sumY - m * sumX) / p
    case LinregKind.Value:
      return (sumY - m * sumX) / p + m * (p - 1)
    default:
      return (sumY - m * sumX) / p + m * p
  }
}

/**
 * TA-Lib's constants `[sumX, divisor]` for a window of `p` bars.
 * @internal
 */
export function linregConstants(p: number): [number, number] {
  const sumX = p * (p - 1) * 0.5
  const sumXSqr = (p * (p - 1) * (2 * p - 1)) / 6
  return [sumX, sumX * sumX - p * sumXSqr]
}

/**
 * Rolling least-squares kernel (TA-Lib recomputes each window's sums, O(period) per bar, and so do we for exact
 * parity): writes `out[period − 1 .. n − 1]`.
 * @internal
 */
export function linregInto(src: ArrayLike<number>, n: number, p: number, kind: LinregKind, out: Float64Array): void {
  out.fill(Number.NaN, 0, Math.min(n, p - 1))
  const [sumX, divisor] = linregConstants(p)
  for (let today = p - 1; today < n; today++) {
    let sumY = 0
    let sumXY = 0
    for (let i = p - 1; i >= 0; i--) {
      const v = src[today - i] as number
      sumY += v
      sumXY += i * v
    }
    out[today] = linregOutput(kind, p, sumX, divisor, sumY, sumXY)
  }
}

/**
 * Number of leading bars {@link linearreg} (and its siblings) leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link LinearregOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { linearregLookback } from '@aitrade/indicators'
 * linearregLookback({ period: 14 }) // 13
 * ```
 * @see TA-Lib `TA_LINEARREG_Lookback`.
 */
export function linearregLookback(options: LinearregOptions = {}): number {
  return linregPeriod(options) - 1
}

/**
 * Linear regression (TA-Lib `LINEARREG`): the least-squares line through the last `period` values, evaluated at the
 * newest bar (`b + m·(period − 1)` with `x` counted from the oldest bar).
 *
 * `NaN` inside the input makes every window containing it `NaN`, as in TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 14) and an optional `out` buffer; see {@link LinearregOptions}.
 * @returns A `Float64Array` of the input's length, in input units; the first {@link linearregLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { linearreg } from '@aitrade/indicators'
 * linearreg([1, 3, 2, 4], { period: 3 }) // Float64Array [NaN, NaN, 2.5, 3.5]
 * ```
 * @see TA-Lib `TA_LINEARREG` (ta_LINEARREG.c).
 */
export function linearreg(values: ArrayLike<number>, options: LinearregOptions & OutputOptions = {}): Float64Array {
  const p = linregPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  linregInto(values, n, p, LinregKind.Value, out)
  return out
}

const FIELDS = ['buf', 'pos', 'count', 'pPos', 'pCount', 'pOld'] as const

/**
 * Streaming least-squares core shared by `LINEARREG`, `LINEARREG_ANGLE`, `LINEARREG_INTERCEPT`, `LINEARREG_SLOPE` and
 * `TSF`: a ring buffer, O(period) per update (TA-Lib's fresh sums, for exact parity).
 * @internal
 */
export class LinregStream implements StreamingIndicator<number, number> {
  readonly lookback: number
  private readonly name: string
  private readonly kind: LinregKind
  private readonly period: number
  private readonly sumX: number
  private readonly divisor: number
  private readonly buf: Float64Array
  private pos = 0
  private count = 0
  private pPos = 0
  private pCount = -1
  private pOld = 0

  constructor(name: string, kind: LinregKind, options: LinearregOptions) {
    this.name = name
    this.kind = kind
    this.period = linregPeriod(options)
    this.lookback = this.period - 1
    const [sumX, divisor] = linregConstants(this.period)
    this.sumX = sumX
    this.divisor = divisor
    this.buf = new Float64Array(this.period)
  }

  get isReady(): boolean {
    return this.count === this.period
  }

  update(value: number): number {
    this.pPos = this.pos
    this.pCount = this.count
    this.pOld = this.buf[this.pos] as number
    return this.step(value)
  }

  replace(value: number): number {
    if (this.pCount < 0) throw noBarToReplace(this.name)
    this.pos = this.pPos
    this.count = this.pCount
    this.buf[this.pos] = this.pOld
    return this.step(value)
  }

  private step(x: number): number {
    const p = this.period
    const buf = this.buf
    buf[this.pos] = x
    const oldest = this.pos + 1 === p ? 0 : this.pos + 1
    this.pos = oldest
    if (this.count < p - 1) {
      this.count++
      return Number.NaN
    }
    this.count = p
    let sumY = 0
    let sumXY = 0
    let slot = oldest
    for (let i = p - 1; i >= 0; i--) {
      const v = buf[slot] as number
      sumY += v
      sumXY += i * v
      slot = slot + 1 === p ? 0 : slot + 1
    }
    return linregOutput(this.kind, p, this.sumX, this.divisor, sumY, sumXY)
  }

  reset(): void {
    this.buf.fill(0)
    this.pos = 0
    this.count = 0
    this.pCount = -1
  }

  snapshot(): IndicatorSnapshot {
    return makeSnapshot(this.name, 1, { period: this.period }, this, FIELDS)
  }

  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, this.name, 1, { period: this.period }, this, FIELDS)
  }
}

/**
 * Streaming linear regression (TA-Lib `LINEARREG`), O(period) per update; outputs equal {@link linearreg}'s exactly.
 *
 * @example
 * ```ts
 * import { LINEARREG } from '@aitrade/indicators'
 * const l = new LINEARREG({ period: 3 })
 * l.update(1); l.update(3)
 * l.update(2) // 2.5
 * ```
 * @see TA-Lib `TA_LINEARREG` (ta_LINEARREG.c).
 */
export class LINEARREG extends LinregStream {
  /**
   * @param options - See {@link LinearregOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: LinearregOptions = {}) {
    super('LINEARREG', LinregKind.Value, options)
  }
}
