import { WindowExtreme } from '../statistic/windowExtreme.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'

/** Options of {@link midPrice} and {@link MIDPRICE}. */
export interface MidPriceOptions {
  /** Window length, integer in [2, 100000]. Default `14` (TA-Lib's). */
  period?: number
}

function midPricePeriod(options: MidPriceOptions): number {
  return checkPeriod('period', options.period ?? 14, 2)
}

/**
 * Number of leading bars {@link midPrice} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link MidPriceOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { midPriceLookback } from '@aitrade/indicators'
 * midPriceLookback({ period: 14 }) // 13
 * ```
 * @see TA-Lib `TA_MIDPRICE_Lookback`.
 */
export function midPriceLookback(options: MidPriceOptions = {}): number {
  return midPricePeriod(options) - 1
}

/**
 * Midpoint price over the window (TA-Lib `MIDPRICE`): `(highest high + lowest low) / 2` of the last `period` bars.
 *
 * `NaN` inside the input is skipped, except that a `NaN` high or low in the window's oldest bar makes that output
 * `NaN` (TA-Lib seeds its scan with it).
 *
 * @param bars - `high` and `low` arrays of equal length, oldest first.
 * @param options - `period` (default 14) and an optional `out` buffer; see {@link MidPriceOptions}.
 * @returns A `Float64Array` of the input's length, in input units; the first {@link midPriceLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   naming the field when the arrays' lengths differ, or `out` when it is too short.
 * @example
 * ```ts
 * import { midPrice } from '@aitrade/indicators'
 * midPrice({ high: [3, 2, 4], low: [1, 0, 2] }, { period: 2 }) // Float64Array [NaN, 1.5, 2]
 * ```
 * @see TA-Lib `TA_MIDPRICE` (ta_MIDPRICE.c).
 */
export function midPrice(
  bars: Pick<OhlcvInput, 'high' | 'low'>,
  options: MidPriceOptions & OutputOptions = {},
): Float64Array {
  const period = midPricePeriod(options)
  const n = checkBars(bars, ['high', 'low'])
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  const { high, low } = bars
  for (let today = period - 1; today < n; today++) {
    let lowest = low[today - period + 1] as number
    let highest = high[today - period + 1] as number
    for (let i = today - period + 2; i <= today; i++) {
      const l = low[i] as number
      if (l < lowest) lowest = l
      const h = high[i] as number
      if (h > highest) highest = h
    }
    out[today] = (highest + lowest) / 2
  }
  return out
}

/**
 * Streaming midpoint price (TA-Lib `MIDPRICE`), O(1) amortized per update with monotonic deques; outputs equal
 * {@link midPrice}'s exactly.
 *
 * @example
 * ```ts
 * import { MIDPRICE } from '@aitrade/indicators'
 * const m = new MIDPRICE({ period: 3 })
 * m.update({ high: 3, low: 1 })
 * m.update({ high: 2, low: 0 }) // NaN
 * m.update({ high: 4, low: 2 }) // 2
 * ```
 * @see TA-Lib `TA_MIDPRICE` (ta_MIDPRICE.c).
 */
export class MIDPRICE implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low'>, number> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly lo: WindowExtreme
  private readonly hi: WindowExtreme

  /**
   * @param options - See {@link MidPriceOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: MidPriceOptions = {}) {
    const period = midPricePeriod(options)
    this.lo = new WindowExtreme(period, false)
    this.hi = new WindowExtreme(period, true)
    this.lookback = period - 1
  }

  /** `true` once `period` bars have been consumed. */
  get isReady(): boolean {
    return this.hi.isReady
  }

  /**
   * Consumes the next bar.
   * @param bar - `high` and `low` of the new bar.
   * @returns The midpoint, `NaN` before ready.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low'>): number {
    this.lo.save()
    this.hi.save()
    return this.step(bar)
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised midpoint.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low'>): number {
    if (!this.hi.started) throw noBarToReplace('MIDPRICE')
    this.lo.rollback()
    this.hi.rollback()
    return this.step(bar)
  }

  private step(bar: Pick<OhlcvBar, 'high' | 'low'>): number {
    this.lo.push(bar.low)
    this.hi.push(bar.high)
    return this.hi.isReady ? (this.hi.plain + this.lo.plain) / 2 : Number.NaN
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.lo.reset()
    this.hi.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('MIDPRICE', 1, { period: this.hi.period }, this, ['lo', 'hi'])
  }

  /**
   * @param snapshot - A snapshot of a `MIDPRICE` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'MIDPRICE', 1, { period: this.hi.period }, this, ['lo', 'hi'])
  }
}
