import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, checkReal, outputBuffer } from '../validate.js'
import { ATR, atr } from '../volatility/atr.js'

/** Options of {@link superTrend} and {@link SUPERTREND}. */
export interface SuperTrendOptions {
  /** ATR period, integer ≥ 1. Default `10`. */
  period?: number
  /** ATR multiple of the band distance from the median price, > 0. Default `3`. */
  multiplier?: number
}

/** Optional output buffers of {@link superTrend}. */
export interface SuperTrendBuffers {
  /** Buffer for {@link SuperTrendOutput.superTrend}. */
  outSuperTrend?: Float64Array
  /** Buffer for {@link SuperTrendOutput.direction}. */
  outDirection?: Float64Array
}

/** Output of {@link superTrend}: arrays of the input's length. */
export interface SuperTrendOutput {
  /** The SuperTrend line (the active band), price units. */
  superTrend: Float64Array
  /** `1` in an up-trend (line below price, the lower band), `-1` in a down-trend; `NaN` during warm-up. */
  direction: Float64Array
}

/** One streaming SuperTrend value. */
export interface SuperTrendValue {
  /** The SuperTrend line. */
  superTrend: number
  /** `1` up, `-1` down. */
  direction: number
}

type SuperTrendConfig = Required<SuperTrendOptions>

function superTrendConfig(options: SuperTrendOptions): SuperTrendConfig {
  return {
    period: checkPeriod('period', options.period ?? 10, 1),
    multiplier: checkReal('multiplier', options.multiplier ?? 3, Number.MIN_VALUE),
  }
}

/**
 * Lookback of {@link superTrend}: `period` (the ATR's lookback).
 * @param options - As for {@link superTrend}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad option.
 * @example
 * ```ts
 * import { superTrendLookback } from '@aitrade/indicators'
 *
 * superTrendLookback() // 10
 * ```
 * @see {@link superTrend} for the formula and its source.
 */
export function superTrendLookback(options: SuperTrendOptions = {}): number {
  return superTrendConfig(options).period
}

/**
 * The band recursion shared by the batch and streaming forms. State `st`: `[upper, lower, direction, close]`
 * of the previous bar (`NaN` before the first defined bar). Writes the new state and returns the line.
 */
function advance(
  st: Float64Array,
  high: number,
  low: number,
  close: number,
  range: number,
  multiplier: number,
): number {
  const mid = (high + low) / 2
  if (Number.isNaN(mid) || Number.isNaN(close) || Number.isNaN(range)) {
    // a NaN bar: no band, no trend (and the ATR recursion keeps every later range NaN)
    st.fill(Number.NaN)
    return Number.NaN
  }
  let upper = mid + multiplier * range
  let lower = mid - multiplier * range
  const pUpper = st[0] as number
  const pLower = st[1] as number
  const pDir = st[2] as number
  const pClose = st[3] as number
  let dir: number
  if (Number.isNaN(pDir)) {
    // first defined bar: TradingView's ta.supertrend starts in a down-trend on the upper band
    dir = -1
  } else {
    if (!(lower > pLower || pClose < pLower)) lower = pLower
    if (!(upper < pUpper || pClose > pUpper)) upper = pUpper
    dir = pDir === -1 ? (close > upper ? 1 : -1) : close < lower ? -1 : 1
  }
  st[0] = upper
  st[1] = lower
  st[2] = dir
  st[3] = close
  return dir === 1 ? lower : upper
}

/**
 * SuperTrend: bands `hl2 ± multiplier · ATR(period)` that only tighten while price stays inside them
 * (`lower = max(lower, previous lower)` unless the previous close fell below the previous lower band, and the
 * mirror rule for `upper`); the trend flips up when the close crosses above the upper band and down when it
 * crosses below the lower band, and the line is the lower band in an up-trend, the upper band in a down-trend.
 * This is TradingView's `ta.supertrend` recursion (first bar: down-trend); the ATR is TA-Lib's Wilder ATR,
 * which TradingView seeds one bar differently, so its first values differ slightly before they converge.
 * A `NaN` input makes the ATR, and so both outputs, `NaN` from that bar on.
 *
 * @param bars - High, low, close of equal lengths.
 * @param options - `period` (10), `multiplier` (3) and optional output buffers.
 * @returns `{ superTrend, direction }`, input length; the first `period` values `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad option or short buffer.
 *
 * @example
 * ```ts
 * import { superTrend } from '@aitrade/indicators'
 *
 * const bars = { high: [11, 12, 20], low: [9, 10, 18], close: [10, 11, 19] }
 * const st = superTrend(bars, { period: 1, multiplier: 1 })
 * st.superTrend[1] // 13 = hl2 11 + TR 2 (down-trend: upper band)
 * st.direction[2] // 1: the close 19 broke above the upper band 13
 * ```
 * @see Olivier Seban, SuperTrend (*Super Trend* indicator, 2000s, popularised in his books on trend trading);
 *   TradingView Pine reference, `ta.supertrend`.
 */
export function superTrend(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: SuperTrendOptions & SuperTrendBuffers = {},
): SuperTrendOutput {
  const { period, multiplier } = superTrendConfig(options)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const line = atr(bars, { period, out: outputBuffer(n, options.outSuperTrend, 'outSuperTrend') })
  const direction = outputBuffer(n, options.outDirection, 'outDirection')
  direction.fill(Number.NaN, 0, Math.min(n, period))
  const st = new Float64Array(4).fill(Number.NaN)
  const { high, low, close } = bars
  for (let i = period; i < n; i++) {
    line[i] = advance(st, high[i] as number, low[i] as number, close[i] as number, line[i] as number, multiplier)
    direction[i] = st[2] as number
  }
  return { superTrend: line, direction }
}

const FIELDS = ['st', 'prev', 'atr'] as const

/**
 * Streaming {@link superTrend}: O(1) per bar; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { SUPERTREND } from '@aitrade/indicators'
 *
 * const st = new SUPERTREND({ period: 1, multiplier: 1 })
 * st.update({ high: 11, low: 9, close: 10 })
 * st.update({ high: 12, low: 10, close: 11 }) // { superTrend: 13, direction: -1 }
 * ```
 * @see {@link superTrend} for the rule and sources.
 */
export class SUPERTREND implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close'>, SuperTrendValue> {
  /** `period`. */
  readonly lookback: number
  private readonly cfg: SuperTrendConfig
  private readonly atr: ATR
  private readonly st = new Float64Array(4).fill(Number.NaN)
  private readonly prev = new Float64Array(4).fill(Number.NaN)
  private started = false

  /**
   * @param options - See {@link SuperTrendOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad option.
   */
  constructor(options: SuperTrendOptions = {}) {
    this.cfg = superTrendConfig(options)
    this.lookback = this.cfg.period
    this.atr = new ATR({ period: this.cfg.period })
  }

  /** `true` once the ATR is defined. */
  get isReady(): boolean {
    return this.atr.isReady
  }

  /**
   * Consumes the next bar.
   * @param bar - High, low, close.
   * @returns `{ superTrend, direction }`, `NaN`s before ready.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): SuperTrendValue {
    this.started = true
    this.prev.set(this.st)
    return this.step(bar, this.atr.update(bar))
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised value.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): SuperTrendValue {
    if (!this.started) throw noBarToReplace('SUPERTREND')
    this.st.set(this.prev)
    return this.step(bar, this.atr.replace(bar))
  }

  private step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>, range: number): SuperTrendValue {
    if (!this.atr.isReady) return { superTrend: Number.NaN, direction: Number.NaN }
    const line = advance(this.st, bar.high, bar.low, bar.close, range, this.cfg.multiplier)
    return { superTrend: line, direction: this.st[2] as number }
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.started = false
    this.st.fill(Number.NaN)
    this.prev.fill(Number.NaN)
    this.atr.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('SUPERTREND', 1, this.cfg, this, [...FIELDS, 'started'])
  }

  /**
   * @param snapshot - A snapshot of a `SUPERTREND` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'SUPERTREND', 1, this.cfg, this, [...FIELDS, 'started'])
  }
}
