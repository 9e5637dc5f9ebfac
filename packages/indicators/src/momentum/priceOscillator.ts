import { checkMaType, createMa, type MaType, maRange, maTypeLookback } from '../overlap/ma.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'
import { isTaZero } from './gainLoss.js'

/** Parameters of the price oscillators {@link apo} and {@link ppo} (and their classes). */
export interface PriceOscillatorOptions {
  /** Fast average period, integer ≥ 2. Default `12` (TA-Lib `optInFastPeriod`). Swapped with `slowPeriod` if larger. */
  fastPeriod?: number
  /** Slow average period, integer ≥ 2. Default `26` (TA-Lib `optInSlowPeriod`). */
  slowPeriod?: number
  /** Type of both averages ({@link MaType}). Default `0` SMA (TA-Lib `optInMAType`). */
  maType?: MaType
}

interface PoConfig {
  fastPeriod: number
  slowPeriod: number
  maType: MaType
}

/** Validated options. @internal */
export function priceOscillatorParams(o: PriceOscillatorOptions): PoConfig {
  return {
    fastPeriod: checkPeriod('fastPeriod', o.fastPeriod ?? 12, 2),
    slowPeriod: checkPeriod('slowPeriod', o.slowPeriod ?? 26, 2),
    maType: checkMaType('maType', o.maType ?? 0),
  }
}

/** Lookback: the slower average's. @internal */
export function priceOscillatorLookback(c: PoConfig): number {
  return maTypeLookback(Math.max(c.fastPeriod, c.slowPeriod), c.maType)
}

function combine(fast: number, slow: number, percent: boolean): number {
  if (!percent) return fast - slow
  return isTaZero(slow) ? 0.0 : ((fast - slow) / slow) * 100.0
}

/**
 * TA-Lib `INT_PO`: both averages from bar 0, then `fast − slow` (APO) or `(fast − slow)/slow · 100` (PPO, `0`
 * when `|slow| < 1e-14`). @internal
 */
export function priceOscillatorBatch(
  values: ArrayLike<number>,
  c: PoConfig,
  outOption: Float64Array | undefined,
  percent: boolean,
): Float64Array {
  const n = checkSeries('values', values)
  const out = outputBuffer(n, outOption)
  const fast = Math.min(c.fastPeriod, c.slowPeriod)
  const slow = Math.max(c.fastPeriod, c.slowPeriod)
  const lb = priceOscillatorLookback(c)
  if (n > lb) {
    const tmp = new Float64Array(n)
    maRange(values, 0, n, fast, c.maType, tmp)
    maRange(values, 0, n, slow, c.maType, out)
    for (let i = lb; i < n; i++) out[i] = combine(tmp[i] as number, out[i] as number, percent)
  }
  out.fill(Number.NaN, 0, Math.min(n, lb))
  return out
}

const FIELDS = ['count', 'fastMa', 'slowMa'] as const

/** Streaming APO/PPO: two averages of the input and their difference. @internal */
export abstract class PriceOscillatorStream implements StreamingIndicator<number, number> {
  readonly lookback: number
  private count = 0
  private readonly fastMa: StreamingIndicator<number, number>
  private readonly slowMa: StreamingIndicator<number, number>

  protected constructor(
    private readonly indicatorName: string,
    private readonly config: PoConfig,
    private readonly percent: boolean,
  ) {
    this.lookback = priceOscillatorLookback(config)
    this.fastMa = createMa(config.maType, Math.min(config.fastPeriod, config.slowPeriod))
    this.slowMa = createMa(config.maType, Math.max(config.fastPeriod, config.slowPeriod))
  }

  /** `true` once more than `lookback` values were consumed. */
  get isReady(): boolean {
    return this.count > this.lookback
  }

  /** Consumes the next value; returns the oscillator (`NaN` before ready). */
  update(value: number): number {
    const f = this.fastMa.update(value)
    const s = this.slowMa.update(value)
    return this.count++ >= this.lookback ? combine(f, s, this.percent) : Number.NaN
  }

  /** Revises the last value; throws `INVALID_STATE` before any update. */
  replace(value: number): number {
    if (this.count === 0) throw noBarToReplace(this.indicatorName)
    const f = this.fastMa.replace(value)
    const s = this.slowMa.replace(value)
    return this.count - 1 >= this.lookback ? combine(f, s, this.percent) : Number.NaN
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.count = 0
    this.fastMa.reset()
    this.slowMa.reset()
  }

  /** JSON-safe state (both averages' snapshots). */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot(this.indicatorName, 1, { ...this.config }, this, FIELDS)
  }

  /** Restores a snapshot of the same class and options. */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, this.indicatorName, 1, { ...this.config }, this, FIELDS)
  }
}
