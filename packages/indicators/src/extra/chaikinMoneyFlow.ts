import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'

/** Options of {@link chaikinMoneyFlow} and {@link CMF}. */
export interface ChaikinMoneyFlowOptions {
  /** Number of bars summed, integer ≥ 1. Default `20`. */
  period?: number
}

function cmfPeriod(options: ChaikinMoneyFlowOptions): number {
  return checkPeriod('period', options.period ?? 20, 1)
}

/** Money-flow volume of one bar: `((C − L) − (H − C)) / (H − L) · V`, `0` when `H = L`. */
function moneyFlowVolume(h: number, l: number, c: number, v: number): number {
  const range = h - l
  return range === 0 ? 0 : ((c - l - (h - c)) / range) * v
}

/**
 * Lookback of {@link chaikinMoneyFlow}: `period - 1`.
 * @param options - As for {@link chaikinMoneyFlow}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { chaikinMoneyFlowLookback } from '@aitrade/indicators'
 *
 * chaikinMoneyFlowLookback() // 19
 * ```
 * @see {@link chaikinMoneyFlow} for the formula and its source.
 */
export function chaikinMoneyFlowLookback(options: ChaikinMoneyFlowOptions = {}): number {
  return cmfPeriod(options) - 1
}

/**
 * Chaikin Money Flow: `CMF = Σ MFV / Σ V` over the last `period` bars, where the money-flow multiplier
 * `((C − L) − (H − C)) / (H − L)` (taken as `0` on a bar with `H = L`) times the bar's volume is its money-flow
 * volume `MFV`. Sums are running sums (add the new bar, subtract the one leaving), so a `NaN` input makes every
 * later value `NaN`, as in TA-Lib. Where the window's volume
 * sums to `0` (or less, through rounding) the result is `NaN`.
 *
 * @param bars - High, low, close, volume of equal lengths.
 * @param options - `period` (default 20) and an optional `out` buffer.
 * @returns CMF, a fraction in `[-1, 1]`, input length; the first `period - 1` values `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad `period` or short `out`.
 *
 * @example
 * ```ts
 * import { chaikinMoneyFlow } from '@aitrade/indicators'
 *
 * const bars = { high: [10, 10], low: [8, 8], close: [10, 8], volume: [100, 300] }
 * chaikinMoneyFlow(bars, { period: 2 })[1] // -0.5 = (100 - 300) / 400
 * ```
 * @see Marc Chaikin; StockCharts ChartSchool, "Chaikin Money Flow (CMF)".
 */
export function chaikinMoneyFlow(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close' | 'volume'>,
  options: ChaikinMoneyFlowOptions & OutputOptions = {},
): Float64Array {
  const p = cmfPeriod(options)
  const n = checkBars(bars, ['high', 'low', 'close', 'volume'])
  const out = outputBuffer(n, options.out)
  const { high, low, close, volume } = bars
  let smf = 0
  let sv = 0
  for (let i = 0; i < n; i++) {
    const v = volume[i] as number
    smf += moneyFlowVolume(high[i] as number, low[i] as number, close[i] as number, v)
    sv += v
    if (i >= p) {
      const j = i - p
      const vo = volume[j] as number
      smf -= moneyFlowVolume(high[j] as number, low[j] as number, close[j] as number, vo)
      sv -= vo
    }
    out[i] = i >= p - 1 && sv > 0 ? smf / sv : Number.NaN
  }
  return out
}

/**
 * Streaming {@link chaikinMoneyFlow}: O(1) per bar; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { CMF } from '@aitrade/indicators'
 *
 * const cmf = new CMF({ period: 2 })
 * cmf.update({ high: 10, low: 8, close: 10, volume: 100 }) // NaN
 * cmf.update({ high: 10, low: 8, close: 8, volume: 300 }) // -0.5
 * ```
 * @see {@link chaikinMoneyFlow} for the formula and source.
 */
export class CMF
  extends StateStream<Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'>, number>
  implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'>, number>
{
  /** `period - 1`. */
  readonly lookback: number
  private readonly period: number

  /**
   * @param options - See {@link ChaikinMoneyFlowOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: ChaikinMoneyFlowOptions = {}) {
    const period = cmfPeriod(options)
    // state: money-flow sum, volume sum; rings: MFV, volume
    super('CMF', { period }, [0, 0], { count: 2, length: period })
    this.period = period
    this.lookback = period - 1
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'>): number {
    const s = this.s
    const mfs = this.rings[0] as Float64Array
    const vs = this.rings[1] as Float64Array
    const slot = (this.count - 1) % this.period
    const mf = moneyFlowVolume(bar.high, bar.low, bar.close, bar.volume)
    let smf = (s[0] as number) + mf
    let sv = (s[1] as number) + bar.volume
    if (this.count > this.period) {
      smf -= mfs[slot] as number
      sv -= vs[slot] as number
    }
    mfs[slot] = mf
    vs[slot] = bar.volume
    s[0] = smf
    s[1] = sv
    return this.count >= this.period && sv > 0 ? smf / sv : Number.NaN
  }
}
