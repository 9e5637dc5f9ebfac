import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'
import { RSI, rsi } from './rsi.js'
import {
  StochFCore,
  type StochFOptions,
  type StochFOutput,
  type StochFOutputOptions,
  type StochFValue,
  stochFParams,
  stochFRange,
  stochFTotalLookback,
} from './stochF.js'

/** Parameters of {@link stochRsi} and {@link STOCHRSI}. */
export interface StochRsiOptions extends StochFOptions {
  /** RSI period, integer ≥ 2. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

function stochRsiParams(o: StochRsiOptions) {
  return { period: checkPeriod('period', o.period ?? 14, 2), ...stochFParams(o) }
}

/**
 * Lookback of {@link stochRsi}: `period` (RSI) plus {@link stochFLookback} of the stochastic stage.
 *
 * @param options - {@link StochRsiOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of range.
 * @example
 * ```ts
 * import { stochRsiLookback } from '@aitrade/indicators'
 * stochRsiLookback({ period: 14, fastKPeriod: 5, fastDPeriod: 3 }) // 20
 * ```
 * @see TA-Lib `TA_STOCHRSI_Lookback`.
 */
export function stochRsiLookback(options: StochRsiOptions = {}): number {
  const c = stochRsiParams(options)
  return c.period + stochFTotalLookback(c)
}

/**
 * Stochastic RSI (TA-Lib `STOCHRSI`): {@link stochF} applied to the {@link rsi} series (RSI as high, low and
 * close): `fastK = 100 · (RSI − min RSI) / (max RSI − min RSI)` over `fastKPeriod` bars, `fastD = MA(fastK)`.
 *
 * @param values - Prices (e.g. closes), oldest first. A `NaN` propagates as in TA-Lib.
 * @param options - {@link StochRsiOptions} and {@link StochFOutputOptions}.
 * @returns `{ fastK, fastD }`, `Float64Array`s of the input's length in `[0, 100]`, `NaN` for the first
 *   {@link stochRsiLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of
 *   range, when `values` is not array-like or a buffer is too short.
 * @example
 * ```ts
 * import { stochRsi } from '@aitrade/indicators'
 * const close = Array.from({ length: 60 }, (_, i) => 100 + i * 0.5 + 5 * Math.sin(i / 3))
 * stochRsi(close, { period: 14, fastKPeriod: 5, fastDPeriod: 3 }).fastK[59] // 100
 * ```
 * @see TA-Lib `TA_STOCHRSI` (ta_STOCHRSI.c); Tushar Chande & Stanley Kroll, *The New Technical Trader* (1994).
 */
export function stochRsi(values: ArrayLike<number>, options: StochRsiOptions & StochFOutputOptions = {}): StochFOutput {
  const c = stochRsiParams(options)
  const n = checkSeries('values', values)
  const r = {
    fastK: outputBuffer(n, options.outFastK, 'outFastK'),
    fastD: outputBuffer(n, options.outFastD, 'outFastD'),
  }
  const base = rsi(values, { period: c.period })
  return stochFRange(base, base, base, c.period, n, c, r)
}

const FIELDS = ['count', 'rsi', 'fastK', 'fastDMa'] as const

/**
 * Streaming {@link stochRsi}: O(1) amortised per update for the O(1) average types; returns a new
 * `{ fastK, fastD }`; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { STOCHRSI } from '@aitrade/indicators'
 * const ind = new STOCHRSI({ period: 14, fastKPeriod: 5, fastDPeriod: 3 })
 * ind.update(101.5).fastK // NaN until 21 values
 * ```
 * @see {@link stochRsi} for the formula.
 */
export class STOCHRSI implements StreamingIndicator<number, StochFValue> {
  readonly lookback: number
  private readonly config: ReturnType<typeof stochRsiParams>
  private count = 0
  private readonly rsi: RSI
  private readonly core: StochFCore
  private readonly fastK: StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close'>, number>
  private readonly fastDMa: StreamingIndicator<number, number>
  private readonly bar = { high: 0, low: 0, close: 0 }

  /**
   * @param options - {@link StochRsiOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the period or MA type that is out of range.
   */
  constructor(options: StochRsiOptions = {}) {
    this.config = stochRsiParams(options)
    this.rsi = new RSI({ period: this.config.period })
    this.core = new StochFCore(this.config)
    this.fastK = this.core.fastK
    this.fastDMa = this.core.fastDMa
    this.lookback = this.config.period + this.core.lookback
  }

  /** `true` once more than `lookback` values were consumed. */
  get isReady(): boolean {
    return this.count > this.lookback
  }

  /** Consumes the next value; returns `{ fastK, fastD }` (`NaN`s before ready). */
  update(value: number): StochFValue {
    return this.step(value, this.count++, false)
  }

  /** Revises the last value; throws `INVALID_STATE` before any update. */
  replace(value: number): StochFValue {
    if (this.count === 0) throw noBarToReplace('STOCHRSI')
    return this.step(value, this.count - 1, true)
  }

  private step(value: number, i: number, revise: boolean): StochFValue {
    const r = revise ? this.rsi.replace(value) : this.rsi.update(value)
    const p = this.config.period
    if (i < p) return { fastK: Number.NaN, fastD: Number.NaN }
    this.bar.high = r
    this.bar.low = r
    this.bar.close = r
    return this.core.step(this.bar, i - p, revise)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.count = 0
    this.rsi.reset()
    this.core.reset()
  }

  /** JSON-safe state. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('STOCHRSI', 1, { ...this.config }, this, FIELDS)
  }

  /** Restores a snapshot of the same class and options. */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'STOCHRSI', 1, { ...this.config }, this, FIELDS)
  }
}
