import { StateStream } from '../momentum/streamBase.js'
import type { OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { trueRange } from '../volatility/trange.js'
import { highestIn, lowestIn } from './windowExtremes.js'

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
 * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 */
export function choppinessLookback(options: ChoppinessOptions = {}): number {
  return chopPeriod(options)
}

/**
 * Choppiness Index: `CHOP = 100 · log10(Σ TR / (max(high) − min(low))) / log10(period)` over the last `period`
 * bars, with Wilder's true range (TA-Lib `TRANGE`, defined from the second bar; TradingView also counts the
 * first bar's `high − low`, which changes only its first value). Near 100: sideways; near 0: trending.
 * `NaN` where the window's range is 0. The true-range sum is summed afresh for every window.
 *
 * @param bars - High, low, close of equal lengths.
 * @param options - `period` (default 14) and an optional `out` buffer.
 * @returns CHOP in `[0, 100]`, input length; the first `period` values `NaN`.
 * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad `period` or short `out`.
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
  const logP = Math.log10(p)
  out.fill(Number.NaN, 0, Math.min(n, p))
  for (let i = p; i < n; i++) {
    let sum = 0
    for (let j = i - p + 1; j <= i; j++) sum += tr[j] as number
    const range = highestIn(high, i - p + 1, i + 1) - lowestIn(low, i - p + 1, i + 1)
    out[i] = range > 0 ? (100 * Math.log10(sum / range)) / logP : Number.NaN
  }
  return out
}

/**
 * Streaming {@link choppiness}: O(period) per bar; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { CHOP } from '@aitrade/indicators'
 *
 * const c = new CHOP({ period: 2 })
 * c.update({ open: 0, high: 1, low: 0, close: 1, volume: 0 })
 * c.update({ open: 1, high: 2, low: 1, close: 2, volume: 0 })
 * c.update({ open: 2, high: 3, low: 2, close: 3, volume: 0 }) // 0
 * ```
 * @see {@link choppiness} for the formula and sources.
 */
export class CHOP
  extends StateStream<Pick<OhlcvBar, 'high' | 'low' | 'close'>, number>
  implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close'>, number>
{
  /** `period`. */
  readonly lookback: number
  private readonly period: number

  /**
   * @param options - See {@link ChoppinessOptions}.
   * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: ChoppinessOptions = {}) {
    const period = chopPeriod(options)
    // state: previous close; rings: true range, high, low
    super('CHOP', { period }, [Number.NaN], [period, period, period])
    this.period = period
    this.lookback = period
  }

  protected override ringSlotFor(count: number): number {
    return (count - 1) % this.period
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    const p = this.period
    const slot = (this.count - 1) % p
    const trs = this.rings[0] as Float64Array
    const highs = this.rings[1] as Float64Array
    const lows = this.rings[2] as Float64Array
    trs[slot] = this.count === 1 ? 0 : trueRange(bar.high, bar.low, this.s[0] as number)
    highs[slot] = bar.high
    lows[slot] = bar.low
    this.s[0] = bar.close
    if (this.count <= p) return Number.NaN
    let sum = 0
    for (let k = 1; k <= p; k++) sum += trs[(slot + k) % p] as number
    const range = highestIn(highs, 0, p) - lowestIn(lows, 0, p)
    return range > 0 ? (100 * Math.log10(sum / range)) / Math.log10(p) : Number.NaN
  }
}
