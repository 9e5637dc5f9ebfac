import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { isTaZero } from './gainLoss.js'

/** Parameters of {@link ultosc} and {@link ULTOSC}. Any order: they are sorted, shortest weighted 4, middle 2, longest 1. */
export interface UltoscOptions {
  /** First window in bars, integer ≥ 1. Default `7` (TA-Lib `optInTimePeriod1`). */
  timePeriod1?: number
  /** Second window in bars, integer ≥ 1. Default `14` (TA-Lib `optInTimePeriod2`). */
  timePeriod2?: number
  /** Third window in bars, integer ≥ 1. Default `28` (TA-Lib `optInTimePeriod3`). */
  timePeriod3?: number
}

function ultoscParams(o: UltoscOptions): { timePeriod1: number; timePeriod2: number; timePeriod3: number } {
  return {
    timePeriod1: checkPeriod('timePeriod1', o.timePeriod1 ?? 7, 1),
    timePeriod2: checkPeriod('timePeriod2', o.timePeriod2 ?? 14, 1),
    timePeriod3: checkPeriod('timePeriod3', o.timePeriod3 ?? 28, 1),
  }
}

/**
 * Lookback of {@link ultosc}: the longest window, in bars.
 *
 * @param options - {@link UltoscOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when a window is not an integer ≥ 1.
 * @example
 * ```ts
 * import { ultoscLookback } from '@aitrade/indicators'
 * ultoscLookback() // 28
 * ```
 * @see TA-Lib `TA_ULTOSC_Lookback`.
 */
export function ultoscLookback(options: UltoscOptions = {}): number {
  const p = ultoscParams(options)
  return Math.max(p.timePeriod1, p.timePeriod2, p.timePeriod3)
}

// State: running buying-pressure (a) and true-range (b) totals of the shortest, middle and longest window.
const A1 = 0
const A2 = 1
const A3 = 2
const B1 = 3
const B2 = 4
const B3 = 5
const PREV_CLOSE = 6

/** Shared stepping of ULTOSC over per-bar terms kept in `bp`/`tr` (slot `day % mod`). @internal */
class UltoscCore {
  readonly short: number
  readonly mid: number
  readonly long: number

  constructor(p: { timePeriod1: number; timePeriod2: number; timePeriod3: number }) {
    const sorted = [p.timePeriod1, p.timePeriod2, p.timePeriod3].sort((a, b) => a - b)
    this.short = sorted[0] as number
    this.mid = sorted[1] as number
    this.long = sorted[2] as number
  }

  /** Consumes bar `day` (0-based) and returns the oscillator, `NaN` during the lookback. */
  step(
    s: Float64Array,
    bp: Float64Array,
    tr: Float64Array,
    mod: number,
    day: number,
    high: number,
    low: number,
    close: number,
  ): number {
    const prevClose = s[PREV_CLOSE] as number
    s[PREV_CLOSE] = close
    if (day === 0) return Number.NaN
    const trueLow = Math.min(low, prevClose)
    const a = close - trueLow
    let b = high - low
    let t = Math.abs(prevClose - high)
    if (t > b) b = t
    t = Math.abs(prevClose - low)
    if (t > b) b = t
    bp[day % mod] = a
    tr[day % mod] = b
    const { short, mid, long } = this
    if (day < long) {
      if (day >= long - short + 1) {
        s[A1] = (s[A1] as number) + a
        s[B1] = (s[B1] as number) + b
      }
      if (day >= long - mid + 1) {
        s[A2] = (s[A2] as number) + a
        s[B2] = (s[B2] as number) + b
      }
      if (day >= 1) {
        s[A3] = (s[A3] as number) + a
        s[B3] = (s[B3] as number) + b
      }
      return Number.NaN
    }
    const a1 = (s[A1] as number) + a
    const a2 = (s[A2] as number) + a
    const a3 = (s[A3] as number) + a
    const b1 = (s[B1] as number) + b
    const b2 = (s[B2] as number) + b
    const b3 = (s[B3] as number) + b
    let out = 0.0
    if (!isTaZero(b1)) out += 4.0 * (a1 / b1)
    if (!isTaZero(b2)) out += 2.0 * (a2 / b2)
    if (!isTaZero(b3)) out += a3 / b3
    const t1 = (day - short + 1) % mod
    const t2 = (day - mid + 1) % mod
    const t3 = (day - long + 1) % mod
    s[A1] = a1 - (bp[t1] as number)
    s[B1] = b1 - (tr[t1] as number)
    s[A2] = a2 - (bp[t2] as number)
    s[B2] = b2 - (tr[t2] as number)
    s[A3] = a3 - (bp[t3] as number)
    s[B3] = b3 - (tr[t3] as number)
    return 100.0 * (out / 7.0)
  }
}

/**
 * Ultimate Oscillator (TA-Lib `ULTOSC`): `100 · (4·avg₁ + 2·avg₂ + avg₃) / 7` where `avgₖ = Σ BP / Σ TR` over
 * the shortest, middle and longest window, buying pressure `BP = close − min(low, prevClose)` and true range
 * `TR = max(high, prevClose) − min(low, prevClose)`; a window whose TR sum is zero contributes 0.
 * With all three windows 1, TA-Lib reports lookback 0 and reads before the start of the arrays for bar 0;
 * here bar 0 is `NaN` (lookback 1) and every later bar matches TA-Lib.
 *
 * @param bars - `high`, `low` and `close` arrays of equal length, oldest first. A `NaN` gives the outputs TA-Lib gives (tested against it).
 * @param options - {@link UltoscOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in `[0, 100]`, `NaN` for the first {@link ultoscLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when a window is not an integer ≥ 1 (named
 *   `timePeriod1..3`), a field is missing or of a different length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { ultosc } from '@aitrade/indicators'
 * const bars = {
 *   high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5],
 *   low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4],
 *   close: [9.5, 10.9, 11.8, 10.6, 12.8, 12.1, 13.7, 12.5, 11.2, 12.3],
 * }
 * ultosc(bars, { timePeriod1: 2, timePeriod2: 3, timePeriod3: 4 })[9] // ≈ 44.535
 * ```
 * @see TA-Lib `TA_ULTOSC` (ta_ULTOSC.c); Larry Williams, "The Ultimate Oscillator", *Technical Analysis of
 *   Stocks & Commodities* (1985).
 */
export function ultosc(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: UltoscOptions & OutputOptions = {},
): Float64Array {
  const core = new UltoscCore(ultoscParams(options))
  const n = checkBars(bars, ['high', 'low', 'close'])
  const out = outputBuffer(n, options.out)
  const s = new Float64Array(7)
  const bp = new Float64Array(n)
  const tr = new Float64Array(n)
  const { high, low, close } = bars
  for (let i = 0; i < n; i++)
    out[i] = core.step(s, bp, tr, n, i, high[i] as number, low[i] as number, close[i] as number)
  return out
}

/**
 * Streaming {@link ultosc}: O(1) per update over rings of the last `longest` terms; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { ULTOSC } from '@aitrade/indicators'
 * const ind = new ULTOSC({ timePeriod1: 7, timePeriod2: 14, timePeriod3: 28 })
 * ind.update({ high: 10, low: 9, close: 9.5 }) // NaN until 29 bars
 * ```
 * @see {@link ultosc} for the formula.
 */
export class ULTOSC extends StateStream<Pick<OhlcvBar, 'high' | 'low' | 'close'>, number> {
  readonly lookback: number
  private readonly core: UltoscCore

  /**
   * @param options - {@link UltoscOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when a window is not an integer ≥ 1.
   */
  constructor(options: UltoscOptions = {}) {
    const p = ultoscParams(options)
    const core = new UltoscCore(p)
    super('ULTOSC', p, new Float64Array(7), { count: 2, length: core.long })
    this.core = core
    this.lookback = core.long
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    const bp = this.rings[0] as Float64Array
    const tr = this.rings[1] as Float64Array
    return this.core.step(this.s, bp, tr, this.core.long, this.count - 1, bar.high, bar.low, bar.close)
  }
}
