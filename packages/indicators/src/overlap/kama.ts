import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link kama} and {@link KAMA}. */
export interface KamaOptions {
  /** Efficiency-ratio period, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function kamaPeriod(options: KamaOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

const CONST_MAX = 2 / (30 + 1)
const CONST_DIFF = 2 / (2 + 1) - CONST_MAX

/** KAMA smoothing constant from TA-Lib: `(|ER|·(fast − slow) + slow)²`, ER = 1 when `sumRoc ≤ roc` or `sumRoc ≈ 0`. */
function kamaFactor(periodRoc: number, sumRoc: number): number {
  let er: number
  if (sumRoc <= periodRoc || (-1e-14 < sumRoc && sumRoc < 1e-14)) er = 1
  else er = Math.abs(periodRoc / sumRoc)
  const sc = er * CONST_DIFF + CONST_MAX
  return sc * sc
}

/**
 * Number of leading bars {@link kama} leaves `NaN`: `period`.
 *
 * @param options - See {@link KamaOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { kamaLookback } from '@aitrade/indicators'
 * kamaLookback({ period: 10 }) // 10
 * ```
 * @see TA-Lib `TA_KAMA_Lookback`.
 */
export function kamaLookback(options: KamaOptions = {}): number {
  return kamaPeriod(options)
}

/**
 * KAMA kernel over `src[from, to)` (TA-Lib's algorithm); returns the first index written.
 * @internal
 */
export function kamaRange(src: ArrayLike<number>, from: number, to: number, period: number, out: Float64Array): number {
  const first = from + period
  if (first >= to) return first
  let sumRoc = 0
  for (let j = from; j < first; j++) sumRoc += Math.abs((src[j] as number) - (src[j + 1] as number))
  let trailingValue = src[from] as number
  let x = src[first] as number
  let prev = (src[first - 1] as number) + 0
  prev = (x - prev) * kamaFactor(x - trailingValue, sumRoc) + prev
  out[first] = prev
  let trailing = from + 1
  for (let t = first + 1; t < to; t++) {
    x = src[t] as number
    const tr = src[trailing++] as number
    sumRoc -= Math.abs(trailingValue - tr)
    sumRoc += Math.abs(x - (src[t - 1] as number))
    trailingValue = tr
    prev = (x - prev) * kamaFactor(x - tr, sumRoc) + prev
    out[t] = prev
  }
  return first
}

/**
 * Kaufman adaptive moving average (TA-Lib `KAMA`): an EMA whose factor follows the efficiency ratio
 * `ER = |x[t] − x[t−period]| / Σ|x[i] − x[i−1]|`, `sc = (ER·(2/3 − 2/31) + 2/31)²`, `kama += (x − kama)·sc`.
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link KamaOptions}.
 * @returns A `Float64Array` of the input's length, in the input's units; the first {@link kamaLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { kama } from '@aitrade/indicators'
 * kama([1, 2, 3, 4], { period: 2 }) // Float64Array [NaN, NaN, 2.444…, 3.135…]
 * ```
 * @see TA-Lib `TA_KAMA` (ta_KAMA.c); P. Kaufman, "Trading Systems and Methods", Wiley.
 */
export function kama(values: ArrayLike<number>, options: KamaOptions & OutputOptions = {}): Float64Array {
  const period = kamaPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period))
  kamaRange(values, 0, n, period, out)
  return out
}

const FIELDS = [
  'buf',
  'pos',
  'count',
  'sumRoc',
  'trailingValue',
  'value',
  'pPos',
  'pCount',
  'pSumRoc',
  'pTrailingValue',
  'pValue',
  'pOld',
] as const

/**
 * Streaming Kaufman adaptive moving average (TA-Lib `KAMA`), O(1) per update; outputs equal {@link kama}'s exactly.
 *
 * @example
 * ```ts
 * import { KAMA } from '@aitrade/indicators'
 * const k = new KAMA({ period: 2 })
 * k.update(1); k.update(2)
 * k.update(3) // 2.444…
 * ```
 * @see TA-Lib `TA_KAMA` (ta_KAMA.c).
 */
export class KAMA implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `period`. */
  readonly lookback: number
  private readonly period: number
  /** The last `period + 1` inputs. */
  private readonly buf: Float64Array
  private pos = 0
  private count = 0
  private sumRoc = 0
  private trailingValue = 0
  private value = Number.NaN
  private pPos = 0
  private pCount = -1
  private pSumRoc = 0
  private pTrailingValue = 0
  private pValue = Number.NaN
  private pOld = 0

  /**
   * @param options - See {@link KamaOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: KamaOptions = {}) {
    this.period = kamaPeriod(options)
    this.lookback = this.period
    this.buf = new Float64Array(this.period + 1)
  }

  /** `true` once `period + 1` values have been consumed. */
  get isReady(): boolean {
    return this.count > this.period
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest KAMA, `NaN` before ready.
   */
  update(value: number): number {
    this.pPos = this.pos
    this.pCount = this.count
    this.pSumRoc = this.sumRoc
    this.pTrailingValue = this.trailingValue
    this.pValue = this.value
    this.pOld = this.buf[this.pos] as number
    return this.step(value)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised KAMA.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (this.pCount < 0) throw noBarToReplace('KAMA')
    this.pos = this.pPos
    this.count = this.pCount
    this.sumRoc = this.pSumRoc
    this.trailingValue = this.pTrailingValue
    this.value = this.pValue
    this.buf[this.pos] = this.pOld
    return this.step(value)
  }

  private step(x: number): number {
    const size = this.period + 1
    const buf = this.buf
    const at = this.pos
    buf[at] = x
    const next = at + 1 === size ? 0 : at + 1
    this.pos = next
    const prevX = buf[at === 0 ? size - 1 : at - 1] as number
    if (this.count < this.period) {
      if (this.count > 0) this.sumRoc += Math.abs(prevX - x)
      this.count++
      return Number.NaN
    }
    const tr = buf[next] as number // x[t - period]
    if (this.count === this.period) {
      this.count++
      this.sumRoc += Math.abs(prevX - x)
      this.trailingValue = tr
      const v = (x - prevX) * kamaFactor(x - tr, this.sumRoc) + prevX
      this.value = v
      return v
    }
    this.sumRoc -= Math.abs(this.trailingValue - tr)
    this.sumRoc += Math.abs(x - prevX)
    this.trailingValue = tr
    const v = (x - this.value) * kamaFactor(x - tr, this.sumRoc) + this.value
    this.value = v
    return v
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.buf.fill(0)
    this.pos = 0
    this.count = 0
    this.sumRoc = 0
    this.trailingValue = 0
    this.value = Number.NaN
    this.pCount = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('KAMA', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `KAMA` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'KAMA', 1, { period: this.period }, this, FIELDS)
  }
}
