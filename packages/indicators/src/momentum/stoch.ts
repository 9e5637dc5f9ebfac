import { checkMaType, createMa, type MaType, maRange, maTypeLookback } from '../overlap/ma.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { FastKStream, fastKRange } from './fastK.js'

/** Parameters of {@link stoch} and {@link STOCH}. */
export interface StochOptions {
  /** Raw %K window in bars, integer ≥ 1. Default `5` (TA-Lib `optInFastK_Period`). */
  fastKPeriod?: number
  /** Smoothing of %K into slow %K, integer ≥ 1. Default `3` (TA-Lib `optInSlowK_Period`). */
  slowKPeriod?: number
  /** Average type of the slow %K ({@link MaType}). Default `0` SMA (TA-Lib `optInSlowK_MAType`). */
  slowKMaType?: MaType
  /** Smoothing of slow %K into slow %D, integer ≥ 1. Default `3` (TA-Lib `optInSlowD_Period`). */
  slowDPeriod?: number
  /** Average type of the slow %D ({@link MaType}). Default `0` SMA (TA-Lib `optInSlowD_MAType`). */
  slowDMaType?: MaType
}

/** Optional preallocated output buffers of {@link stoch}. */
export interface StochOutputOptions {
  /** Buffer for `slowK`, at least the input's length. */
  outSlowK?: Float64Array
  /** Buffer for `slowD`, at least the input's length. */
  outSlowD?: Float64Array
}

/** Result of {@link stoch} (TA-Lib `outSlowK`, `outSlowD`). */
export interface StochOutput {
  /** Slow %K: the average of raw %K, in `[0, 100]`. */
  slowK: Float64Array
  /** Slow %D: the average of slow %K, in `[0, 100]`. */
  slowD: Float64Array
}

/** One streaming output of {@link STOCH}. */
export interface StochValue {
  /** Slow %K. */
  slowK: number
  /** Slow %D. */
  slowD: number
}

interface StochConfig {
  fastKPeriod: number
  slowKPeriod: number
  slowKMaType: MaType
  slowDPeriod: number
  slowDMaType: MaType
}

function stochParams(o: StochOptions): StochConfig {
  return {
    fastKPeriod: checkPeriod('fastKPeriod', o.fastKPeriod ?? 5, 1),
    slowKPeriod: checkPeriod('slowKPeriod', o.slowKPeriod ?? 3, 1),
    slowKMaType: checkMaType('slowKMaType', o.slowKMaType ?? 0),
    slowDPeriod: checkPeriod('slowDPeriod', o.slowDPeriod ?? 3, 1),
    slowDMaType: checkMaType('slowDMaType', o.slowDMaType ?? 0),
  }
}

function lookbacks(c: StochConfig): { k: number; sk: number; total: number } {
  const k = c.fastKPeriod - 1
  const sk = k + maTypeLookback(c.slowKPeriod, c.slowKMaType)
  return { k, sk, total: sk + maTypeLookback(c.slowDPeriod, c.slowDMaType) }
}

/**
 * Lookback of {@link stoch}: `fastKPeriod − 1` plus the lookbacks of the two averages.
 *
 * @param options - {@link StochOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of range.
 * @example
 * ```ts
 * import { stochLookback } from '@aitrade/indicators'
 * stochLookback({ fastKPeriod: 5, slowKPeriod: 3, slowDPeriod: 3 }) // 8
 * ```
 * @see TA-Lib `TA_STOCH_Lookback`.
 */
export function stochLookback(options: StochOptions = {}): number {
  return lookbacks(stochParams(options)).total
}

/**
 * Stochastic oscillator, slow (TA-Lib `STOCH`): raw `%K = 100 · (close − LL) / (HH − LL)` over `fastKPeriod`
 * bars (`0` for a flat window), `slowK = MA(%K, slowKPeriod)`, `slowD = MA(slowK, slowDPeriod)`.
 *
 * @param bars - `high`, `low` and `close` arrays of equal length, oldest first. A `NaN` gives the outputs TA-Lib gives (tested against it).
 * @param options - {@link StochOptions} and {@link StochOutputOptions}.
 * @returns `{ slowK, slowD }`, `Float64Array`s of the input's length in `[0, 100]`, `NaN` for the first
 *   {@link stochLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of
 *   range, a field that is missing or of a different length (`bars.<field>`), or a buffer that is too short.
 * @example
 * ```ts
 * import { stoch } from '@aitrade/indicators'
 * const bars = {
 *   high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5],
 *   low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4],
 *   close: [9.5, 10.9, 11.8, 10.6, 12.8, 12.1, 13.7, 12.5, 11.2, 12.3],
 * }
 * const { slowK, slowD } = stoch(bars, { fastKPeriod: 5, slowKPeriod: 2, slowDPeriod: 2 })
 * slowK[9] // ≈ 25
 * slowD[9] // ≈ 29.298
 * ```
 * @see TA-Lib `TA_STOCH` (ta_STOCH.c); George C. Lane, "Lane's Stochastics", *Technical Analysis of Stocks &
 *   Commodities* (1984).
 */
export function stoch(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: StochOptions & StochOutputOptions = {},
): StochOutput {
  const c = stochParams(options)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const slowK = outputBuffer(n, options.outSlowK, 'outSlowK')
  const slowD = outputBuffer(n, options.outSlowD, 'outSlowD')
  const lb = lookbacks(c)
  if (n > lb.total) {
    const k = new Float64Array(n)
    fastKRange(bars.high, bars.low, bars.close, 0, n, c.fastKPeriod, k)
    maRange(k, lb.k, n, c.slowKPeriod, c.slowKMaType, slowK)
    maRange(slowK, lb.sk, n, c.slowDPeriod, c.slowDMaType, slowD)
  }
  slowK.fill(Number.NaN, 0, Math.min(n, lb.total))
  slowD.fill(Number.NaN, 0, Math.min(n, lb.total))
  return { slowK, slowD }
}

const FIELDS = ['count', 'fastK', 'slowKMa', 'slowDMa'] as const

/**
 * Streaming {@link stoch}: amortised O(1) per update for the O(1) average types; returns a new `{ slowK, slowD }`;
 * `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { STOCH } from '@aitrade/indicators'
 * const ind = new STOCH({ fastKPeriod: 14, slowKPeriod: 3, slowDPeriod: 3 })
 * ind.update({ high: 10, low: 9, close: 9.5 }).slowK // NaN until ready
 * ```
 * @see {@link stoch} for the formula.
 */
export class STOCH implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close'>, StochValue> {
  readonly lookback: number
  private readonly config: StochConfig
  private readonly lb: { k: number; sk: number; total: number }
  private count = 0
  private readonly fastK: FastKStream
  private readonly slowKMa: StreamingIndicator<number, number>
  private readonly slowDMa: StreamingIndicator<number, number>

  /**
   * @param options - {@link StochOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of range.
   */
  constructor(options: StochOptions = {}) {
    this.config = stochParams(options)
    this.lb = lookbacks(this.config)
    this.lookback = this.lb.total
    this.fastK = new FastKStream(this.config.fastKPeriod)
    this.slowKMa = createMa(this.config.slowKMaType, this.config.slowKPeriod)
    this.slowDMa = createMa(this.config.slowDMaType, this.config.slowDPeriod)
  }

  /** `true` once more than `lookback` bars were consumed. */
  get isReady(): boolean {
    return this.count > this.lookback
  }

  /** Consumes the next bar; returns `{ slowK, slowD }` (`NaN`s before ready). */
  update(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): StochValue {
    return this.step(bar, this.count++, false)
  }

  /** Revises the last bar; throws `INVALID_STATE` before any update. */
  replace(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): StochValue {
    if (this.count === 0) throw noBarToReplace('STOCH')
    return this.step(bar, this.count - 1, true)
  }

  private step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>, i: number, revise: boolean): StochValue {
    const k = revise ? this.fastK.replace(bar) : this.fastK.update(bar)
    if (i < this.lb.k) return { slowK: Number.NaN, slowD: Number.NaN }
    const sk = revise ? this.slowKMa.replace(k) : this.slowKMa.update(k)
    if (i < this.lb.sk) return { slowK: Number.NaN, slowD: Number.NaN }
    const sd = revise ? this.slowDMa.replace(sk) : this.slowDMa.update(sk)
    if (i < this.lb.total) return { slowK: Number.NaN, slowD: Number.NaN }
    return { slowK: sk, slowD: sd }
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.count = 0
    this.fastK.reset()
    this.slowKMa.reset()
    this.slowDMa.reset()
  }

  /** JSON-safe state. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('STOCH', 1, { ...this.config }, this, FIELDS)
  }

  /** Restores a snapshot of the same class and options. */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'STOCH', 1, { ...this.config }, this, FIELDS)
  }
}
