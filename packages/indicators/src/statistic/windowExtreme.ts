import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, StreamingIndicator } from '../types.js'

/**
 * TA-Lib's rolling highest (`max`) or lowest value and its absolute index over `src[from, to)` (as in `TA_MAX`,
 * `TA_MAXINDEX`, `TA_MINMAX`, …): when the tracked extreme leaves the window the window is rescanned from its oldest
 * value with a strict comparison (earliest index among ties, a `NaN` oldest value stays `NaN`), otherwise a new value
 * `≥` (`≤`) the extreme takes over (latest index among ties). Writes `outVal`/`outIdx` (either may be `null`) at
 * `from + period − 1 .. to − 1`; returns the first index written.
 * @internal
 */
export function extremeRange(
  src: ArrayLike<number>,
  from: number,
  to: number,
  period: number,
  max: boolean,
  outVal: Float64Array | null,
  outIdx: Float64Array | null,
): number {
  const first = from + period - 1
  let trailing = from
  let exIdx = -1
  let ex = 0
  for (let today = first; today < to; today++, trailing++) {
    const x = src[today] as number
    if (exIdx < trailing) {
      exIdx = trailing
      ex = src[trailing] as number
      for (let i = trailing + 1; i <= today; i++) {
        const v = src[i] as number
        if (max ? v > ex : v < ex) {
          exIdx = i
          ex = v
        }
      }
    } else if (max ? x >= ex : x <= ex) {
      exIdx = today
      ex = x
    }
    if (outVal !== null) outVal[today] = ex
    if (outIdx !== null) outIdx[today] = exIdx
  }
  return first
}

const FIELDS = [
  'ring',
  'dqVal',
  'dqIdx',
  'head',
  'len',
  'count',
  'exIdx',
  'ex',
  'sHead',
  'sLen',
  'sCount',
  'sExIdx',
  'sEx',
  'sRing',
  'sPushSlot',
  'sPushVal',
  'sPushIdx',
] as const

/**
 * Streaming counterpart of {@link extremeRange}, O(1) amortized per value: a monotonic deque of the window's
 * non-`NaN` values (ties kept, so its front is the earliest extreme) reproduces TA-Lib's rescans exactly, including
 * their tie-breaking and `NaN` behaviour. Also exposes the plain window extreme of `TA_MIDPOINT`/`TA_MIDPRICE`
 * (`NaN` exactly when the window's oldest value is `NaN`). `save`/`rollback` revise the last value in O(1).
 * @internal
 */
export class WindowExtreme {
  readonly period: number
  private readonly max: boolean
  private readonly ring: Float64Array
  private readonly dqVal: Float64Array
  private readonly dqIdx: Float64Array
  private head = 0
  private len = 0
  /** Values consumed; the next value's absolute index. */
  private count = 0
  private exIdx = -1
  private ex = 0
  private sHead = 0
  private sLen = 0
  private sCount = -1
  private sExIdx = -1
  private sEx = 0
  private sRing = 0
  private sPushSlot = -1
  private sPushVal = 0
  private sPushIdx = 0
  /** TA-Lib `MAX`/`MIN` value after the last push (valid once {@link WindowExtreme.isReady}). */
  value = Number.NaN
  /** Its absolute index. */
  index = Number.NaN
  /** Plain window extreme (`MIDPOINT`/`MIDPRICE` semantics). */
  plain = Number.NaN

  constructor(period: number, max: boolean) {
    this.period = period
    this.max = max
    this.ring = new Float64Array(period)
    this.dqVal = new Float64Array(period)
    this.dqIdx = new Float64Array(period)
  }

  get isReady(): boolean {
    return this.count >= this.period
  }

  get started(): boolean {
    return this.sCount >= 0
  }

  /** Remembers the state before the next {@link WindowExtreme.push}. */
  save(): void {
    this.sHead = this.head
    this.sLen = this.len
    this.sCount = this.count
    this.sExIdx = this.exIdx
    this.sEx = this.ex
  }

  /** Undoes the last push (after {@link WindowExtreme.save}). */
  rollback(): void {
    const p = this.period
    if (this.sPushSlot >= 0) {
      this.dqVal[this.sPushSlot] = this.sPushVal
      this.dqIdx[this.sPushSlot] = this.sPushIdx
    }
    this.ring[this.sCount % p] = this.sRing
    this.head = this.sHead
    this.len = this.sLen
    this.count = this.sCount
    this.exIdx = this.sExIdx
    this.ex = this.sEx
  }

  push(x: number): void {
    const p = this.period
    const t = this.count++
    const slot = t % p
    this.sRing = this.ring[slot] as number
    this.ring[slot] = x
    const trailing = t - p + 1
    const dqVal = this.dqVal
    const dqIdx = this.dqIdx
    while (this.len > 0 && (dqIdx[this.head] as number) < trailing) {
      this.head = this.head + 1 === p ? 0 : this.head + 1
      this.len--
    }
    this.sPushSlot = -1
    if (!Number.isNaN(x)) {
      const max = this.max
      while (this.len > 0) {
        let back = this.head + this.len - 1
        if (back >= p) back -= p
        const b = dqVal[back] as number
        if (max ? b < x : b > x) this.len--
        else break
      }
      let at = this.head + this.len
      if (at >= p) at -= p
      this.sPushSlot = at
      this.sPushVal = dqVal[at] as number
      this.sPushIdx = dqIdx[at] as number
      dqVal[at] = x
      dqIdx[at] = t
      this.len++
    }
    if (trailing < 0) return
    const oldest = this.ring[trailing % p] as number
    if (this.exIdx < trailing) {
      if (Number.isNaN(oldest)) {
        this.exIdx = trailing
        this.ex = oldest
      } else {
        this.exIdx = dqIdx[this.head] as number
        this.ex = dqVal[this.head] as number
      }
    } else if (this.max ? x >= this.ex : x <= this.ex) {
      this.exIdx = t
      this.ex = x
    }
    this.value = this.ex
    this.index = this.exIdx
    this.plain = Number.isNaN(oldest) ? oldest : (dqVal[this.head] as number)
  }

  reset(): void {
    this.ring.fill(0)
    this.head = 0
    this.len = 0
    this.count = 0
    this.exIdx = -1
    this.ex = 0
    this.sCount = -1
    this.value = Number.NaN
    this.index = Number.NaN
    this.plain = Number.NaN
  }

  snapshot(): IndicatorSnapshot {
    return makeSnapshot('WindowExtreme', 1, { period: this.period, max: this.max }, this, [
      ...FIELDS,
      'value',
      'index',
      'plain',
    ])
  }

  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'WindowExtreme', 1, { period: this.period, max: this.max }, this, [
      ...FIELDS,
      'value',
      'index',
      'plain',
    ])
  }
}

/**
 * Streaming `MAX`, `MIN`, `MAXINDEX` and `MININDEX`: one {@link WindowExtreme} and the output the class reports (the
 * window's extreme or its absolute index). The four public classes only choose name, direction and output.
 * @internal
 */
export abstract class WindowExtremeStream implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly core: WindowExtreme

  protected constructor(
    /** TA-Lib's name, stored in snapshots. */
    private readonly indicatorName: string,
    period: number,
    max: boolean,
    /** `true` to report the extreme's absolute index rather than its value. */
    private readonly reportIndex: boolean,
  ) {
    this.core = new WindowExtreme(period, max)
    this.lookback = period - 1
  }

  /** `true` once `period` values have been consumed. */
  get isReady(): boolean {
    return this.core.isReady
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The window's extreme (or its absolute index), `NaN` before ready.
   */
  update(value: number): number {
    this.core.save()
    this.core.push(value)
    return this.output()
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised output.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (!this.core.started) throw noBarToReplace(this.indicatorName)
    this.core.rollback()
    this.core.push(value)
    return this.output()
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.core.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot(this.indicatorName, 1, { period: this.core.period }, this, ['core'])
  }

  /**
   * @param snapshot - A snapshot of the same class with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, this.indicatorName, 1, { period: this.core.period }, this, ['core'])
  }

  private output(): number {
    if (!this.core.isReady) return Number.NaN
    return this.reportIndex ? this.core.index : this.core.value
  }
}

/**
 * Streaming `MINMAX` and `MINMAXINDEX`: a lowest and a highest {@link WindowExtreme} over the same window; the public
 * class packs the two into its output object.
 * @internal
 */
export abstract class WindowRangeStream<Out> implements StreamingIndicator<number, Out> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly lo: WindowExtreme
  private readonly hi: WindowExtreme

  protected constructor(
    /** TA-Lib's name, stored in snapshots. */
    private readonly indicatorName: string,
    period: number,
  ) {
    this.lo = new WindowExtreme(period, false)
    this.hi = new WindowExtreme(period, true)
    this.lookback = period - 1
  }

  /**
   * The output for the window's lowest and highest trackers (`NaN`s while they are not ready).
   * @internal
   */
  protected abstract pack(lo: WindowExtreme, hi: WindowExtreme): Out

  /** `true` once `period` values have been consumed. */
  get isReady(): boolean {
    return this.hi.isReady
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The lowest and highest of the window (or their absolute indices), `NaN`s before ready.
   */
  update(value: number): Out {
    this.lo.save()
    this.hi.save()
    return this.step(value)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised output.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): Out {
    if (!this.hi.started) throw noBarToReplace(this.indicatorName)
    this.lo.rollback()
    this.hi.rollback()
    return this.step(value)
  }

  private step(value: number): Out {
    this.lo.push(value)
    this.hi.push(value)
    return this.pack(this.lo, this.hi)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.lo.reset()
    this.hi.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot(this.indicatorName, 1, { period: this.hi.period }, this, ['lo', 'hi'])
  }

  /**
   * @param snapshot - A snapshot of the same class with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, this.indicatorName, 1, { period: this.hi.period }, this, ['lo', 'hi'])
  }
}
