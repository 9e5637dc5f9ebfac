import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { trueRange } from '../volatility/trange.js'

/** Options of {@link vortex} and {@link VORTEX}. */
export interface VortexOptions {
  /** Number of bars summed, integer ≥ 1. Default `14`. */
  period?: number
}

/** Optional output buffers of {@link vortex}. */
export interface VortexBuffers {
  /** Buffer for {@link VortexOutput.plusVi}. */
  outPlusVi?: Float64Array
  /** Buffer for {@link VortexOutput.minusVi}. */
  outMinusVi?: Float64Array
}

/** Output of {@link vortex}: dimensionless ratios, input length. */
export interface VortexOutput {
  /** VI+ = Σ|high − previous low| / Σ TR. */
  plusVi: Float64Array
  /** VI− = Σ|low − previous high| / Σ TR. */
  minusVi: Float64Array
}

/** One streaming Vortex value. */
export interface VortexValue {
  /** VI+. */
  plusVi: number
  /** VI−. */
  minusVi: number
}

function vortexPeriod(options: VortexOptions): number {
  return checkPeriod('period', options.period ?? 14, 1)
}

/**
 * Lookback of {@link vortex}: `period` (the first bar has no previous bar).
 * @param options - As for {@link vortex}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
 * @example
 * ```ts
 * import { vortexLookback } from '@aitrade/indicators'
 *
 * vortexLookback() // 14
 * ```
 * @see {@link vortex} for the formula and its source.
 */
export function vortexLookback(options: VortexOptions = {}): number {
  return vortexPeriod(options)
}

/**
 * Vortex Indicator: with `VM+ = |H − L₋₁|`, `VM− = |L − H₋₁|` and Wilder's true range `TR`,
 * `VI+ = Σ VM+ / Σ TR` and `VI− = Σ VM− / Σ TR` over the last `period` bars. The sums are running sums (add the
 * new bar, subtract the one leaving), so a `NaN` input makes every later value `NaN`, as in TA-Lib; `NaN` where
 * Σ TR is not above 0.
 *
 * @param bars - High, low, close of equal lengths.
 * @param options - `period` (default 14) and optional `outPlusVi`/`outMinusVi` buffers.
 * @returns `{ plusVi, minusVi }`, input length; the first `period` values `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad `period` or short buffer.
 *
 * @example
 * ```ts
 * import { vortex } from '@aitrade/indicators'
 *
 * const v = vortex({ high: [2, 3], low: [1, 2], close: [2, 3] }, { period: 1 })
 * v.plusVi[1] // 2 = |3 − 1| / TR 1
 * v.minusVi[1] // 0 = |2 − 2| / 1
 * ```
 * @see Etienne Botes and Douglas Siepman, "The Vortex Indicator", *Technical Analysis of Stocks & Commodities*,
 *   January 2010; StockCharts ChartSchool, "Vortex Indicator (VI)".
 */
export function vortex(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: VortexOptions & VortexBuffers = {},
): VortexOutput {
  const p = vortexPeriod(options)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const plusVi = outputBuffer(n, options.outPlusVi, 'outPlusVi')
  const minusVi = outputBuffer(n, options.outMinusVi, 'outMinusVi')
  const { high, low, close } = bars
  plusVi.fill(Number.NaN, 0, Math.min(n, p))
  minusVi.fill(Number.NaN, 0, Math.min(n, p))
  let vp = 0
  let vm = 0
  let tr = 0
  for (let i = 1; i < n; i++) {
    vp += Math.abs((high[i] as number) - (low[i - 1] as number))
    vm += Math.abs((low[i] as number) - (high[i - 1] as number))
    tr += trueRange(high[i] as number, low[i] as number, close[i - 1] as number)
    if (i > p) {
      const j = i - p
      vp -= Math.abs((high[j] as number) - (low[j - 1] as number))
      vm -= Math.abs((low[j] as number) - (high[j - 1] as number))
      tr -= trueRange(high[j] as number, low[j] as number, close[j - 1] as number)
    }
    if (i >= p) {
      plusVi[i] = tr > 0 ? vp / tr : Number.NaN
      minusVi[i] = tr > 0 ? vm / tr : Number.NaN
    }
  }
  return { plusVi, minusVi }
}

/**
 * Streaming {@link vortex}: O(1) per bar; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { VORTEX } from '@aitrade/indicators'
 *
 * const v = new VORTEX({ period: 1 })
 * v.update({ high: 2, low: 1, close: 2 })
 * v.update({ high: 3, low: 2, close: 3 }).plusVi // 2
 * ```
 * @see {@link vortex} for the formula and sources.
 */
export class VORTEX
  extends StateStream<Pick<OhlcvBar, 'high' | 'low' | 'close'>, VortexValue>
  implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close'>, VortexValue>
{
  /** `period`. */
  readonly lookback: number
  private readonly period: number

  /**
   * @param options - See {@link VortexOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(options: VortexOptions = {}) {
    const period = vortexPeriod(options)
    // state: previous high, low, close, Σ VM+, Σ VM−, Σ TR; rings: VM+, VM−, TR
    super('VORTEX', { period }, [Number.NaN, Number.NaN, Number.NaN, 0, 0, 0], { count: 3, length: period })
    this.period = period
    this.lookback = period
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): VortexValue {
    const p = this.period
    const s = this.s
    const slot = (this.count - 1) % p
    const vps = this.rings[0] as Float64Array
    const vms = this.rings[1] as Float64Array
    const trs = this.rings[2] as Float64Array
    const first = this.count === 1
    const vpi = Math.abs(bar.high - (s[1] as number))
    const vmi = Math.abs(bar.low - (s[0] as number))
    const tri = trueRange(bar.high, bar.low, s[2] as number)
    s[0] = bar.high
    s[1] = bar.low
    s[2] = bar.close
    if (first) return { plusVi: Number.NaN, minusVi: Number.NaN }
    // same operation order as the batch loop: add the new bar, then subtract the one leaving
    let vp = (s[3] as number) + vpi
    let vm = (s[4] as number) + vmi
    let tr = (s[5] as number) + tri
    if (this.count > p + 1) {
      vp -= vps[slot] as number
      vm -= vms[slot] as number
      tr -= trs[slot] as number
    }
    vps[slot] = vpi
    vms[slot] = vmi
    trs[slot] = tri
    s[3] = vp
    s[4] = vm
    s[5] = tr
    if (this.count <= p) return { plusVi: Number.NaN, minusVi: Number.NaN }
    return tr > 0 ? { plusVi: vp / tr, minusVi: vm / tr } : { plusVi: Number.NaN, minusVi: Number.NaN }
  }
}
