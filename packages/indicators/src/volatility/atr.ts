import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { trueRange } from './trange.js'

/** Options of {@link atr}, {@link ATR}, {@link natr} and {@link NATR}. */
export interface AtrOptions {
  /** Wilder smoothing period, integer in [1, 100000] (`1` returns the true range). Default `14` (TA-Lib's). */
  period?: number
}

/** @internal */
export function atrPeriod(options: AtrOptions): number {
  return checkPeriod('period', options.period ?? 14, 1)
}

/**
 * Number of leading bars {@link atr} leaves `NaN`: `period` (`1` when `period` is 1).
 *
 * @param options - See {@link AtrOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000].
 * @example
 * ```ts
 * import { atrLookback } from '@aitrade/indicators'
 * atrLookback({ period: 14 }) // 14
 * ```
 * @see TA-Lib `TA_ATR_Lookback`.
 */
export function atrLookback(options: AtrOptions = {}): number {
  return atrPeriod(options)
}

/**
 * ATR kernel (TA-Lib `TA_ATR`): writes the ATR, or `(ATR / close) · 100` when `normalize`, at `period .. n-1`.
 * @internal
 */
export function atrInto(
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  close: ArrayLike<number>,
  n: number,
  period: number,
  normalize: boolean,
  out: Float64Array,
): void {
  out.fill(Number.NaN, 0, Math.min(n, period))
  if (period === 1) {
    for (let i = 1; i < n; i++) out[i] = trueRange(high[i] as number, low[i] as number, close[i - 1] as number)
    return
  }
  if (period >= n) return
  let sum = 0
  for (let i = 1; i <= period; i++) sum += trueRange(high[i] as number, low[i] as number, close[i - 1] as number)
  let v = sum / period
  out[period] = normalize ? natrOf(v, close[period] as number) : v
  const pm1 = period - 1
  let prevClose = close[period] as number
  if (normalize) {
    for (let i = period + 1; i < n; i++) {
      const c = close[i] as number
      v = (v * pm1 + trueRange(high[i] as number, low[i] as number, prevClose)) / period
      prevClose = c
      out[i] = natrOf(v, c)
    }
    return
  }
  for (let i = period + 1; i < n; i++) {
    v = (v * pm1 + trueRange(high[i] as number, low[i] as number, prevClose)) / period
    prevClose = close[i] as number
    out[i] = v
  }
}

/**
 * `(atr / close) · 100`, or `0` when `close` is within 1e-14 of zero (TA-Lib's `TA_IS_ZERO`).
 * @internal
 */
export function natrOf(atrValue: number, close: number): number {
  return -1e-14 < close && close < 1e-14 ? 0 : (atrValue / close) * 100
}

/**
 * Average true range (TA-Lib `ATR`, Wilder 1978): the first value is the SMA of the first `period` true ranges
 * (bars 1..period), then Wilder's smoothing `atr = (atr · (period − 1) + tr) / period`.
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param bars - `high`, `low`, `close` arrays of equal length, oldest first.
 * @param options - `period` (default 14) and an optional `out` buffer; see {@link AtrOptions}.
 * @returns A `Float64Array` of the input's length, in price units; the first {@link atrLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000],
 *   naming the field when the arrays' lengths differ, or `out` when it is too short.
 * @example
 * ```ts
 * import { atr } from '@aitrade/indicators'
 * atr({ high: [10, 12, 13], low: [9, 11, 11], close: [9.5, 11.5, 12] }, { period: 2 }) // [NaN, NaN, 2.25]
 * ```
 * @see TA-Lib `TA_ATR` (ta_ATR.c); J. W. Wilder, "New Concepts in Technical Trading Systems", 1978.
 */
export function atr(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: AtrOptions & OutputOptions = {},
): Float64Array {
  const period = atrPeriod(options)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const out = outputBuffer(n, options.out)
  atrInto(bars.high, bars.low, bars.close, n, period, false, out)
  return out
}

const FIELDS = ['count', 'prevClose', 'sum', 'value', 'pCount', 'pPrevClose', 'pSum', 'pValue'] as const

/**
 * Streaming ATR core shared by {@link ATR} and `NATR`.
 * @internal
 */
export class AtrStream implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close'>, number> {
  readonly lookback: number
  private readonly period: number
  private readonly normalize: boolean
  private readonly name: string
  private count = 0
  private prevClose = Number.NaN
  private sum = 0
  private value = Number.NaN
  private pCount = -1
  private pPrevClose = Number.NaN
  private pSum = 0
  private pValue = Number.NaN

  constructor(name: string, options: AtrOptions, normalize: boolean) {
    this.name = name
    this.period = atrPeriod(options)
    this.lookback = this.period
    this.normalize = normalize
  }

  get isReady(): boolean {
    return this.count > this.period
  }

  update(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    this.pCount = this.count
    this.pPrevClose = this.prevClose
    this.pSum = this.sum
    this.pValue = this.value
    return this.step(bar)
  }

  replace(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    if (this.pCount < 0) throw noBarToReplace(this.name)
    this.count = this.pCount
    this.prevClose = this.pPrevClose
    this.sum = this.pSum
    this.value = this.pValue
    return this.step(bar)
  }

  private step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    const p = this.period
    const count = this.count
    const prevClose = this.prevClose
    this.prevClose = bar.close
    if (count > p && p !== 1) {
      // steady state first: Wilder's smoothing
      const v = (this.value * (p - 1) + trueRange(bar.high, bar.low, prevClose)) / p
      this.value = v
      return this.normalize ? natrOf(v, bar.close) : v
    }
    if (count === 0) {
      this.count = 1
      return Number.NaN
    }
    const tr = trueRange(bar.high, bar.low, prevClose)
    if (p === 1) {
      this.count = 2
      return tr
    }
    this.sum += tr
    this.count = count + 1
    if (count < p) return Number.NaN
    const v = this.sum / p
    this.value = v
    return this.normalize ? natrOf(v, bar.close) : v
  }

  reset(): void {
    this.count = 0
    this.prevClose = Number.NaN
    this.sum = 0
    this.value = Number.NaN
    this.pCount = -1
  }

  snapshot(): IndicatorSnapshot {
    return makeSnapshot(this.name, 1, { period: this.period }, this, FIELDS)
  }

  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, this.name, 1, { period: this.period }, this, FIELDS)
  }
}

/**
 * Streaming average true range (TA-Lib `ATR`), O(1) per update; outputs equal {@link atr}'s exactly.
 *
 * @example
 * ```ts
 * import { ATR } from '@aitrade/indicators'
 * const a = new ATR({ period: 2 })
 * a.update({ high: 10, low: 9, close: 9.5 })
 * a.update({ high: 12, low: 11, close: 11.5 })
 * a.update({ high: 13, low: 11, close: 12 }) // 2.25
 * ```
 * @see TA-Lib `TA_ATR` (ta_ATR.c).
 */
export class ATR extends AtrStream {
  /**
   * @param options - See {@link AtrOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000].
   */
  constructor(options: AtrOptions = {}) {
    super('ATR', options, false)
  }
}
