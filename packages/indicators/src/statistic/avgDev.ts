import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link avgDev} and {@link AVGDEV}. */
export interface AvgDevOptions {
  /** Window length, integer in [2, 100000]. Default `14` (TA-Lib's). */
  period?: number
}

function avgDevPeriod(options: AvgDevOptions): number {
  return checkPeriod('period', options.period ?? 14, 2)
}

/**
 * Number of leading bars {@link avgDev} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link AvgDevOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { avgDevLookback } from '@aitrade/indicators'
 * avgDevLookback({ period: 14 }) // 13
 * ```
 * @see TA-Lib `TA_AVGDEV_Lookback`.
 */
export function avgDevLookback(options: AvgDevOptions = {}): number {
  return avgDevPeriod(options) - 1
}

/**
 * Mean absolute deviation around the window mean (TA-Lib `AVGDEV`): `Σ|x − mean| / period` over the last `period`
 * values, recomputed per window (O(period) per bar) in TA-Lib's order for exact parity.
 *
 * `NaN` inside the input makes every window containing it `NaN`, as in TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 14) and an optional `out` buffer; see {@link AvgDevOptions}.
 * @returns A `Float64Array` of the input's length, in input units; the first {@link avgDevLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { avgDev } from '@aitrade/indicators'
 * avgDev([1, 2, 6], { period: 3 }) // Float64Array [NaN, NaN, 2]
 * ```
 * @see TA-Lib `TA_AVGDEV` (ta_AVGDEV.c).
 */
export function avgDev(values: ArrayLike<number>, options: AvgDevOptions & OutputOptions = {}): Float64Array {
  const p = avgDevPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, p - 1))
  for (let today = p - 1; today < n; today++) {
    let sum = 0
    for (let i = 0; i < p; i++) sum += values[today - i] as number
    let dev = 0
    for (let i = 0; i < p; i++) dev += Math.abs((values[today - i] as number) - sum / p)
    out[today] = dev / p
  }
  return out
}

const FIELDS = ['buf', 'pos', 'count', 'pPos', 'pCount', 'pOld'] as const

/**
 * Streaming mean absolute deviation (TA-Lib `AVGDEV`), O(period) per update over a ring buffer; outputs equal
 * {@link avgDev}'s exactly.
 *
 * @example
 * ```ts
 * import { AVGDEV } from '@aitrade/indicators'
 * const a = new AVGDEV({ period: 3 })
 * a.update(1); a.update(2)
 * a.update(6) // 2
 * ```
 * @see TA-Lib `TA_AVGDEV` (ta_AVGDEV.c).
 */
export class AVGDEV implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly period: number
  private readonly buf: Float64Array
  private pos = 0
  private count = 0
  private pPos = 0
  private pCount = -1
  private pOld = 0

  /**
   * @param options - See {@link AvgDevOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: AvgDevOptions = {}) {
    this.period = avgDevPeriod(options)
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
   * @returns The newest mean absolute deviation, `NaN` before ready.
   */
  update(value: number): number {
    this.pPos = this.pos
    this.pCount = this.count
    this.pOld = this.buf[this.pos] as number
    return this.step(value)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised deviation.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (this.pCount < 0) throw noBarToReplace('AVGDEV')
    this.pos = this.pPos
    this.count = this.pCount
    this.buf[this.pos] = this.pOld
    return this.step(value)
  }

  private step(x: number): number {
    const p = this.period
    const buf = this.buf
    const at = this.pos
    buf[at] = x
    this.pos = at + 1 === p ? 0 : at + 1
    if (this.count < p - 1) {
      this.count++
      return Number.NaN
    }
    this.count = p
    // newest first, as TA-Lib sums
    let sum = 0
    for (let i = 0, s = at; i < p; i++, s = s === 0 ? p - 1 : s - 1) sum += buf[s] as number
    let dev = 0
    for (let i = 0, s = at; i < p; i++, s = s === 0 ? p - 1 : s - 1) dev += Math.abs((buf[s] as number) - sum / p)
    return dev / p
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.buf.fill(0)
    this.pos = 0
    this.count = 0
    this.pCount = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('AVGDEV', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of an `AVGDEV` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'AVGDEV', 1, { period: this.period }, this, FIELDS)
  }
}
