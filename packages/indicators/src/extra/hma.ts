import { WMA, wmaRange } from '../overlap/wma.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link hma} and {@link HMA}. */
export interface HmaOptions {
  /** Hull period, integer ≥ 4 (so that both `period/2` and `√period` WMAs span ≥ 2 bars). Default `9`. */
  period?: number
}

function hmaPeriods(options: HmaOptions): { period: number; half: number; root: number } {
  const period = checkPeriod('period', options.period ?? 9, 4)
  return { period, half: Math.floor(period / 2), root: Math.floor(Math.sqrt(period)) }
}

/**
 * Lookback of {@link hma}: `period − 1 + floor(√period) − 1`.
 * @param options - As for {@link hma}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 4.
 * @example
 * ```ts
 * import { hmaLookback } from '@aitrade/indicators'
 *
 * hmaLookback() // 10
 * ```
 * @see {@link hma} for the formula and its source.
 */
export function hmaLookback(options: HmaOptions = {}): number {
  const p = hmaPeriods(options)
  return p.period + p.root - 2
}

/**
 * Hull moving average: `HMA = WMA(2·WMA(x, floor(n/2)) − WMA(x, n), floor(√n))`, with TA-Lib's linearly
 * weighted WMA. A `NaN` input makes every later value `NaN` (TA-Lib's running WMA sums).
 *
 * @param values - Input series (e.g. closes), oldest first.
 * @param options - `period` (default 9) and an optional `out` buffer.
 * @returns HMA in the input's units, input length; the first {@link hmaLookback} values `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period`, non-array input or short `out`.
 *
 * @example
 * ```ts
 * import { hma } from '@aitrade/indicators'
 *
 * hma([1, 2, 3, 4, 5], { period: 4 })[4] // 5: on a straight line the Hull MA has no lag
 * ```
 * @see Alan Hull, "Hull Moving Average" (2005), alanhull.com; TradingView Pine `ta.hma`.
 */
export function hma(values: ArrayLike<number>, options: HmaOptions & OutputOptions = {}): Float64Array {
  const { period, half, root } = hmaPeriods(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  const wHalf = new Float64Array(n)
  const diff = new Float64Array(n)
  wmaRange(values, 0, n, half, wHalf)
  wmaRange(values, 0, n, period, diff)
  for (let i = period - 1; i < n; i++) diff[i] = 2 * (wHalf[i] as number) - (diff[i] as number)
  out.fill(Number.NaN, 0, Math.min(n, period + root - 2))
  wmaRange(diff, period - 1, n, root, out)
  return out
}

const FIELDS = ['started', 'half', 'full', 'root'] as const

/**
 * Streaming {@link hma}: O(1) per value; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { HMA } from '@aitrade/indicators'
 *
 * const h = new HMA({ period: 4 })
 * for (const x of [1, 2, 3, 4]) h.update(x)
 * h.update(5) // 5
 * ```
 * @see {@link hma} for the formula and sources.
 */
export class HMA implements StreamingIndicator<number, number> {
  /** See {@link hmaLookback}. */
  readonly lookback: number
  private readonly period: number
  private readonly half: WMA
  private readonly full: WMA
  private readonly root: WMA
  private started = false

  /**
   * @param options - See {@link HmaOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 4.
   */
  constructor(options: HmaOptions = {}) {
    const p = hmaPeriods(options)
    this.period = p.period
    this.lookback = p.period + p.root - 2
    this.half = new WMA({ period: p.half })
    this.full = new WMA({ period: p.period })
    this.root = new WMA({ period: p.root })
  }

  /** `true` once {@link HMA.lookback} + 1 values have been consumed. */
  get isReady(): boolean {
    return this.root.isReady
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest HMA, `NaN` before ready.
   */
  update(value: number): number {
    this.started = true
    const h = this.half.update(value)
    const f = this.full.update(value)
    return this.full.isReady ? this.root.update(2 * h - f) : Number.NaN
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised HMA.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (!this.started) throw noBarToReplace('HMA')
    const h = this.half.replace(value)
    const f = this.full.replace(value)
    return this.full.isReady ? this.root.replace(2 * h - f) : Number.NaN
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.started = false
    this.half.reset()
    this.full.reset()
    this.root.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('HMA', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of an `HMA` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'HMA', 1, { period: this.period }, this, FIELDS)
  }
}
