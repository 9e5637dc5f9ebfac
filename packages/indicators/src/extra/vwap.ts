import { InvalidArgumentError } from '@aitrade/core'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { checkAnchor, type PeriodAnchor, periodKey, utcOffsetMs } from './periodKey.js'

/** Bars accepted by {@link vwap}: high, low, close, volume and, for a calendar anchor, bar open `time` (epoch ms UTC). */
export type VwapInput = Pick<OhlcvInput, 'high' | 'low' | 'close' | 'volume'> & { readonly time?: ArrayLike<number> }

/** One bar for {@link VWAP}: high, low, close, volume, and `time` (epoch ms UTC) for a calendar anchor. */
export type VwapBar = Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'> & { readonly time?: number }

/** Options of {@link vwap} and {@link VWAP}. */
export interface VwapOptions extends OutputOptions {
  /**
   * Session anchor: the sums restart at each new local day, ISO week (Monday) or month, read from `time`;
   * `'none'` accumulates from the first bar (an anchored VWAP from the start of the data). Default `'day'`.
   * Not allowed together with `period`.
   */
  anchor?: 'none' | PeriodAnchor
  /** Session time zone as minutes east of UTC (e.g. `-300` for New York winter time, `60` for CET). Default `0`. Fixed: no daylight-saving switch. */
  utcOffset?: number
  /** Rolling VWAP over the last `period` bars instead of a session anchor (integer ≥ 1). */
  period?: number
}

interface VwapConfig {
  period: number
  anchor: 'none' | PeriodAnchor
  offsetMs: number
  options: Record<string, unknown>
}

function vwapConfig(options: VwapOptions): VwapConfig {
  if (options.period !== undefined) {
    if (options.anchor !== undefined)
      throw new InvalidArgumentError('anchor', 'cannot be combined with period (rolling VWAP)')
    const period = checkPeriod('period', options.period, 1)
    return { period, anchor: 'none', offsetMs: 0, options: { period } }
  }
  const anchor = checkAnchor(options.anchor ?? 'day', ['none', 'day', 'week', 'month'])
  const utcOffset = options.utcOffset ?? 0
  return { period: 0, anchor, offsetMs: utcOffsetMs(utcOffset), options: { anchor, utcOffset } }
}

/**
 * Lookback of {@link vwap}: `period - 1` for a rolling VWAP, `0` for a session-anchored one.
 * @param options - As for {@link vwap}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad option.
 * @example
 * ```ts
 * import { vwapLookback } from '@aitrade/indicators'
 *
 * vwapLookback() // 0
 * ```
 * @see {@link vwap} for the formula and its source.
 */
export function vwapLookback(options: VwapOptions = {}): number {
  const c = vwapConfig(options)
  return c.period > 0 ? c.period - 1 : 0
}

/**
 * Volume-weighted average price of the typical price `(high + low + close) / 3`:
 * `VWAP = Σ(typical × volume) / Σ(volume)`, summed since the start of the current session (anchored) or
 * over the last `period` bars (rolling). Where the summed volume is `0` the result is `NaN`. A `NaN` input
 * makes the output `NaN` until the sums restart (next session; the rolling form keeps running sums, so a
 * `NaN` stays in them).
 *
 * @param bars - High, low, close, volume (and `time` for a calendar anchor), equal lengths.
 * @param options - `anchor` (`'day'` default, `'week'`, `'month'`, `'none'`) with `utcOffset` minutes, or `period`.
 * @returns VWAP in price units, input length; `NaN` for the first `period - 1` bars of a rolling VWAP.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a missing `time`
 *   for a calendar anchor, or a bad option.
 *
 * @example
 * ```ts
 * import { vwap } from '@aitrade/indicators'
 *
 * const day = 86_400_000
 * const bars = { time: [0, 3_600_000, day], high: [11, 12, 20], low: [9, 10, 18], close: [10, 11, 19], volume: [1, 3, 2] }
 * Array.from(vwap(bars)) // [10, 10.75, 19]: the third bar opens a new UTC day
 * ```
 * @see StockCharts ChartSchool, "Volume-Weighted Average Price (VWAP)"; TradingView Pine `ta.vwap` and
 *   the "Anchored VWAP" help page (session/week/month anchors).
 */
export function vwap(bars: VwapInput, options: VwapOptions = {}): Float64Array {
  const c = vwapConfig(options)
  const needsTime = c.period === 0 && c.anchor !== 'none'
  const n = needsTime
    ? checkBars(bars as Required<VwapInput>, ['high', 'low', 'close', 'volume', 'time'])
    : checkBars(bars, ['high', 'low', 'close', 'volume'])
  const out = outputBuffer(n, options.out)
  const { high, low, close, volume } = bars
  let spv = 0
  let sv = 0
  if (c.period > 0) {
    const p = c.period
    for (let i = 0; i < n; i++) {
      const v = volume[i] as number
      spv += (((high[i] as number) + (low[i] as number) + (close[i] as number)) / 3) * v
      sv += v
      if (i >= p) {
        const j = i - p
        const vo = volume[j] as number
        spv -= (((high[j] as number) + (low[j] as number) + (close[j] as number)) / 3) * vo
        sv -= vo
      }
      out[i] = i >= p - 1 && sv > 0 ? spv / sv : Number.NaN
    }
    return out
  }
  const time = bars.time as ArrayLike<number>
  let key = Number.NaN
  for (let i = 0; i < n; i++) {
    if (needsTime) {
      const k = periodKey(time[i] as number, c.anchor as PeriodAnchor, c.offsetMs)
      if (k !== key) {
        key = k
        spv = 0
        sv = 0
      }
    }
    const v = volume[i] as number
    spv += (((high[i] as number) + (low[i] as number) + (close[i] as number)) / 3) * v
    sv += v
    out[i] = sv > 0 ? spv / sv : Number.NaN
  }
  return out
}

const STATE = ['n', 'key', 'spv', 'sv', 'pvs', 'vs', 'bKey', 'bSpv', 'bSv', 'bPv', 'bV'] as const

/**
 * Streaming {@link vwap}: O(1) per bar, anchored or rolling. Equals the batch output bar by bar.
 *
 * @example
 * ```ts
 * import { VWAP } from '@aitrade/indicators'
 *
 * const v = new VWAP({ anchor: 'day' })
 * v.update({ time: 0, high: 11, low: 9, close: 10, volume: 1 }) // 10
 * v.update({ time: 3_600_000, high: 12, low: 10, close: 11, volume: 3 }) // 10.75
 * ```
 * @see {@link vwap} for the formula and sources.
 */
export class VWAP implements StreamingIndicator<VwapBar, number> {
  /** Bars consumed before the first defined output. */
  readonly lookback: number
  private readonly cfg: VwapConfig
  private n = 0
  private key = Number.NaN
  private spv = 0
  private sv = 0
  private readonly pvs: Float64Array
  private readonly vs: Float64Array
  private bKey = Number.NaN
  private bSpv = 0
  private bSv = 0
  private bPv = 0
  private bV = 0

  /**
   * @param options - As for {@link vwap} (without `out`).
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad option.
   */
  constructor(options: Omit<VwapOptions, 'out'> = {}) {
    this.cfg = vwapConfig(options)
    this.lookback = this.cfg.period > 0 ? this.cfg.period - 1 : 0
    this.pvs = new Float64Array(this.cfg.period)
    this.vs = new Float64Array(this.cfg.period)
  }

  /** `true` once an output is defined. */
  get isReady(): boolean {
    return this.n > this.lookback
  }

  /**
   * Consumes the next bar.
   * @param bar - High, low, close, volume; `time` (epoch ms UTC) when anchored to a calendar period.
   * @returns The VWAP including this bar (`NaN` before ready or while the summed volume is 0).
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `time` is missing for a calendar anchor.
   */
  update(bar: VwapBar): number {
    this.bKey = this.key
    this.bSpv = this.spv
    this.bSv = this.sv
    if (this.cfg.period > 0) {
      const slot = this.n % this.cfg.period
      this.bPv = this.pvs[slot] as number
      this.bV = this.vs[slot] as number
    }
    this.n++
    return this.step(bar)
  }

  /**
   * Revises the last bar consumed (the still-forming bar).
   * @param bar - The revised bar.
   * @returns The revised VWAP.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any `update()`.
   */
  replace(bar: VwapBar): number {
    if (this.n === 0) throw noBarToReplace('VWAP')
    this.key = this.bKey
    this.spv = this.bSpv
    this.sv = this.bSv
    if (this.cfg.period > 0) {
      const slot = (this.n - 1) % this.cfg.period
      this.pvs[slot] = this.bPv
      this.vs[slot] = this.bV
    }
    return this.step(bar)
  }

  private step(bar: VwapBar): number {
    const c = this.cfg
    const i = this.n - 1
    const pv = ((bar.high + bar.low + bar.close) / 3) * bar.volume
    if (c.period > 0) {
      const slot = i % c.period
      this.spv += pv
      this.sv += bar.volume
      if (i >= c.period) {
        this.spv -= this.pvs[slot] as number
        this.sv -= this.vs[slot] as number
      }
      this.pvs[slot] = pv
      this.vs[slot] = bar.volume
      return i >= c.period - 1 && this.sv > 0 ? this.spv / this.sv : Number.NaN
    }
    if (c.anchor !== 'none') {
      if (typeof bar.time !== 'number')
        throw new InvalidArgumentError('bar.time', `is required for anchor '${c.anchor}'`)
      const k = periodKey(bar.time, c.anchor, c.offsetMs)
      if (k !== this.key) {
        this.key = k
        this.spv = 0
        this.sv = 0
      }
    }
    this.spv += pv
    this.sv += bar.volume
    return this.sv > 0 ? this.spv / this.sv : Number.NaN
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.n = 0
    this.key = Number.NaN
    this.spv = 0
    this.sv = 0
    this.pvs.fill(0)
    this.vs.fill(0)
  }

  /** JSON-safe state. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('VWAP', 1, this.cfg.options, this, STATE)
  }

  /**
   * Restores a state from {@link VWAP.snapshot}.
   * @param snapshot - A snapshot of a `VWAP` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the mismatching snapshot field.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'VWAP', 1, this.cfg.options, this, STATE)
  }
}
