import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, outputBuffer } from '../validate.js'

/**
 * Adds one bar's money-flow volume `((close − low) − (high − close)) / (high − low) · volume` to `ad`
 * (skipped when `high − low` is not positive), as TA-Lib's `AD` and `ADOSC` do.
 * @internal
 */
export function adStep(ad: number, high: number, low: number, close: number, volume: number): number {
  const range = high - low
  return range > 0 ? ad + ((close - low - (high - close)) / range) * volume : ad
}

/**
 * Number of leading bars {@link ad} leaves `NaN`: always `0`.
 *
 * @returns `0`.
 * @example
 * ```ts
 * import { adLookback } from '@aitrade/indicators'
 * adLookback() // 0
 * ```
 * @see TA-Lib `TA_AD_Lookback`.
 */
export function adLookback(): number {
  return 0
}

/**
 * Chaikin accumulation/distribution line (TA-Lib `AD`): the running sum of
 * `((close − low) − (high − close)) / (high − low) · volume`; bars with `high − low ≤ 0` add nothing.
 *
 * A `NaN` in a bar with a positive range makes that and every later output `NaN` (a `NaN` high or low skips the
 * bar), as in TA-Lib.
 *
 * @param bars - `high`, `low`, `close`, `volume` arrays of equal length, oldest first.
 * @param options - Optional `out` buffer.
 * @returns A `Float64Array` of the input's length, in volume units.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the field when the arrays' lengths differ,
 *   or `out` when it is too short.
 * @example
 * ```ts
 * import { ad } from '@aitrade/indicators'
 * ad({ high: [12, 12], low: [8, 8], close: [11, 9], volume: [100, 100] }) // Float64Array [50, 0]
 * ```
 * @see TA-Lib `TA_AD` (ta_AD.c); M. Chaikin, accumulation/distribution.
 */
export function ad(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close' | 'volume'>,
  options: OutputOptions = {},
): Float64Array {
  const n = checkBars(bars, ['high', 'low', 'close', 'volume'])
  const out = outputBuffer(n, options.out)
  const { high, low, close, volume } = bars
  let sum = 0
  for (let i = 0; i < n; i++) {
    sum = adStep(sum, high[i] as number, low[i] as number, close[i] as number, volume[i] as number)
    out[i] = sum
  }
  return out
}

/**
 * Streaming accumulation/distribution line (TA-Lib `AD`), O(1) per update; outputs equal {@link ad}'s exactly.
 *
 * @example
 * ```ts
 * import { AD } from '@aitrade/indicators'
 * new AD().update({ high: 12, low: 8, close: 11, volume: 100 }) // 50
 * ```
 * @see TA-Lib `TA_AD` (ta_AD.c).
 */
export class AD implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'>, number> {
  /** Always `0`. */
  readonly lookback = 0
  private sum = 0
  private pSum = Number.NaN
  private updated = false

  /** `true` after the first update. */
  get isReady(): boolean {
    return this.updated
  }

  /**
   * Consumes the next bar.
   * @param bar - `high`, `low`, `close`, `volume` of the new bar.
   * @returns The A/D line.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'>): number {
    this.updated = true
    this.pSum = this.sum
    this.sum = adStep(this.sum, bar.high, bar.low, bar.close, bar.volume)
    return this.sum
  }

  /**
   * Revises the last bar.
   * @param bar - The revised bar.
   * @returns The revised A/D line.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'>): number {
    if (!this.updated) throw noBarToReplace('AD')
    this.sum = adStep(this.pSum, bar.high, bar.low, bar.close, bar.volume)
    return this.sum
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.sum = 0
    this.updated = false
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('AD', 1, {}, this, ['sum', 'pSum', 'updated'])
  }

  /**
   * @param snapshot - A snapshot of an `AD`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'AD', 1, {}, this, ['sum', 'pSum', 'updated'])
  }
}
