import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, outputBuffer } from '../validate.js'

/**
 * Wilder's true range of one bar with TA-Lib's comparisons (a `NaN` previous close falls back to `high − low`).
 * @internal
 */
export function trueRange(high: number, low: number, prevClose: number): number {
  let greatest = high - low
  const v2 = Math.abs(prevClose - high)
  if (v2 > greatest) greatest = v2
  const v3 = Math.abs(prevClose - low)
  if (v3 > greatest) greatest = v3
  return greatest
}

/**
 * Number of leading bars {@link trange} leaves `NaN`: `1` (the first bar has no previous close).
 *
 * @returns The lookback in bars.
 * @example
 * ```ts
 * import { trangeLookback } from '@aitrade/indicators'
 * trangeLookback() // 1
 * ```
 * @see TA-Lib `TA_TRANGE_Lookback`.
 */
export function trangeLookback(): number {
  return 1
}

/**
 * True range (TA-Lib `TRANGE`, Wilder 1978): `max(high − low, |prevClose − high|, |prevClose − low|)`.
 *
 * `NaN` in a bar makes that bar's output `NaN` (a `NaN` previous close alone gives `high − low`), as in TA-Lib.
 *
 * @param bars - `high`, `low`, `close` arrays of equal length, oldest first.
 * @param options - Optional `out` buffer.
 * @returns A `Float64Array` of the input's length, in price units; index 0 is `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the field when the arrays' lengths differ,
 *   or `out` when it is too short.
 * @example
 * ```ts
 * import { trange } from '@aitrade/indicators'
 * trange({ high: [10, 12], low: [9, 11], close: [9.5, 11.5] }) // Float64Array [NaN, 2.5]
 * ```
 * @see TA-Lib `TA_TRANGE` (ta_TRANGE.c); J. W. Wilder, "New Concepts in Technical Trading Systems", 1978.
 */
export function trange(bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>, options: OutputOptions = {}): Float64Array {
  const n = checkBars(bars, ['high', 'low', 'close'])
  const out = outputBuffer(n, options.out)
  const { high, low, close } = bars
  if (n > 0) out[0] = Number.NaN
  for (let i = 1; i < n; i++) out[i] = trueRange(high[i] as number, low[i] as number, close[i - 1] as number)
  return out
}

const FIELDS = ['count', 'prevClose', 'pCount', 'pPrevClose'] as const

/**
 * Streaming true range (TA-Lib `TRANGE`), O(1) per update; outputs equal {@link trange}'s exactly.
 *
 * @example
 * ```ts
 * import { TRANGE } from '@aitrade/indicators'
 * const t = new TRANGE()
 * t.update({ high: 10, low: 9, close: 9.5 }) // NaN
 * t.update({ high: 12, low: 11, close: 11.5 }) // 2.5
 * ```
 * @see TA-Lib `TA_TRANGE` (ta_TRANGE.c).
 */
export class TRANGE implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close'>, number> {
  /** Bars consumed before the first defined output: `1`. */
  readonly lookback = 1
  private count = 0
  private prevClose = Number.NaN
  private pCount = -1
  private pPrevClose = Number.NaN

  /** `true` once two bars have been consumed. */
  get isReady(): boolean {
    return this.count > 1
  }

  /**
   * Consumes the next bar.
   * @param bar - `high`, `low`, `close` of the new bar.
   * @returns The bar's true range, `NaN` for the first bar.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    this.pCount = this.count
    this.pPrevClose = this.prevClose
    return this.step(bar)
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised true range.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    if (this.pCount < 0) throw noBarToReplace('TRANGE')
    this.count = this.pCount
    this.prevClose = this.pPrevClose
    return this.step(bar)
  }

  private step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    const tr = this.count === 0 ? Number.NaN : trueRange(bar.high, bar.low, this.prevClose)
    if (this.count < 2) this.count++
    this.prevClose = bar.close
    return tr
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.count = 0
    this.prevClose = Number.NaN
    this.pCount = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('TRANGE', 1, {}, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `TRANGE`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'TRANGE', 1, {}, this, FIELDS)
  }
}
