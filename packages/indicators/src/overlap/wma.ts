import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link wma} and {@link WMA}. */
export interface WmaOptions {
  /** Number of bars weighted, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function wmaPeriod(options: WmaOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link wma} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link WmaOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { wmaLookback } from '@aitrade/indicators'
 * wmaLookback({ period: 10 }) // 9
 * ```
 * @see TA-Lib `TA_WMA_Lookback`.
 */
export function wmaLookback(options: WmaOptions = {}): number {
  return wmaPeriod(options) - 1
}

/**
 * WMA kernel over `src[from, to)` as if it were the whole input (TA-Lib's running weighted sum);
 * returns the first index written.
 * @internal
 */
export function wmaRange(src: ArrayLike<number>, from: number, to: number, period: number, out: Float64Array): number {
  const first = from + period - 1
  const divider = (period * (period + 1)) >> 1
  let periodSum = 0
  let periodSub = 0
  let i = from
  let w = 1
  while (i < first && i < to) {
    const x = src[i++] as number
    periodSub += x
    periodSum += x * w++
  }
  let trailingValue = 0
  let trailing = from
  for (; i < to; i++) {
    const x = src[i] as number
    periodSub += x
    periodSub -= trailingValue
    periodSum += x * period
    trailingValue = src[trailing++] as number
    out[i] = periodSum / divider
    periodSum -= periodSub
  }
  return first
}

/**
 * Weighted moving average (TA-Lib `WMA`): linear weights `1..period`, newest heaviest,
 * `Σ wᵢ·xᵢ / (period·(period+1)/2)`.
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link WmaOptions}.
 * @returns A `Float64Array` of the input's length, in the input's units; the first {@link wmaLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { wma } from '@aitrade/indicators'
 * wma([1, 2, 3], { period: 2 }) // Float64Array [NaN, 5/3, 8/3]
 * ```
 * @see TA-Lib `TA_WMA` (ta_WMA.c).
 */
export function wma(values: ArrayLike<number>, options: WmaOptions & OutputOptions = {}): Float64Array {
  const period = wmaPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  wmaRange(values, 0, n, period, out)
  return out
}

const FIELDS = [
  'buf',
  'pos',
  'count',
  'sum',
  'sub',
  'trailing',
  'pPos',
  'pCount',
  'pSum',
  'pSub',
  'pTrailing',
  'pOld',
] as const

/**
 * Streaming weighted moving average (TA-Lib `WMA`), O(1) per update; outputs equal {@link wma}'s exactly.
 *
 * @example
 * ```ts
 * import { WMA } from '@aitrade/indicators'
 * const w = new WMA({ period: 2 })
 * w.update(1)
 * w.update(2) // 5/3
 * ```
 * @see TA-Lib `TA_WMA` (ta_WMA.c).
 */
export class WMA implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly period: number
  private readonly divider: number
  private readonly buf: Float64Array
  private pos = 0
  private count = 0
  private sum = 0
  private sub = 0
  private trailing = 0
  private pPos = 0
  private pCount = -1
  private pSum = 0
  private pSub = 0
  private pTrailing = 0
  private pOld = 0

  /**
   * @param options - See {@link WmaOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: WmaOptions = {}) {
    this.period = wmaPeriod(options)
    this.lookback = this.period - 1
    this.divider = (this.period * (this.period + 1)) >> 1
    this.buf = new Float64Array(this.period)
  }

  /** `true` once `period` values have been consumed. */
  get isReady(): boolean {
    return this.count === this.period
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest WMA, `NaN` before ready.
   */
  update(value: number): number {
    this.pPos = this.pos
    this.pCount = this.count
    this.pSum = this.sum
    this.pSub = this.sub
    this.pTrailing = this.trailing
    this.pOld = this.buf[this.pos] as number
    return this.step(value)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised WMA.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (this.pCount < 0) throw noBarToReplace('WMA')
    this.pos = this.pPos
    this.count = this.pCount
    this.sum = this.pSum
    this.sub = this.pSub
    this.trailing = this.pTrailing
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
      this.sub += x
      this.sum += x * ++this.count
      return Number.NaN
    }
    this.count = p
    this.sub += x
    this.sub -= this.trailing
    const s = this.sum + x * p
    this.trailing = buf[pos] as number
    this.sum = s - this.sub
    return s / this.divider
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.buf.fill(0)
    this.pos = 0
    this.count = 0
    this.sum = 0
    this.sub = 0
    this.trailing = 0
    this.pCount = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('WMA', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `WMA` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'WMA', 1, { period: this.period }, this, FIELDS)
  }
}
