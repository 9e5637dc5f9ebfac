import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'

/** Parameters of {@link cci} and {@link CCI}. */
export interface CciOptions {
  /** Window in bars, integer ≥ 2. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link cci}: `period − 1` bars.
 *
 * @param options - {@link CciOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { cciLookback } from '@aitrade/indicators'
 * cciLookback({ period: 20 }) // 19
 * ```
 * @see TA-Lib `TA_CCI_Lookback`.
 */
export function cciLookback(options: CciOptions = {}): number {
  return checkPeriod('period', options.period ?? 14, 2) - 1
}

/** CCI of the window held in `buf` (circular, summed in slot order as TA-Lib does), `last` = today's typical price. */
function cciValue(buf: Float64Array, period: number, last: number): number {
  let avg = 0
  for (let j = 0; j < period; j++) avg += buf[j] as number
  avg /= period
  let dev = 0
  for (let j = 0; j < period; j++) dev += Math.abs((buf[j] as number) - avg)
  const diff = last - avg
  return diff !== 0.0 && dev !== 0.0 ? diff / (0.015 * (dev / period)) : 0.0
}

/**
 * Commodity Channel Index (TA-Lib `CCI`): `(TP − SMA(TP)) / (0.015 · meanDeviation(TP))` over `period` bars,
 * with the typical price `TP = (high + low + close) / 3`; `0` when the deviation or the numerator is zero.
 *
 * @param bars - `high`, `low` and `close` arrays of equal length, oldest first. A `NaN` gives the outputs TA-Lib gives (tested against it).
 * @param options - {@link CciOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length (unbounded; ±100 are the classic levels), `NaN` for the first
 *   {@link cciLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2, a field
 *   is missing or of a different length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { cci } from '@aitrade/indicators'
 * const bars = {
 *   high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5],
 *   low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4],
 *   close: [9.5, 10.9, 11.8, 10.6, 12.8, 12.1, 13.7, 12.5, 11.2, 12.3],
 * }
 * cci(bars, { period: 5 })[9] // ≈ -35.406
 * ```
 * @see TA-Lib `TA_CCI` (ta_CCI.c); Donald Lambert, "Commodity Channel Index: Tools for Trading Cyclic Trends",
 *   *Commodities* (1980).
 */
export function cci(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: CciOptions & OutputOptions = {},
): Float64Array {
  const period = checkPeriod('period', options.period ?? 14, 2)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  const buf = new Float64Array(period)
  const { high, low, close } = bars
  for (let i = 0; i < n; i++) {
    const tp = ((high[i] as number) + (low[i] as number) + (close[i] as number)) / 3
    buf[i % period] = tp
    if (i >= period - 1) out[i] = cciValue(buf, period, tp)
  }
  return out
}

/**
 * Streaming {@link cci}: O(period) per update (the mean deviation needs the whole window); `replace` revises
 * the forming bar.
 *
 * @example
 * ```ts
 * import { CCI } from '@aitrade/indicators'
 * const ind = new CCI({ period: 20 })
 * ind.update({ high: 10, low: 9, close: 9.5 }) // NaN until 20 bars
 * ```
 * @see {@link cci} for the formula.
 */
export class CCI extends StateStream<Pick<OhlcvBar, 'high' | 'low' | 'close'>, number> {
  readonly lookback: number
  private readonly period: number

  /**
   * @param options - {@link CciOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: CciOptions = {}) {
    const period = checkPeriod('period', options.period ?? 14, 2)
    super('CCI', { period }, [], { count: 1, length: period })
    this.period = period
    this.lookback = period - 1
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    const today = this.count - 1
    const buf = this.rings[0] as Float64Array
    const tp = (bar.high + bar.low + bar.close) / 3
    buf[today % this.period] = tp
    return today < this.period - 1 ? Number.NaN : cciValue(buf, this.period, tp)
  }
}
