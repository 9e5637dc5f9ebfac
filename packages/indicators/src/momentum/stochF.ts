import { checkMaType, createMa, type MaType, maRange, maTypeLookback } from '../overlap/ma.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { FastKStream, fastKRange } from './fastK.js'

/** Parameters of {@link stochF} and {@link STOCHF}. */
export interface StochFOptions {
  /** %K window in bars, integer ≥ 1. Default `5` (TA-Lib `optInFastK_Period`). */
  fastKPeriod?: number
  /** Smoothing of %K into %D, integer ≥ 1. Default `3` (TA-Lib `optInFastD_Period`). */
  fastDPeriod?: number
  /** Average type of %D ({@link MaType}). Default `0` SMA (TA-Lib `optInFastD_MAType`). */
  fastDMaType?: MaType
}

/** Optional preallocated output buffers of {@link stochF}. */
export interface StochFOutputOptions {
  /** Buffer for `fastK`, at least the input's length. */
  outFastK?: Float64Array
  /** Buffer for `fastD`, at least the input's length. */
  outFastD?: Float64Array
}

/** Result of {@link stochF} and {@link stochRsi} (TA-Lib `outFastK`, `outFastD`). */
export interface StochFOutput {
  /** Fast %K, in `[0, 100]`. */
  fastK: Float64Array
  /** Fast %D: the average of fast %K, in `[0, 100]`. */
  fastD: Float64Array
}

/** One streaming output of {@link STOCHF} and {@link STOCHRSI}. */
export interface StochFValue {
  /** Fast %K. */
  fastK: number
  /** Fast %D. */
  fastD: number
}

interface StochFConfig {
  fastKPeriod: number
  fastDPeriod: number
  fastDMaType: MaType
}

/** Validated options. @internal */
export function stochFParams(o: StochFOptions): StochFConfig {
  return {
    fastKPeriod: checkPeriod('fastKPeriod', o.fastKPeriod ?? 5, 1),
    fastDPeriod: checkPeriod('fastDPeriod', o.fastDPeriod ?? 3, 1),
    fastDMaType: checkMaType('fastDMaType', o.fastDMaType ?? 0),
  }
}

/** Lookback of STOCHF for validated options. @internal */
export function stochFTotalLookback(c: StochFConfig): number {
  return c.fastKPeriod - 1 + maTypeLookback(c.fastDPeriod, c.fastDMaType)
}

/**
 * STOCHF over `[from, n)` of the given series into `fastK`/`fastD`, with `NaN` before `from + lookback`. @internal
 */
export function stochFRange(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  from: number,
  n: number,
  c: StochFConfig,
  r: StochFOutput,
): StochFOutput {
  const total = from + stochFTotalLookback(c)
  if (n > total) {
    fastKRange(high, low, close, from, n, c.fastKPeriod, r.fastK)
    maRange(r.fastK, from + c.fastKPeriod - 1, n, c.fastDPeriod, c.fastDMaType, r.fastD)
  }
  r.fastK.fill(Number.NaN, 0, Math.min(n, total))
  r.fastD.fill(Number.NaN, 0, Math.min(n, total))
  return r
}

/**
 * Lookback of {@link stochF}: `fastKPeriod − 1` plus the %D average's lookback.
 *
 * @param options - {@link StochFOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of range.
 * @example
 * ```ts
 * import { stochFLookback } from '@aitrade/indicators'
 * stochFLookback({ fastKPeriod: 5, fastDPeriod: 3 }) // 6
 * ```
 * @see TA-Lib `TA_STOCHF_Lookback`.
 */
export function stochFLookback(options: StochFOptions = {}): number {
  return stochFTotalLookback(stochFParams(options))
}

/**
 * Stochastic oscillator, fast (TA-Lib `STOCHF`): `%K = 100 · (close − LL) / (HH − LL)` over `fastKPeriod` bars
 * (`0` for a flat window) and `%D = MA(%K, fastDPeriod)`.
 *
 * @param bars - `high`, `low` and `close` arrays of equal length, oldest first. A `NaN` gives the outputs TA-Lib gives (tested against it).
 * @param options - {@link StochFOptions} and {@link StochFOutputOptions}.
 * @returns `{ fastK, fastD }`, `Float64Array`s of the input's length in `[0, 100]`, `NaN` for the first
 *   {@link stochFLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of
 *   range, a field that is missing or of a different length (`bars.<field>`), or a buffer that is too short.
 * @example
 * ```ts
 * import { stochF } from '@aitrade/indicators'
 * const bars = {
 *   high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5],
 *   low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4],
 *   close: [9.5, 10.9, 11.8, 10.6, 12.8, 12.1, 13.7, 12.5, 11.2, 12.3],
 * }
 * stochF(bars, { fastKPeriod: 5, fastDPeriod: 3 }).fastK[9] // ≈ 43.333
 * ```
 * @see TA-Lib `TA_STOCHF` (ta_STOCHF.c); George C. Lane, "Lane's Stochastics", *Technical Analysis of Stocks &
 *   Commodities* (1984).
 */
export function stochF(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: StochFOptions & StochFOutputOptions = {},
): StochFOutput {
  const c = stochFParams(options)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const r = {
    fastK: outputBuffer(n, options.outFastK, 'outFastK'),
    fastD: outputBuffer(n, options.outFastD, 'outFastD'),
  }
  return stochFRange(bars.high, bars.low, bars.close, 0, n, c, r)
}

const FIELDS = ['count', 'fastK', 'fastDMa'] as const

/**
 * Streaming fast stochastic over bars; also the second stage of {@link STOCHRSI}. @internal
 */
export class StochFCore {
  readonly lookback: number
  readonly fastK: FastKStream
  readonly fastDMa: StreamingIndicator<number, number>
  private readonly kLookback: number

  constructor(c: StochFConfig) {
    this.lookback = stochFTotalLookback(c)
    this.kLookback = c.fastKPeriod - 1
    this.fastK = new FastKStream(c.fastKPeriod)
    this.fastDMa = createMa(c.fastDMaType, c.fastDPeriod)
  }

  /** Steps bar number `i` (0-based, counted by the caller) through %K and %D. */
  step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>, i: number, revise: boolean): StochFValue {
    const k = revise ? this.fastK.replace(bar) : this.fastK.update(bar)
    if (i < this.kLookback) return { fastK: Number.NaN, fastD: Number.NaN }
    const d = revise ? this.fastDMa.replace(k) : this.fastDMa.update(k)
    if (i < this.lookback) return { fastK: Number.NaN, fastD: Number.NaN }
    return { fastK: k, fastD: d }
  }

  reset(): void {
    this.fastK.reset()
    this.fastDMa.reset()
  }
}

/**
 * Streaming {@link stochF}: amortised O(1) per update for the O(1) average types; returns a new `{ fastK, fastD }`;
 * `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { STOCHF } from '@aitrade/indicators'
 * const ind = new STOCHF({ fastKPeriod: 14, fastDPeriod: 3 })
 * ind.update({ high: 10, low: 9, close: 9.5 }).fastK // NaN until ready
 * ```
 * @see {@link stochF} for the formula.
 */
export class STOCHF implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close'>, StochFValue> {
  readonly lookback: number
  private readonly config: StochFConfig
  private readonly core: StochFCore
  private count = 0
  private readonly fastK: FastKStream
  private readonly fastDMa: StreamingIndicator<number, number>

  /**
   * @param options - {@link StochFOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of range.
   */
  constructor(options: StochFOptions = {}) {
    this.config = stochFParams(options)
    this.core = new StochFCore(this.config)
    this.lookback = this.core.lookback
    this.fastK = this.core.fastK
    this.fastDMa = this.core.fastDMa
  }

  /** `true` once more than `lookback` bars were consumed. */
  get isReady(): boolean {
    return this.count > this.lookback
  }

  /** Consumes the next bar; returns `{ fastK, fastD }` (`NaN`s before ready). */
  update(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): StochFValue {
    return this.core.step(bar, this.count++, false)
  }

  /** Revises the last bar; throws `INVALID_STATE` before any update. */
  replace(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): StochFValue {
    if (this.count === 0) throw noBarToReplace('STOCHF')
    return this.core.step(bar, this.count - 1, true)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.count = 0
    this.core.reset()
  }

  /** JSON-safe state. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('STOCHF', 1, { ...this.config }, this, FIELDS)
  }

  /** Restores a snapshot of the same class and options. */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'STOCHF', 1, { ...this.config }, this, FIELDS)
  }
}
