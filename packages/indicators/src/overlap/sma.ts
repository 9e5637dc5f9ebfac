import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link sma} and {@link SMA}. */
export interface SmaOptions {
  /** Number of bars averaged, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function smaPeriod(options: SmaOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link sma} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link SmaOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { smaLookback } from '@aitrade/indicators'
 * smaLookback({ period: 20 }) // 19
 * ```
 * @see TA-Lib `TA_SMA_Lookback`.
 */
export function smaLookback(options: SmaOptions = {}): number {
  return smaPeriod(options) - 1
}

/**
 * SMA kernel over `src[from, to)` as if it were the whole input: writes `out[from + period - 1 .. to)`
 * and returns the first index written. Same summation order as TA-Lib's `INT_SMA` (and `TA_SUM` with `divisor` 1).
 * @internal
 */
export function smaRange(
  src: ArrayLike<number>,
  from: number,
  to: number,
  period: number,
  out: Float64Array,
  divisor = period,
): number {
  const first = from + period - 1
  let total = 0
  let i = from
  while (i < first && i < to) total += src[i++] as number
  let trailing = from
  for (; i < to; i++) {
    const t = total + (src[i] as number)
    total = t - (src[trailing++] as number)
    out[i] = t / divisor
  }
  return first
}

/**
 * Simple moving average (TA-Lib `SMA`): the arithmetic mean of the last `period` values.
 *
 * `NaN` inside the input propagates as in TA-Lib: the running sum becomes `NaN` and every later output is `NaN`.
 *
 * @param values - Input series (e.g. closes), oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link SmaOptions}.
 * @returns A `Float64Array` of the input's length, in the input's units; the first {@link smaLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { sma } from '@aitrade/indicators'
 * sma([1, 2, 3, 4, 5], { period: 3 }) // Float64Array [NaN, NaN, 2, 3, 4]
 * ```
 * @see TA-Lib `TA_SMA` (ta_SMA.c).
 */
export function sma(values: ArrayLike<number>, options: SmaOptions & OutputOptions = {}): Float64Array {
  const period = smaPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  smaRange(values, 0, n, period, out)
  return out
}

const FIELDS = ['buf', 'pos', 'count', 'total', 'pPos', 'pCount', 'pTotal', 'pOld'] as const

/**
 * Streaming rolling sum divided by `divisor` (TA-Lib's `INT_SMA` order of operations), shared by {@link SMA} and `SUM`.
 * @internal
 */
export class RollingSum implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly name: string
  private readonly period: number
  private readonly divisor: number
  private readonly buf: Float64Array
  private pos = 0
  private count = 0
  private total = 0
  private pPos = 0
  private pCount = -1
  private pTotal = 0
  private pOld = 0

  constructor(name: string, period: number, divisor: number) {
    this.name = name
    this.period = period
    this.divisor = divisor
    this.lookback = period - 1
    this.buf = new Float64Array(period)
  }

  /** `true` once `period` values have been consumed. */
  get isReady(): boolean {
    return this.count === this.period
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The sum of the last `period` values over the divisor (their mean for `SMA`), `NaN` before ready.
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
   * @returns The revised mean.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (this.pCount < 0) throw noBarToReplace(this.name)
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
    return t / this.divisor
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
    return makeSnapshot(this.name, 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of the same class with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, this.name, 1, { period: this.period }, this, FIELDS)
  }
}

/**
 * Streaming simple moving average (TA-Lib `SMA`), O(1) per update with a ring buffer and a running sum;
 * outputs equal {@link sma}'s exactly.
 *
 * @example
 * ```ts
 * import { SMA } from '@aitrade/indicators'
 * const s = new SMA({ period: 3 })
 * s.update(1); s.update(2)
 * s.update(3) // 2
 * s.replace(6) // 3 — the last bar revised from 3 to 6
 * ```
 * @see TA-Lib `TA_SMA` (ta_SMA.c).
 */
export class SMA extends RollingSum {
  /**
   * @param options - See {@link SmaOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: SmaOptions = {}) {
    const period = smaPeriod(options)
    super('SMA', period, period)
  }
}
