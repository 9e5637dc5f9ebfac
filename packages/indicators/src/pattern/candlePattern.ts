import { InvalidArgumentError } from '@aitrade/core'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkReal } from '../validate.js'
import { type Candles, candles, RANGE_KIND, rangeOfKind } from './candleRange.js'
import type { CandleSetting } from './candleSettings.js'

/** Columnar input of every candlestick pattern: equal-length `open/high/low/close` arrays (volume is not read). */
export type CandleInput = Pick<OhlcvInput, 'open' | 'high' | 'low' | 'close'>

/** One bar for the streaming pattern classes (volume is not read). */
export type CandleBar = Pick<OhlcvBar, 'open' | 'high' | 'low' | 'close'>

/** Options of every batch candlestick pattern (`cdlEngulfing(bars, options)`). */
export interface CandlePatternOptions {
  /** Preallocated output of at least the input's length, written in place (warm-up bars set to 0). */
  out?: Int32Array
}

/** Options of the patterns that take TA-Lib's `optInPenetration` (abandoned baby, dark cloud cover, stars, mat hold). */
export interface PenetrationOptions {
  /**
   * How far the last candle must move into the first candle's real body, as a fraction of that body
   * (`0.3` = 30 %), in [0, 3e37] as in TA-Lib. The default is TA-Lib's for the pattern (0.3, or 0.5 for
   * dark cloud cover and mat hold).
   */
  penetration?: number
}

/** Options of a batch pattern with a penetration option. */
export interface PenetrationPatternOptions extends CandlePatternOptions, PenetrationOptions {}

/**
 * The definition of one TA-Lib candlestick pattern, shared by its batch function and its streaming class.
 * @internal
 */
export interface CandlePatternDef {
  /** TA-Lib's function name, e.g. `'CDLENGULFING'` (also the streaming class name). */
  readonly name: string
  /** Bars before the first output (TA-Lib's lookback with the default candle settings). */
  readonly lookback: number
  /**
   * Running totals the pattern compares against, in the order `evaluate` reads them from `tot`: total `k`
   * is the sum of `setting`'s range over the `avgPeriod` bars ending `shift + 1` bars before the bar judged.
   */
  readonly totals: readonly (readonly [setting: CandleSetting, shift: number])[]
  /** Bars evaluated before the lookback only to build `state` (the hikkake patterns); default 0. */
  readonly preRoll?: number
  /** Length of the pattern's own `state` array (the hikkake patterns); default 0. */
  readonly stateSize?: number
  /** TA-Lib's default `optInPenetration` for patterns that have it. */
  readonly penetration?: number
  /**
   * Judges bar `i` of `b` (absolute bar number `t`; equal to `i` in batch mode) and returns TA-Lib's value.
   * May update `state`. Reads only bars `i − lookback … i`.
   */
  evaluate(b: Candles, i: number, tot: Float64Array, state: Float64Array, t: number, penetration: number): number
}

const FIELDS = ['open', 'high', 'low', 'close'] as const
// TA-Lib's upper bound for real options such as optInPenetration (TA_REAL_MAX)
const TA_REAL_MAX = 3e37

function penetrationOf(def: CandlePatternDef, options: PenetrationOptions | undefined): number {
  const p = options?.penetration
  if (def.penetration === undefined || p === undefined) return def.penetration ?? 0
  return checkReal('penetration', p, 0, TA_REAL_MAX)
}

/**
 * Runs pattern `def` over `bars` (TA-Lib's batch algorithm, same running-total update order).
 * @internal
 */
export function runCandlePattern(
  def: CandlePatternDef,
  bars: CandleInput,
  options: (CandlePatternOptions & PenetrationOptions) | undefined,
): Int32Array {
  const n = checkBars(bars, FIELDS)
  const pen = penetrationOf(def, options)
  const buf = options?.out
  if (buf !== undefined && (!(buf instanceof Int32Array) || buf.length < n)) {
    throw new InvalidArgumentError('out', `must be an Int32Array of length >= ${n}`)
  }
  const out = buf ?? new Int32Array(n)
  const lb = def.lookback
  if (n <= lb) {
    out.fill(0, 0, n)
    return out
  }
  out.fill(0, 0, lb)
  const b = candles(bars.open, bars.high, bars.low, bars.close)
  const plan = totalPlan(def)
  const m = plan.kinds.length
  const tot = new Float64Array(m)
  const state = new Float64Array(def.stateSize ?? 0)
  const start = lb - (def.preRoll ?? 0)
  for (let k = 0; k < m; k++) {
    const kind = plan.kinds[k] as number
    const shift = plan.shifts[k] as number
    let sum = 0
    for (let j = start - (plan.periods[k] as number); j < start; j++) sum += rangeOfKind(kind, b, j - shift)
    tot[k] = sum
  }
  // each total's range series, computed once per range kind (a pattern keeps up to 8 totals over at most 3 kinds)
  const byKind: (Float64Array | undefined)[] = [undefined, undefined, undefined]
  const series: Float64Array[] = []
  for (let k = 0; k < m; k++) {
    const kind = plan.kinds[k] as number
    let r = byKind[kind]
    if (r === undefined) {
      r = new Float64Array(n)
      for (let j = 0; j < n; j++) r[j] = rangeOfKind(kind, b, j)
      byKind[kind] = r
    }
    series.push(r)
  }
  const { periods, shifts } = plan
  const evaluate = def.evaluate
  for (let i = start; i < n; i++) {
    const v = evaluate(b, i, tot, state, i, pen)
    if (i >= lb) out[i] = v
    // TA-Lib's update after judging bar i: total += range(i − shift) − range(i − avgPeriod − shift)
    for (let k = 0; k < m; k++) {
      const p = periods[k] as number
      if (p === 0) continue
      const r = series[k] as Float64Array
      const j = i - (shifts[k] as number)
      tot[k] = (tot[k] as number) + ((r[j] as number) - (r[j - p] as number))
    }
  }
  return out
}

// The totals a pattern keeps, as parallel typed arrays: the range kind (0 real body, 1 high−low, 2 shadows),
// TA-Lib's averaging period and the bar shift of each. Numbers, not CandleSetting objects, so the per-bar update
// loop reads no object properties.
interface TotalPlan {
  readonly kinds: Int32Array
  readonly periods: Int32Array
  readonly shifts: Int32Array
}

function totalPlan(def: CandlePatternDef): TotalPlan {
  return {
    kinds: Int32Array.from(def.totals, (x) => RANGE_KIND[x[0].rangeType]),
    periods: Int32Array.from(def.totals, (x) => x[0].avgPeriod),
    shifts: Int32Array.from(def.totals, (x) => x[1]),
  }
}

// TA-Lib's update after judging bar i: total += range(i − shift) − range(i − avgPeriod − shift)
function advanceTotals(plan: TotalPlan, tot: Float64Array, b: Candles, i: number): void {
  const { kinds, periods, shifts } = plan
  for (let k = 0; k < kinds.length; k++) {
    const p = periods[k] as number
    if (p === 0) continue
    const kind = kinds[k] as number
    const j = i - (shifts[k] as number)
    tot[k] = (tot[k] as number) + (rangeOfKind(kind, b, j) - rangeOfKind(kind, b, j - p))
  }
}

// element-wise copy: cheaper than TypedArray#set for the few totals a pattern keeps
function copy(from: Float64Array, to: Float64Array): void {
  for (let k = 0; k < from.length; k++) to[k] = from[k] as number
}

const SNAPSHOT_VERSION = 1
const STATE_FIELDS = [
  'count',
  'openRing',
  'highRing',
  'lowRing',
  'closeRing',
  'tot',
  'prevTot',
  'state',
  'prevState',
] as const

// The streaming state and step of one pattern. One class for all 61 patterns, so its property loads stay
// monomorphic; the public per-pattern classes (61 hidden classes) only forward to it.
class PatternEngine {
  readonly def: CandlePatternDef
  readonly penetration: number
  readonly lookback: number
  readonly cap: number
  readonly start: number
  readonly plan: TotalPlan
  // each bar is written at slot s and s + cap, so bars t − lookback … t are contiguous in the ring
  readonly openRing: Float64Array
  readonly highRing: Float64Array
  readonly lowRing: Float64Array
  readonly closeRing: Float64Array
  readonly ring: Candles
  readonly tot: Float64Array
  readonly prevTot: Float64Array
  readonly state: Float64Array
  readonly prevState: Float64Array
  count = 0

  constructor(def: CandlePatternDef, penetration: number) {
    this.def = def
    this.penetration = penetration
    this.lookback = def.lookback
    this.cap = def.lookback + 1
    this.start = def.lookback - (def.preRoll ?? 0)
    this.plan = totalPlan(def)
    this.openRing = new Float64Array(2 * this.cap)
    this.highRing = new Float64Array(2 * this.cap)
    this.lowRing = new Float64Array(2 * this.cap)
    this.closeRing = new Float64Array(2 * this.cap)
    this.ring = candles(this.openRing, this.highRing, this.lowRing, this.closeRing)
    this.tot = new Float64Array(def.totals.length)
    this.prevTot = new Float64Array(def.totals.length)
    this.state = new Float64Array(def.stateSize ?? 0)
    this.prevState = new Float64Array(def.stateSize ?? 0)
  }

  update(bar: CandleBar): number {
    copy(this.tot, this.prevTot)
    copy(this.state, this.prevState)
    this.count++
    return this.step(bar)
  }

  replace(bar: CandleBar): number {
    copy(this.prevTot, this.tot)
    copy(this.prevState, this.state)
    return this.step(bar)
  }

  reset(): void {
    this.count = 0
    this.tot.fill(0)
    this.prevTot.fill(0)
    this.state.fill(0)
    this.prevState.fill(0)
  }

  // Stores bar number t = count − 1 and judges it; totals/state must be those before bar t.
  private step(bar: CandleBar): number {
    const t = this.count - 1
    const cap = this.cap
    const slot = t % cap
    const i = slot + cap
    this.openRing[slot] = this.openRing[i] = bar.open
    this.highRing[slot] = this.highRing[i] = bar.high
    this.lowRing[slot] = this.lowRing[i] = bar.low
    this.closeRing[slot] = this.closeRing[i] = bar.close
    const plan = this.plan
    const tot = this.tot
    const b = this.ring
    if (t < this.start) {
      // warm-up: TA-Lib's initial sums over bars start − avgPeriod … start − 1
      for (let k = 0; k < tot.length; k++) {
        if (t >= this.start - (plan.periods[k] as number)) {
          tot[k] = (tot[k] as number) + rangeOfKind(plan.kinds[k] as number, b, i - (plan.shifts[k] as number))
        }
      }
      return 0
    }
    const v = this.def.evaluate(b, i, tot, this.state, t, this.penetration)
    advanceTotals(plan, tot, b, i)
    return t >= this.lookback ? v : 0
  }
}

/**
 * Streaming form shared by the 61 candlestick pattern classes (`new CDLENGULFING()`): keeps the last
 * `lookback + 1` bars in a fixed ring buffer and TA-Lib's running totals, so each update costs a few
 * comparisons and no allocation. Outputs equal the batch function's, bar by bar (0 until ready).
 *
 * @example
 * ```ts
 * import { CDLENGULFING, type CandlePatternStream } from '@aitrade/indicators'
 *
 * const detector: CandlePatternStream = new CDLENGULFING() // lookback 2: judges from the third bar
 * detector.update({ open: 10.2, high: 10.4, low: 9.9, close: 10.1 })
 * detector.update({ open: 10, high: 10.5, low: 8.8, close: 9 })
 * detector.update({ open: 8.9, high: 10.6, low: 8.7, close: 10.4 }) // 100: a bullish engulfing
 * ```
 * @see TA-Lib 0.6 `ta_CDL*.c` (each pattern's class names its function); Steve Nison, *Japanese Candlestick
 *   Charting Techniques* (1991), for the patterns themselves.
 */
export class CandlePatternStream implements StreamingIndicator<CandleBar, number> {
  /** Bars consumed before the first output (the pattern's TA-Lib lookback). */
  readonly lookback: number
  private readonly engine: PatternEngine
  private readonly options: Readonly<Record<string, unknown>>

  /**
   * Used by the per-pattern classes (`new CDLENGULFING()`); not meant to be called directly.
   * @param def - The pattern's definition.
   * @param options - `penetration` for the patterns that take it.
   * @internal
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `penetration` is not a number in [0, 3e37].
   */
  constructor(def: CandlePatternDef, options: PenetrationOptions = {}) {
    const penetration = penetrationOf(def, options)
    this.engine = new PatternEngine(def, penetration)
    this.options = def.penetration === undefined ? {} : { penetration }
    this.lookback = def.lookback
  }

  /** `true` once an output is defined (more than `lookback` bars consumed). */
  get isReady(): boolean {
    return this.engine.count > this.lookback
  }

  /**
   * Consumes the next bar.
   * @param bar - The new bar's open, high, low and close (other fields are ignored).
   * @returns TA-Lib's value for this bar: `0` (no pattern, or not ready yet), ±100, ±80 or ±200 as the pattern defines.
   */
  update(bar: CandleBar): number {
    return this.engine.update(bar)
  }

  /**
   * Replaces the last bar consumed (the still-forming bar) and returns the revised value.
   * @param bar - The revised bar.
   * @returns The value `update` would have returned had this bar been consumed instead.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before the first `update`.
   */
  replace(bar: CandleBar): number {
    if (this.engine.count === 0) throw noBarToReplace(this.engine.def.name)
    return this.engine.replace(bar)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.engine.reset()
  }

  /** JSON-safe state (the last `lookback + 1` bars and the running totals). */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot(this.engine.def.name, SNAPSHOT_VERSION, this.options, this.engine, STATE_FIELDS)
  }

  /**
   * Restores a state from {@link CandlePatternStream.snapshot} of the same pattern and options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `snapshot…` on a mismatch.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, this.engine.def.name, SNAPSHOT_VERSION, this.options, this.engine, STATE_FIELDS)
  }
}
