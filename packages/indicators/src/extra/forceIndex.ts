import { EMA, emaLookback, emaRange } from '../overlap/ema.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, outputBuffer } from '../validate.js'

/** Options of {@link forceIndex} and {@link FORCEINDEX}. */
export interface ForceIndexOptions {
  /** EMA period of the smoothing, integer ≥ 2. Default `13`. */
  period?: number
}

/**
 * Lookback of {@link forceIndex}: `period` (one bar for the first change, then the EMA's `period - 1`).
 * @param options - As for {@link forceIndex}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { forceIndexLookback } from '@aitrade/indicators'
 *
 * forceIndexLookback() // 13
 * ```
 * @see {@link forceIndex} for the formula and its source.
 */
export function forceIndexLookback(options: ForceIndexOptions = {}): number {
  return 1 + emaLookback({ period: options.period ?? 13 })
}

/**
 * Elder's Force Index: the one-bar force `(close − previous close) × volume`, smoothed by an EMA of
 * `period` bars (TA-Lib's EMA: seeded with the mean of the first `period` forces, `k = 2 / (period + 1)`).
 * A `NaN` input makes every later value `NaN` (EMA recursion).
 *
 * @param bars - Close and volume of equal lengths.
 * @param options - `period` (default 13) and an optional `out` buffer.
 * @returns Force in price × volume units, input length; the first `period` values `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad `period` or short `out`.
 *
 * @example
 * ```ts
 * import { forceIndex } from '@aitrade/indicators'
 *
 * const f = forceIndex({ close: [10, 11, 10.5], volume: [5, 100, 200] }, { period: 2 })
 * f[2] // 0 = mean of 1×100 and −0.5×200
 * ```
 * @see Alexander Elder, *Trading for a Living* (1993); StockCharts ChartSchool, "Force Index".
 */
export function forceIndex(
  bars: Pick<OhlcvInput, 'close' | 'volume'>,
  options: ForceIndexOptions & OutputOptions = {},
): Float64Array {
  const lookback = forceIndexLookback(options)
  const period = lookback
  const n = checkBars(bars, ['close', 'volume'])
  const out = outputBuffer(n, options.out)
  const { close, volume } = bars
  for (let i = 1; i < n; i++) out[i] = ((close[i] as number) - (close[i - 1] as number)) * (volume[i] as number)
  // emaRange reads index i before writing it, so it may run in place
  emaRange(out, 1, n, period, 2 / (period + 1), out)
  out.fill(Number.NaN, 0, Math.min(n, lookback))
  return out
}

const FIELDS = ['n', 'prevClose', 'pN', 'pPrevClose', 'ema'] as const

/**
 * Streaming {@link forceIndex}: O(1) per bar; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { FORCEINDEX } from '@aitrade/indicators'
 *
 * const f = new FORCEINDEX({ period: 2 })
 * f.update({ close: 10, volume: 5 })
 * f.update({ close: 11, volume: 100 })
 * f.update({ close: 10.5, volume: 200 }) // 0
 * ```
 * @see {@link forceIndex} for the formula and sources.
 */
export class FORCEINDEX implements StreamingIndicator<Pick<OhlcvBar, 'close' | 'volume'>, number> {
  /** `period`. */
  readonly lookback: number
  private readonly period: number
  private readonly ema: EMA
  private n = 0
  private prevClose = Number.NaN
  private pN = -1
  private pPrevClose = Number.NaN

  /**
   * @param options - See {@link ForceIndexOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: ForceIndexOptions = {}) {
    this.lookback = forceIndexLookback(options)
    this.period = this.lookback
    this.ema = new EMA({ period: this.period })
  }

  /** `true` once `period + 1` bars have been consumed. */
  get isReady(): boolean {
    return this.n > this.lookback
  }

  /**
   * Consumes the next bar.
   * @param bar - Close and volume.
   * @returns The newest Force Index, `NaN` before ready.
   */
  update(bar: Pick<OhlcvBar, 'close' | 'volume'>): number {
    this.pN = this.n
    this.pPrevClose = this.prevClose
    this.n++
    if (this.n === 1) {
      this.prevClose = bar.close
      return Number.NaN
    }
    const force = (bar.close - this.prevClose) * bar.volume
    this.prevClose = bar.close
    return this.ema.update(force)
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised Force Index.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'close' | 'volume'>): number {
    if (this.pN < 0) throw noBarToReplace('FORCEINDEX')
    this.prevClose = this.pPrevClose
    if (this.n === 1) {
      this.prevClose = bar.close
      return Number.NaN
    }
    const force = (bar.close - this.prevClose) * bar.volume
    this.prevClose = bar.close
    return this.ema.replace(force)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.n = 0
    this.prevClose = Number.NaN
    this.pN = -1
    this.ema.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('FORCEINDEX', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `FORCEINDEX` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'FORCEINDEX', 1, { period: this.period }, this, FIELDS)
  }
}
