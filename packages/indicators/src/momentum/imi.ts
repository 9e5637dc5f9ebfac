import { StateStream } from '../streamState.js'
import type { OhlcvBar, OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'

/** Parameters of {@link imi} and {@link IMI}. */
export interface ImiOptions {
  /** Window in bars, integer ≥ 2. Default `14` (TA-Lib `optInTimePeriod`). */
  period?: number
}

/**
 * Lookback of {@link imi}: `period − 1` bars.
 *
 * @param options - {@link ImiOptions}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
 * @example
 * ```ts
 * import { imiLookback } from '@aitrade/indicators'
 * imiLookback({ period: 14 }) // 13
 * ```
 * @see TA-Lib `TA_IMI_Lookback`.
 */
export function imiLookback(options: ImiOptions = {}): number {
  return checkPeriod('period', options.period ?? 14, 2) - 1
}

/** Sums the window of `diffs` (close − open) ending at slot `last` in order, as TA-Lib does. */
function imiWindow(diffs: ArrayLike<number>, mod: number, first: number, last: number): number {
  let up = 0.0
  let down = 0.0
  for (let i = first; i <= last; i++) {
    const d = diffs[i % mod] as number
    if (d > 0) up += d
    else down -= d
  }
  return 100.0 * (up / (up + down))
}

/**
 * Intraday Momentum Index (TA-Lib `IMI`): `100 · Σup / (Σup + Σdown)` over the last `period` bars, where
 * `up = close − open` on up bars and `down = open − close` on the others. `NaN` when every bar in the window
 * has `close = open` (0/0, as TA-Lib).
 *
 * @param bars - `open` and `close` arrays of equal length, oldest first. A `NaN` gives the outputs TA-Lib gives (tested against it).
 * @param options - {@link ImiOptions}; `out` receives the result when given.
 * @returns `Float64Array` of the input's length in `[0, 100]`, `NaN` for the first {@link imiLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2, a field
 *   is missing or of a different length (named `bars.<field>`), or `out` is too short.
 * @example
 * ```ts
 * import { imi } from '@aitrade/indicators'
 * const bars = {
 *   open: [9.2, 10, 11, 11.2, 11.7, 12.6, 12.3, 13.5, 12.4, 11.5],
 *   close: [9.5, 10.9, 11.8, 10.6, 12.8, 12.1, 13.7, 12.5, 11.2, 12.3],
 * }
 * imi(bars, { period: 5 })[9] // ≈ 44.898
 * ```
 * @see TA-Lib `TA_IMI` (ta_IMI.c); Tushar Chande & Stanley Kroll, *The New Technical Trader* (1994).
 */
export function imi(bars: Pick<OhlcvInput, 'open' | 'close'>, options: ImiOptions & OutputOptions = {}): Float64Array {
  const period = checkPeriod('period', options.period ?? 14, 2)
  const n = checkBars(bars, ['open', 'close'])
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  if (n < period) return out
  const diffs = new Float64Array(n)
  for (let i = 0; i < n; i++) diffs[i] = (bars.close[i] as number) - (bars.open[i] as number)
  for (let i = period - 1; i < n; i++) out[i] = imiWindow(diffs, n, i - period + 1, i)
  return out
}

/**
 * Streaming {@link imi}: O(period) per update (TA-Lib re-sums the window, which keeps it exact); `replace`
 * revises the forming bar.
 *
 * @example
 * ```ts
 * import { IMI } from '@aitrade/indicators'
 * const ind = new IMI({ period: 14 })
 * ind.update({ open: 10, close: 10.4 }) // NaN until 14 bars
 * ```
 * @see {@link imi} for the formula.
 */
export class IMI extends StateStream<Pick<OhlcvBar, 'open' | 'close'>, number> {
  readonly lookback: number
  private readonly period: number

  /**
   * @param options - {@link ImiOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(options: ImiOptions = {}) {
    const period = checkPeriod('period', options.period ?? 14, 2)
    super('IMI', { period }, [], { count: 1, length: period })
    this.period = period
    this.lookback = period - 1
  }

  protected step(bar: Pick<OhlcvBar, 'open' | 'close'>): number {
    const today = this.count - 1
    const ring = this.rings[0] as Float64Array
    ring[today % this.period] = bar.close - bar.open
    if (today < this.period - 1) return Number.NaN
    return imiWindow(ring, this.period, today - this.period + 1, today)
  }
}
