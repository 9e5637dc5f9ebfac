import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'

/** Parameters of {@link mfi} and {@link MFI}. */
export interface MfiOptions {
  /** Window in bars, integer ≥ 2. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link mfi}: `period` bars.
 *
 * @param options - {@link MfiOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { mfiLookback } from '@aitrade/indicators'
 * mfiLookback({ period: 14 }) // 14
 * ```
 * @see TA-Lib `TA_MFI_Lookback`.
 */
export function mfiLookback(options: MfiOptions = {}): number {
  return checkPeriod('period', options.period ?? 14, 2)
}

// State: previous typical price, positive and negative money-flow sums.
const PREV_TP = 0
const POS = 1
const NEG = 2

/**
 * One MFI step for bar number `count` (1-based): updates the sums in `s` and the money-flow rings at
 * `slot` (the slot being overwritten holds the flow leaving the window). @internal
 */
function mfiStep(
  s: Float64Array,
  pos: Float64Array,
  neg: Float64Array,
  slot: number,
  count: number,
  period: number,
  high: number,
  low: number,
  close: number,
  volume: number,
): number {
  const tp = (high + low + close) / 3.0
  if (count === 1) {
    s[PREV_TP] = tp
    return Number.NaN
  }
  let posSum = s[POS] as number
  let negSum = s[NEG] as number
  if (count > period + 1) {
    posSum -= pos[slot] as number
    negSum -= neg[slot] as number
  }
  const diff = tp - (s[PREV_TP] as number)
  s[PREV_TP] = tp
  const flow = tp * volume
  if (diff < 0) {
    neg[slot] = flow
    negSum += flow
    pos[slot] = 0.0
  } else if (diff > 0) {
    pos[slot] = flow
    posSum += flow
    neg[slot] = 0.0
  } else {
    pos[slot] = 0.0
    neg[slot] = 0.0
  }
  s[POS] = posSum
  s[NEG] = negSum
  if (count <= period) return Number.NaN
  const total = posSum + negSum
  return total < 1.0 ? 0.0 : 100.0 * (posSum / total)
}

/**
 * Money Flow Index (TA-Lib `MFI`): `100 · Σ positive money flow / Σ all money flow` over `period` bars, where
 * money flow = typical price `(high + low + close)/3` × volume, positive when the typical price rose, negative
 * when it fell (neither when unchanged). `0` when the total flow is below 1. Running sums as TA-Lib keeps them.
 *
 * @param bars - `high`, `low`, `close` and `volume` arrays of equal length, oldest first. A `NaN` gives the outputs TA-Lib gives (tested against it).
 * @param options - {@link MfiOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in `[0, 100]`, `NaN` for the first {@link mfiLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2, a field
 *   is missing or of a different length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { mfi } from '@aitrade/indicators'
 * const bars = {
 *   high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5],
 *   low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4],
 *   close: [9.5, 10.9, 11.8, 10.6, 12.8, 12.1, 13.7, 12.5, 11.2, 12.3],
 *   volume: [1000, 1200, 900, 1500, 1100, 1300, 1700, 800, 1000, 1250],
 * }
 * mfi(bars, { period: 5 })[9] // ≈ 50.253
 * ```
 * @see TA-Lib `TA_MFI` (ta_MFI.c); Gene Quong & Avrum Soudack, "Volume-Weighted RSI: Money Flow",
 *   *Technical Analysis of Stocks & Commodities* (March 1989).
 */
export function mfi(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close' | 'volume'>,
  options: MfiOptions & OutputOptions = {},
): Float64Array {
  const period = checkPeriod('period', options.period ?? 14, 2)
  const n = checkBars(bars, ['high', 'low', 'close', 'volume'])
  const out = outputBuffer(n, options.out)
  const s = new Float64Array(3)
  const pos = new Float64Array(period)
  const neg = new Float64Array(period)
  const { high, low, close, volume } = bars
  for (let i = 0; i < n; i++) {
    const slot = i === 0 ? 0 : (i - 1) % period
    out[i] = mfiStep(
      s,
      pos,
      neg,
      slot,
      i + 1,
      period,
      high[i] as number,
      low[i] as number,
      close[i] as number,
      volume[i] as number,
    )
  }
  return out
}

/**
 * Streaming {@link mfi}: O(1) per update over rings of the last `period` money flows; `replace` revises the
 * forming bar.
 *
 * @example
 * ```ts
 * import { MFI } from '@aitrade/indicators'
 * const ind = new MFI({ period: 14 })
 * ind.update({ high: 10, low: 9, close: 9.5, volume: 1000 }) // NaN until 15 bars
 * ```
 * @see {@link mfi} for the formula.
 */
export class MFI extends StateStream<Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'>, number> {
  readonly lookback: number
  private readonly period: number

  /**
   * @param options - {@link MfiOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: MfiOptions = {}) {
    const period = checkPeriod('period', options.period ?? 14, 2)
    super('MFI', { period }, [0, 0, 0], { count: 2, length: period, lag: 2 })
    this.period = period
    this.lookback = period
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'>): number {
    const slot = this.count < 2 ? 0 : (this.count - 2) % this.period
    const pos = this.rings[0] as Float64Array
    const neg = this.rings[1] as Float64Array
    return mfiStep(this.s, pos, neg, slot, this.count, this.period, bar.high, bar.low, bar.close, bar.volume)
  }
}
