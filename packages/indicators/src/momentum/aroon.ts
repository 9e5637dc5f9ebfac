import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { EXT_HI_IDX, EXT_INIT, EXT_LO_IDX, trackExtremes } from './windowExtremes.js'

/** Parameters of {@link aroon} and {@link AROON}. */
export interface AroonOptions {
  /** Look-back in bars, integer ≥ 2 (the window holds `period + 1` bars). Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/** Optional preallocated output buffers of {@link aroon}. */
export interface AroonOutputOptions {
  /** Buffer for `aroonDown`, at least the input's length. */
  outAroonDown?: Float64Array
  /** Buffer for `aroonUp`, at least the input's length. */
  outAroonUp?: Float64Array
}

/** Result of {@link aroon} (TA-Lib `outAroonDown`, `outAroonUp`). */
export interface AroonOutput {
  /** `100 · (period − bars since the lowest low) / period`. */
  aroonDown: Float64Array
  /** `100 · (period − bars since the highest high) / period`. */
  aroonUp: Float64Array
}

/** One streaming output of {@link AROON}. */
export interface AroonValue {
  /** Aroon down, `[0, 100]`. */
  aroonDown: number
  /** Aroon up, `[0, 100]`. */
  aroonUp: number
}

/**
 * Lookback of {@link aroon}: `period` bars.
 *
 * @param options - {@link AroonOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { aroonLookback } from '@aitrade/indicators'
 * aroonLookback({ period: 14 }) // 14
 * ```
 * @see TA-Lib `TA_AROON_Lookback`.
 */
export function aroonLookback(options: AroonOptions = {}): number {
  return checkPeriod('period', options.period ?? 14, 2)
}

/**
 * Aroon (TA-Lib `AROON`): `aroonUp = 100 · (period − bars since the highest high) / period` and
 * `aroonDown` likewise for the lowest low, over the last `period + 1` bars; on ties the most recent bar counts.
 *
 * @param bars - `high` and `low` arrays of equal length, oldest first. A `NaN` gives the outputs TA-Lib gives (tested against it).
 * @param options - {@link AroonOptions} and {@link AroonOutputOptions}.
 * @returns `{ aroonDown, aroonUp }`, `Float64Array`s of the input's length in `[0, 100]`, `NaN` for the first
 *   {@link aroonLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2, a field
 *   is missing or of a different length (named `bars.<field>`), or an output buffer is too short.
 * @example
 * ```ts
 * import { aroon } from '@aitrade/indicators'
 * const bars = {
 *   high: [10, 11, 12, 11.5, 13, 12.8, 14, 13.1, 12, 12.5],
 *   low: [9, 9.8, 10.5, 10.2, 11.6, 11.9, 12.4, 12.2, 11, 11.4],
 * }
 * const { aroonUp, aroonDown } = aroon(bars, { period: 5 })
 * aroonUp[9] // 40
 * aroonDown[9] // 80
 * ```
 * @see TA-Lib `TA_AROON` (ta_AROON.c); Tushar Chande, "A Time Price Oscillator", *Technical Analysis of Stocks &
 *   Commodities* (Sept. 1995).
 */
export function aroon(
  bars: Pick<OhlcvInput, 'high' | 'low'>,
  options: AroonOptions & AroonOutputOptions = {},
): AroonOutput {
  const period = checkPeriod('period', options.period ?? 14, 2)
  const n = checkBars(bars, ['high', 'low'])
  const down = outputBuffer(n, options.outAroonDown, 'outAroonDown')
  const up = outputBuffer(n, options.outAroonUp, 'outAroonUp')
  const lb = Math.min(n, period)
  down.fill(Number.NaN, 0, lb)
  up.fill(Number.NaN, 0, lb)
  const s = Float64Array.from(EXT_INIT)
  const factor = 100.0 / period
  for (let today = period; today < n; today++) {
    trackExtremes(s, 0, bars.high, bars.low, n, today, today - period, true)
    up[today] = factor * (period - (today - (s[EXT_HI_IDX] as number)))
    down[today] = factor * (period - (today - (s[EXT_LO_IDX] as number)))
  }
  return { aroonDown: down, aroonUp: up }
}

/**
 * Streaming {@link aroon}: amortised O(1) per update over rings of the last `period + 1` highs and lows;
 * `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { AROON } from '@aitrade/indicators'
 * const ind = new AROON({ period: 14 })
 * ind.update({ high: 10, low: 9 }) // { aroonDown: NaN, aroonUp: NaN } until 15 bars
 * ```
 * @see {@link aroon} for the formula.
 */
export class AROON extends StateStream<Pick<OhlcvBar, 'high' | 'low'>, AroonValue> {
  readonly lookback: number
  private readonly period: number

  /**
   * @param options - {@link AroonOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: AroonOptions = {}) {
    const period = checkPeriod('period', options.period ?? 14, 2)
    super('AROON', { period }, EXT_INIT, { count: 2, length: period + 1 })
    this.period = period
    this.lookback = period
  }

  protected step(bar: Pick<OhlcvBar, 'high' | 'low'>): AroonValue {
    const today = this.count - 1
    const p = this.period
    const hiRing = this.rings[0] as Float64Array
    const loRing = this.rings[1] as Float64Array
    hiRing[today % (p + 1)] = bar.high
    loRing[today % (p + 1)] = bar.low
    if (today < p) return { aroonDown: Number.NaN, aroonUp: Number.NaN }
    trackExtremes(this.s, 0, hiRing, loRing, p + 1, today, today - p, true)
    const factor = 100.0 / p
    return {
      aroonDown: factor * (p - (today - (this.s[EXT_LO_IDX] as number))),
      aroonUp: factor * (p - (today - (this.s[EXT_HI_IDX] as number))),
    }
  }
}
