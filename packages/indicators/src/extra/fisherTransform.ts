import { extremeRange, WindowExtreme } from '../statistic/windowExtreme.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'

/** Options of {@link fisherTransform} and {@link FISHER}. */
export interface FisherTransformOptions {
  /** Window of the highest/lowest median price, integer ≥ 1. Default `9`. */
  period?: number
}

/** Optional output buffers of {@link fisherTransform}. */
export interface FisherTransformBuffers {
  /** Buffer for {@link FisherTransformOutput.fisher}. */
  outFisher?: Float64Array
  /** Buffer for {@link FisherTransformOutput.trigger}. */
  outTrigger?: Float64Array
}

/** Output of {@link fisherTransform}: dimensionless, input length. */
export interface FisherTransformOutput {
  /** The Fisher transform. */
  fisher: Float64Array
  /** The previous bar's `fisher` (`0` on the first defined bar, the recursion's start value). */
  trigger: Float64Array
}

/** One streaming Fisher value. */
export interface FisherValue {
  /** The Fisher transform. */
  fisher: number
  /** The previous value. */
  trigger: number
}

function fisherPeriod(options: FisherTransformOptions): number {
  return checkPeriod('period', options.period ?? 9, 1)
}

/**
 * Lookback of {@link fisherTransform}: `period − 1`.
 * @param options - As for {@link fisherTransform}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { fisherTransformLookback } from '@aitrade/indicators'
 *
 * fisherTransformLookback() // 8
 * ```
 * @see {@link fisherTransform} for the formula and its source.
 */
export function fisherTransformLookback(options: FisherTransformOptions = {}): number {
  return fisherPeriod(options) - 1
}

/** One step of Ehlers' recursion; `st = [value, fish]` of the previous bar, updated in place. Returns the new fish. */
function fisherStep(st: Float64Array, price: number, highest: number, lowest: number): number {
  const range = highest - lowest
  // a flat window has no position within it: take the middle (the term is 0)
  const position = range === 0 ? 0.5 : (price - lowest) / range
  let v = 0.66 * (position - 0.5) + 0.67 * (st[0] as number)
  if (v > 0.99) v = 0.999
  else if (v < -0.99) v = -0.999
  const fish = 0.5 * Math.log((1 + v) / (1 - v)) + 0.5 * (st[1] as number)
  st[0] = v
  st[1] = fish
  return fish
}

/**
 * Ehlers' Fisher Transform of the median price `p = (high + low) / 2` over its `period`-bar range:
 * `v = 0.33·2·((p − min) / (max − min) − 0.5) + 0.67·v₋₁`, clamped to ±0.999 once beyond ±0.99, then
 * `fisher = 0.5·ln((1 + v) / (1 − v)) + 0.5·fisher₋₁` and `trigger = fisher₋₁`; `v` and `fisher` start at 0.
 * A window with no range counts as its middle; max/min are TA-Lib's `MAX`/`MIN` of the median price. A `NaN`
 * input makes every later value `NaN`.
 *
 * @param bars - High and low of equal lengths.
 * @param options - `period` (default 9) and optional `outFisher`/`outTrigger` buffers.
 * @returns `{ fisher, trigger }`, input length; the first `period − 1` values `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad `period` or short buffer.
 *
 * @example
 * ```ts
 * import { fisherTransform } from '@aitrade/indicators'
 *
 * const f = fisherTransform({ high: [2, 4], low: [0, 2] }, { period: 2 })
 * f.fisher[1] // 0.5·ln(1.33/0.67) ≈ 0.3428: the median 3 is at the top of its 1..3 range, v = 0.33
 * ```
 * @see John F. Ehlers, "Using the Fisher Transform", *Technical Analysis of Stocks & Commodities*, November 2002,
 *   and *Cybernetic Analysis for Stocks and Futures* (2004); TradingView Help, "Fisher Transform".
 */
export function fisherTransform(
  bars: Pick<OhlcvInput, 'high' | 'low'>,
  options: FisherTransformOptions & FisherTransformBuffers = {},
): FisherTransformOutput {
  const p = fisherPeriod(options)
  const n = checkBars(bars, ['high', 'low'])
  const fisher = outputBuffer(n, options.outFisher, 'outFisher')
  const trigger = outputBuffer(n, options.outTrigger, 'outTrigger')
  const median = new Float64Array(n)
  for (let i = 0; i < n; i++) median[i] = ((bars.high[i] as number) + (bars.low[i] as number)) / 2
  fisher.fill(Number.NaN, 0, Math.min(n, p - 1))
  trigger.fill(Number.NaN, 0, Math.min(n, p - 1))
  const hh = new Float64Array(n)
  const ll = new Float64Array(n)
  extremeRange(median, 0, n, p, true, hh, null)
  extremeRange(median, 0, n, p, false, ll, null)
  const st = new Float64Array(2)
  for (let i = p - 1; i < n; i++) {
    trigger[i] = st[1] as number
    fisher[i] = fisherStep(st, median[i] as number, hh[i] as number, ll[i] as number)
  }
  return { fisher, trigger }
}

const FIELDS = ['st', 'prev', 'hi', 'lo'] as const

/**
 * Streaming {@link fisherTransform}: O(1) amortized per bar; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { FISHER } from '@aitrade/indicators'
 *
 * const f = new FISHER({ period: 2 })
 * f.update({ high: 2, low: 0 })
 * f.update({ high: 4, low: 2 }).fisher // ≈ 0.3428
 * ```
 * @see {@link fisherTransform} for the formula and sources.
 */
export class FISHER implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low'>, FisherValue> {
  /** `period − 1`. */
  readonly lookback: number
  private readonly period: number
  private readonly hi: WindowExtreme
  private readonly lo: WindowExtreme
  /** Recursion state `[v, fish]`, and its copy before the last update. */
  private readonly st = new Float64Array(2)
  private readonly prev = new Float64Array(2)

  /**
   * @param options - See {@link FisherTransformOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: FisherTransformOptions = {}) {
    this.period = fisherPeriod(options)
    this.lookback = this.period - 1
    this.hi = new WindowExtreme(this.period, true)
    this.lo = new WindowExtreme(this.period, false)
  }

  /** `true` once `period` bars have been consumed. */
  get isReady(): boolean {
    return this.hi.isReady
  }

  /**
   * Consumes the next bar.
   * @param bar - High and low.
   * @returns `{ fisher, trigger }`, `NaN`s before ready.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low'>): FisherValue {
    this.hi.save()
    this.lo.save()
    this.prev.set(this.st)
    return this.step(bar)
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised value.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low'>): FisherValue {
    if (!this.hi.started) throw noBarToReplace('FISHER')
    this.hi.rollback()
    this.lo.rollback()
    this.st.set(this.prev)
    return this.step(bar)
  }

  private step(bar: Pick<OhlcvBar, 'high' | 'low'>): FisherValue {
    const price = (bar.high + bar.low) / 2
    this.hi.push(price)
    this.lo.push(price)
    if (!this.hi.isReady) return { fisher: Number.NaN, trigger: Number.NaN }
    const trigger = this.st[1] as number
    return { fisher: fisherStep(this.st, price, this.hi.value, this.lo.value), trigger }
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.hi.reset()
    this.lo.reset()
    this.st.fill(0)
    this.prev.fill(0)
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('FISHER', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `FISHER` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'FISHER', 1, { period: this.period }, this, FIELDS)
  }
}
