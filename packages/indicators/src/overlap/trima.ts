import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link trima} and {@link TRIMA}. */
export interface TrimaOptions {
  /** Number of bars, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function trimaPeriod(options: TrimaOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link trima} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link TrimaOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { trimaLookback } from '@aitrade/indicators'
 * trimaLookback({ period: 10 }) // 9
 * ```
 * @see TA-Lib `TA_TRIMA_Lookback`.
 */
export function trimaLookback(options: TrimaOptions = {}): number {
  return trimaPeriod(options) - 1
}

/**
 * Initial TA-Lib TRIMA sums over the window `get(0..period-1)` (oldest first):
 * returns `[numerator, numeratorSub, numeratorAdd]`.
 */
function trimaInit(get: (j: number) => number, period: number, acc: Float64Array): void {
  const half = period >> 1
  const middle = period % 2 === 1 ? half : half - 1
  let num = 0
  let sub = 0
  for (let j = middle; j >= 0; j--) {
    sub += get(j)
    num += sub
  }
  let add = 0
  for (let j = middle + 1; j < period; j++) {
    add += get(j)
    num += add
  }
  acc[0] = num
  acc[1] = sub
  acc[2] = add
}

function trimaFactor(period: number): number {
  const half = period >> 1
  return period % 2 === 1 ? 1 / ((half + 1) * (half + 1)) : 1 / (half * (half + 1))
}

/**
 * TRIMA kernel over `src[from, to)` (TA-Lib's running numerator); returns the first index written.
 * @internal
 */
export function trimaRange(
  src: ArrayLike<number>,
  from: number,
  to: number,
  period: number,
  out: Float64Array,
): number {
  const first = from + period - 1
  if (first >= to) return first
  const odd = period % 2 === 1
  const half = period >> 1
  const factor = trimaFactor(period)
  const acc = new Float64Array(3)
  trimaInit((j) => src[from + j] as number, period, acc)
  let num = acc[0] as number
  let sub = acc[1] as number
  let add = acc[2] as number
  out[first] = num * factor
  let trailing = from
  let middle = from + (odd ? half : half - 1) + 1
  let old = src[trailing++] as number
  for (let t = first + 1; t < to; t++) {
    num -= sub
    sub -= old
    const m = src[middle++] as number
    sub += m
    if (odd) {
      num += add
      add -= m
    } else {
      add -= m
      num += add
    }
    const x = src[t] as number
    add += x
    num += x
    old = src[trailing++] as number
    out[t] = num * factor
  }
  return first
}

/**
 * Triangular moving average (TA-Lib `TRIMA`): an SMA of an SMA with periods `⌈(period+1)/2⌉` and `⌊(period+1)/2⌋`
 * (odd `period`: both `(period+1)/2`), i.e. triangular weights peaking at the window's middle.
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link TrimaOptions}.
 * @returns A `Float64Array` of the input's length, in the input's units; the first {@link trimaLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { trima } from '@aitrade/indicators'
 * trima([1, 2, 3, 4], { period: 3 }) // Float64Array [NaN, NaN, 2, 3]
 * ```
 * @see TA-Lib `TA_TRIMA` (ta_TRIMA.c).
 */
export function trima(values: ArrayLike<number>, options: TrimaOptions & OutputOptions = {}): Float64Array {
  const period = trimaPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  trimaRange(values, 0, n, period, out)
  return out
}

const FIELDS = ['buf', 'pos', 'count', 'num', 'sub', 'add', 'pPos', 'pCount', 'pNum', 'pSub', 'pAdd', 'pOld'] as const

/**
 * Streaming triangular moving average (TA-Lib `TRIMA`), O(1) per update; outputs equal {@link trima}'s exactly.
 *
 * @example
 * ```ts
 * import { TRIMA } from '@aitrade/indicators'
 * const t = new TRIMA({ period: 3 })
 * t.update(1); t.update(2)
 * t.update(3) // 2
 * ```
 * @see TA-Lib `TA_TRIMA` (ta_TRIMA.c).
 */
export class TRIMA implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly period: number
  private readonly factor: number
  private readonly midOffset: number
  private readonly buf: Float64Array
  private readonly acc = new Float64Array(3)
  private pos = 0
  private count = 0
  private num = 0
  private sub = 0
  private add = 0
  private pPos = 0
  private pCount = -1
  private pNum = 0
  private pSub = 0
  private pAdd = 0
  private pOld = 0

  /**
   * @param options - See {@link TrimaOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: TrimaOptions = {}) {
    this.period = trimaPeriod(options)
    this.lookback = this.period - 1
    this.factor = trimaFactor(this.period)
    const half = this.period >> 1
    // offset, from the newest slot, of the value that moves from the "add" half to the "sub" half
    this.midOffset = this.period % 2 === 1 ? half + 1 : half
    this.buf = new Float64Array(this.period)
  }

  /** `true` once `period` values have been consumed. */
  get isReady(): boolean {
    return this.count === this.period
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest TRIMA, `NaN` before ready.
   */
  update(value: number): number {
    this.pPos = this.pos
    this.pCount = this.count
    this.pNum = this.num
    this.pSub = this.sub
    this.pAdd = this.add
    this.pOld = this.buf[this.pos] as number
    return this.step(value)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised TRIMA.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (this.pCount < 0) throw noBarToReplace('TRIMA')
    this.pos = this.pPos
    this.count = this.pCount
    this.num = this.pNum
    this.sub = this.pSub
    this.add = this.pAdd
    this.buf[this.pos] = this.pOld
    return this.step(value)
  }

  private step(x: number): number {
    const p = this.period
    const buf = this.buf
    const at = this.pos
    const old = buf[at] as number
    buf[at] = x
    this.pos = at + 1 === p ? 0 : at + 1
    if (this.count < p - 1) {
      this.count++
      return Number.NaN
    }
    if (this.count === p - 1) {
      this.count = p
      // the window is buf[0..p-1], oldest first (slot 0 was written first)
      trimaInit((j) => buf[j] as number, p, this.acc)
      this.num = this.acc[0] as number
      this.sub = this.acc[1] as number
      this.add = this.acc[2] as number
      return this.num * this.factor
    }
    let num = this.num - this.sub
    let sub = this.sub - old
    let m = at + this.midOffset
    if (m >= p) m -= p
    const mv = buf[m] as number
    sub += mv
    let add = this.add
    if (p % 2 === 1) {
      num += add
      add -= mv
    } else {
      add -= mv
      num += add
    }
    add += x
    num += x
    this.num = num
    this.sub = sub
    this.add = add
    return num * this.factor
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.buf.fill(0)
    this.pos = 0
    this.count = 0
    this.num = 0
    this.sub = 0
    this.add = 0
    this.pCount = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('TRIMA', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `TRIMA` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'TRIMA', 1, { period: this.period }, this, FIELDS)
  }
}
