import { extremeRange, WindowExtreme } from '../statistic/windowExtreme.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { trueRange } from '../volatility/trange.js'

/** Options of {@link choppiness} and {@link CHOP}. */
export interface ChoppinessOptions {
  /** Number of bars, integer ≥ 2. Default `14`. */
  period?: number
}

function chopPeriod(options: ChoppinessOptions): number {
  return checkPeriod('period', options.period ?? 14, 2)
}

/**
 * Lookback of {@link choppiness}: `period` (the first bar has no true range).
 * @param options - As for {@link choppiness}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { choppinessLookback } from '@aitrade/indicators'
 *
 * choppinessLookback() // 14
 * ```
 * @see {@link choppiness} for the formula and its source.
 */
export function choppinessLookback(options: ChoppinessOptions = {}): number {
  return chopPeriod(options)
}

/**
 * Choppiness Index: `CHOP = 100 · log10(Σ TR / (max(high) − min(low))) / log10(period)` over the last `period`
 * bars, with Wilder's true range (TA-Lib `TRANGE`, defined from the second bar; TradingView also counts the
 * first bar's `high − low`, which changes only its first value) and TA-Lib's `MAX`/`MIN` of the highs and lows.
 * Near 100: sideways; near 0: trending. `NaN` where the window's range is 0. The true-range sum is a running
 * sum (add the new bar, subtract the one leaving), so a `NaN` input makes every later value `NaN`, as in TA-Lib.
 *
 * @param bars - High, low, close of equal lengths.
 * @param options - `period` (default 14) and an optional `out` buffer.
 * @returns CHOP in `[0, 100]`, input length; the first `period` values `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad `period` or short `out`.
 *
 * @example
 * ```ts
 * import { choppiness } from '@aitrade/indicators'
 *
 * // a steady trend: each bar's range adds up exactly to the window's range → log10(1) = 0
 * choppiness({ high: [1, 2, 3], low: [0, 1, 2], close: [1, 2, 3] }, { period: 2 })[2] // ≈ 0 (100·log10(2/2)/log10(2))
 * ```
 * @see E. W. Dreiss, Choppiness Index (1990s, after fractal-dimension work); TradingView Help, "Choppiness Index (CHOP)".
 */
export function choppiness(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: ChoppinessOptions & OutputOptions = {},
): Float64Array {
  const p = chopPeriod(options)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const out = outputBuffer(n, options.out)
  const { high, low, close } = bars
  const tr = new Float64Array(n)
  for (let i = 1; i < n; i++) tr[i] = trueRange(high[i] as number, low[i] as number, close[i - 1] as number)
  const hh = new Float64Array(n)
  const ll = new Float64Array(n)
  extremeRange(high, 0, n, p, true, hh, null)
  extremeRange(low, 0, n, p, false, ll, null)
  const logP = Math.log10(p)
  out.fill(Number.NaN, 0, Math.min(n, p))
  let sum = 0
  for (let i = 1; i < n; i++) {
    sum += tr[i] as number
    if (i > p) sum -= tr[i - p] as number
    if (i < p) continue
    const range = (hh[i] as number) - (ll[i] as number)
    out[i] = range > 0 ? (100 * Math.log10(sum / range)) / logP : Number.NaN
  }
  return out
}

const FIELDS = ['n', 'prevClose', 'trs', 'trSum', 'pPrevClose', 'pTr', 'pTrSum', 'hi', 'lo'] as const

/**
 * Streaming {@link choppiness}: O(1) amortized per bar; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { CHOP } from '@aitrade/indicators'
 *
 * const c = new CHOP({ period: 2 })
 * c.update({ high: 1, low: 0, close: 1 })
 * c.update({ high: 2, low: 1, close: 2 })
 * c.update({ high: 3, low: 2, close: 3 }) // 0
 * ```
 * @see {@link choppiness} for the formula and sources.
 */
export class CHOP implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close'>, number> {
  /** `period`. */
  readonly lookback: number
  private readonly period: number
  private readonly logP: number
  private readonly hi: WindowExtreme
  private readonly lo: WindowExtreme
  /** True ranges of the last `period` bars, slot `(n − 1) % period`. */
  private readonly trs: Float64Array
  private n = 0
  private prevClose = Number.NaN
  private trSum = 0
  private pPrevClose = Number.NaN
  private pTr = 0
  private pTrSum = 0

  /**
   * @param options - See {@link ChoppinessOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: ChoppinessOptions = {}) {
    this.period = chopPeriod(options)
    this.lookback = this.period
    this.logP = Math.log10(this.period)
    this.hi = new WindowExtreme(this.period, true)
    this.lo = new WindowExtreme(this.period, false)
    this.trs = new Float64Array(this.period)
  }

  /** `true` once `period + 1` bars have been consumed. */
  get isReady(): boolean {
    return this.n > this.period
  }

  /**
   * Consumes the next bar.
   * @param bar - High, low, close.
   * @returns The newest CHOP, `NaN` before ready.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    this.hi.save()
    this.lo.save()
    this.pPrevClose = this.prevClose
    this.pTrSum = this.trSum
    this.pTr = this.trs[this.n % this.period] as number
    this.n++
    return this.step(bar)
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised CHOP.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    if (this.n === 0) throw noBarToReplace('CHOP')
    this.hi.rollback()
    this.lo.rollback()
    this.prevClose = this.pPrevClose
    this.trSum = this.pTrSum
    this.trs[(this.n - 1) % this.period] = this.pTr
    return this.step(bar)
  }

  private step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    const p = this.period
    const slot = (this.n - 1) % p
    const tr = this.n === 1 ? 0 : trueRange(bar.high, bar.low, this.prevClose)
    this.prevClose = bar.close
    this.hi.push(bar.high)
    this.lo.push(bar.low)
    if (this.n > 1) {
      // same operation order as the batch loop: add the new bar, then subtract the one leaving
      let sum = this.trSum + tr
      if (this.n > p + 1) sum -= this.trs[slot] as number
      this.trSum = sum
    }
    this.trs[slot] = tr
    if (this.n <= p) return Number.NaN
    const range = this.hi.value - this.lo.value
    return range > 0 ? (100 * Math.log10(this.trSum / range)) / this.logP : Number.NaN
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.n = 0
    this.prevClose = Number.NaN
    this.trSum = 0
    this.trs.fill(0)
    this.hi.reset()
    this.lo.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('CHOP', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `CHOP` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'CHOP', 1, { period: this.period }, this, FIELDS)
  }
}
