import { EMA, emaRange } from '../overlap/ema.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link zlema} and {@link ZLEMA}. */
export interface ZlemaOptions {
  /** EMA period, integer ≥ 2; the lag removed is `floor((period − 1) / 2)` bars. Default `20`. */
  period?: number
}

function zlemaPeriod(options: ZlemaOptions): number {
  return checkPeriod('period', options.period ?? 20, 2)
}

/**
 * Lookback of {@link zlema}: `floor((period − 1) / 2) + period − 1`.
 * @param options - As for {@link zlema}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { zlemaLookback } from '@aitrade/indicators'
 *
 * zlemaLookback() // 28
 * ```
 * @see {@link zlema} for the formula and its source.
 */
export function zlemaLookback(options: ZlemaOptions = {}): number {
  const p = zlemaPeriod(options)
  return ((p - 1) >> 1) + p - 1
}

/**
 * Zero-lag EMA: an EMA of the de-lagged series `2·x − x₋lag` with `lag = floor((period − 1) / 2)`, which
 * adds the momentum over the lag back to the price before smoothing. The EMA is TA-Lib's (seeded with the
 * mean of its first `period` inputs). A `NaN` input makes every later value `NaN`.
 *
 * @param values - Input series (e.g. closes), oldest first.
 * @param options - `period` (default 20) and an optional `out` buffer.
 * @returns ZLEMA in the input's units, input length; the first {@link zlemaLookback} values `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period`, non-array input or short `out`.
 *
 * @example
 * ```ts
 * import { zlema } from '@aitrade/indicators'
 *
 * zlema([1, 2, 3, 4], { period: 3 })[3] // 4: de-lagged 3, 4, 5 → mean 4 (lag 1)
 * ```
 * @see John Ehlers and Ric Way, "Zero Lag (Well, Almost)", *Technical Analysis of Stocks & Commodities*,
 *   Nov 2010; the de-lagged-price form as in TradingView's and trading-signals' ZLEMA.
 */
export function zlema(values: ArrayLike<number>, options: ZlemaOptions & OutputOptions = {}): Float64Array {
  const p = zlemaPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  const lag = (p - 1) >> 1
  for (let i = lag; i < n; i++) out[i] = 2 * (values[i] as number) - (values[i - lag] as number)
  emaRange(out, lag, n, p, 2 / (p + 1), out)
  out.fill(Number.NaN, 0, Math.min(n, lag + p - 1))
  return out
}

const FIELDS = ['n', 'buf', 'pOld', 'ema'] as const

/**
 * Streaming {@link zlema}: O(1) per value; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { ZLEMA } from '@aitrade/indicators'
 *
 * const z = new ZLEMA({ period: 3 })
 * z.update(1); z.update(2); z.update(3)
 * z.update(4) // 4
 * ```
 * @see {@link zlema} for the formula and sources.
 */
export class ZLEMA implements StreamingIndicator<number, number> {
  /** See {@link zlemaLookback}. */
  readonly lookback: number
  private readonly period: number
  private readonly lag: number
  private readonly ema: EMA
  /** The last `lag + 1` inputs, slot `n % (lag + 1)`. */
  private readonly buf: Float64Array
  private n = 0
  private pOld = Number.NaN

  /**
   * @param options - See {@link ZlemaOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: ZlemaOptions = {}) {
    this.period = zlemaPeriod(options)
    this.lag = (this.period - 1) >> 1
    this.lookback = this.lag + this.period - 1
    this.ema = new EMA({ period: this.period })
    this.buf = new Float64Array(this.lag + 1)
  }

  /** `true` once {@link ZLEMA.lookback} + 1 values have been consumed. */
  get isReady(): boolean {
    return this.n > this.lookback
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest ZLEMA, `NaN` before ready.
   */
  update(value: number): number {
    this.pOld = this.buf[this.n % this.buf.length] as number
    this.n++
    return this.step(value, false)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised ZLEMA.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (this.n === 0) throw noBarToReplace('ZLEMA')
    this.buf[(this.n - 1) % this.buf.length] = this.pOld
    return this.step(value, true)
  }

  private step(x: number, replace: boolean): number {
    const len = this.buf.length
    const slot = (this.n - 1) % len
    // the slot being written holds x₋(lag+1); x₋lag is the next slot
    this.buf[slot] = x
    if (this.n <= this.lag) return Number.NaN
    const lagged = this.buf[(slot + 1) % len] as number
    const d = 2 * x - lagged
    return replace ? this.ema.replace(d) : this.ema.update(d)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.n = 0
    this.buf.fill(0)
    this.ema.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('ZLEMA', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `ZLEMA` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'ZLEMA', 1, { period: this.period }, this, FIELDS)
  }
}
