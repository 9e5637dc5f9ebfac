import { createMa, MaType, maRange } from '../overlap/ma.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Parameters of {@link trix} and {@link TRIX}. */
export interface TrixOptions {
  /** EMA period, integer ≥ 1. Default `30` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link trix}: `3 · (period − 1) + 1` bars.
 *
 * @param options - {@link TrixOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { trixLookback } from '@aitrade/indicators'
 * trixLookback({ period: 30 }) // 88
 * ```
 * @see TA-Lib `TA_TRIX_Lookback`.
 */
export function trixLookback(options: TrixOptions = {}): number {
  return 3 * (checkPeriod('period', options.period ?? 30, 1) - 1) + 1
}

function rateOfChange(x: number, prev: number): number {
  return prev !== 0.0 ? (x / prev - 1.0) * 100.0 : 0.0
}

/**
 * TRIX (TA-Lib `TRIX`): the 1-bar rate of change in percent of a triple EMA,
 * `100 · (E3 / E3[1 bar ago] − 1)` with `E3 = EMA(EMA(EMA(price)))`, each EMA seeded with the mean of its first
 * `period` inputs. `period = 1` gives the 1-bar ROC of the price (TA-Lib 0.6 reads outside the array there).
 *
 * @param values - Prices (e.g. closes), oldest first. A `NaN` propagates to every later output.
 * @param options - {@link TrixOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in percent per bar, `NaN` for the first {@link trixLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1,
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { trix } from '@aitrade/indicators'
 * const close = Array.from({ length: 60 }, (_, i) => 100 + i * 0.5 + 5 * Math.sin(i / 3))
 * trix(close, { period: 5 })[59] // ≈ 0.76878
 * ```
 * @see TA-Lib `TA_TRIX` (ta_TRIX.c); Jack Hutson, "Good TRIX", *Technical Analysis of Stocks & Commodities* (1983).
 */
export function trix(values: ArrayLike<number>, options: TrixOptions & OutputOptions = {}): Float64Array {
  const period = checkPeriod('period', options.period ?? 30, 1)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  const lb = 3 * (period - 1) + 1
  if (n > lb) {
    const tmp = new Float64Array(n)
    maRange(values, 0, n, period, MaType.EMA, out)
    maRange(out, period - 1, n, period, MaType.EMA, tmp)
    maRange(tmp, 2 * (period - 1), n, period, MaType.EMA, out)
    // 1-bar ROC in place, from the end so that out[i - 1] is still the EMA when read
    for (let i = n - 1; i >= lb; i--) out[i] = rateOfChange(out[i] as number, out[i - 1] as number)
  }
  out.fill(Number.NaN, 0, Math.min(n, lb))
  return out
}

const FIELDS = ['count', 'prevE3', 'savedPrevE3', 'ema1', 'ema2', 'ema3'] as const

/**
 * Streaming {@link trix}: three chained EMAs, O(1) per update; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { TRIX } from '@aitrade/indicators'
 * const ind = new TRIX({ period: 15 })
 * ind.update(101.5) // NaN until 44 values
 * ```
 * @see {@link trix} for the formula.
 */
export class TRIX implements StreamingIndicator<number, number> {
  readonly lookback: number
  private readonly period: number
  private count = 0
  private prevE3 = Number.NaN
  private savedPrevE3 = Number.NaN
  private readonly ema1: StreamingIndicator<number, number>
  private readonly ema2: StreamingIndicator<number, number>
  private readonly ema3: StreamingIndicator<number, number>

  /**
   * @param options - {@link TrixOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: TrixOptions = {}) {
    this.period = checkPeriod('period', options.period ?? 30, 1)
    this.lookback = 3 * (this.period - 1) + 1
    this.ema1 = createMa(MaType.EMA, this.period)
    this.ema2 = createMa(MaType.EMA, this.period)
    this.ema3 = createMa(MaType.EMA, this.period)
  }

  /** `true` once more than `lookback` values were consumed. */
  get isReady(): boolean {
    return this.count > this.lookback
  }

  /** Consumes the next value; returns TRIX (`NaN` before ready). */
  update(value: number): number {
    this.savedPrevE3 = this.prevE3
    return this.step(value, this.count++, false)
  }

  /** Revises the last value; throws `INVALID_STATE` before any update. */
  replace(value: number): number {
    if (this.count === 0) throw noBarToReplace('TRIX')
    this.prevE3 = this.savedPrevE3
    return this.step(value, this.count - 1, true)
  }

  private step(value: number, i: number, revise: boolean): number {
    const lb = this.period - 1
    const e1 = revise ? this.ema1.replace(value) : this.ema1.update(value)
    if (i < lb) return Number.NaN
    const e2 = revise ? this.ema2.replace(e1) : this.ema2.update(e1)
    if (i < 2 * lb) return Number.NaN
    const e3 = revise ? this.ema3.replace(e2) : this.ema3.update(e2)
    if (i < 3 * lb) return Number.NaN
    const prev = this.prevE3
    this.prevE3 = e3
    return i < this.lookback ? Number.NaN : rateOfChange(e3, prev)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.count = 0
    this.prevE3 = Number.NaN
    this.savedPrevE3 = Number.NaN
    this.ema1.reset()
    this.ema2.reset()
    this.ema3.reset()
  }

  /** JSON-safe state. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('TRIX', 1, { period: this.period }, this, FIELDS)
  }

  /** Restores a snapshot of the same class and options. */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'TRIX', 1, { period: this.period }, this, FIELDS)
  }
}
