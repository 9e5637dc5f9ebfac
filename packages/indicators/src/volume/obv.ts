import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, outputBuffer } from '../validate.js'

/**
 * Number of leading bars {@link obv} leaves `NaN`: always `0`.
 *
 * @returns `0`.
 * @example
 * ```ts
 * import { obvLookback } from '@aitrade/indicators'
 * obvLookback() // 0
 * ```
 * @see TA-Lib `TA_OBV_Lookback`.
 */
export function obvLookback(): number {
  return 0
}

/**
 * On-balance volume (TA-Lib `OBV`, Granville 1963): starts at the first bar's volume, then adds the volume when the
 * close rises, subtracts it when the close falls, and carries it when unchanged.
 *
 * A `NaN` close neither adds nor subtracts (and the next comparison is against `NaN`), a `NaN` volume propagates,
 * as in TA-Lib.
 *
 * @param bars - `close` and `volume` arrays of equal length, oldest first.
 * @param options - Optional `out` buffer.
 * @returns A `Float64Array` of the input's length, in volume units.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the field when the arrays' lengths differ,
 *   or `out` when it is too short.
 * @example
 * ```ts
 * import { obv } from '@aitrade/indicators'
 * obv({ close: [10, 11, 10.5, 10.5], volume: [100, 200, 50, 70] }) // Float64Array [100, 300, 250, 250]
 * ```
 * @see TA-Lib `TA_OBV` (ta_OBV.c); J. Granville, "Granville's New Key to Stock Market Profits", 1963.
 */
export function obv(bars: Pick<OhlcvInput, 'close' | 'volume'>, options: OutputOptions = {}): Float64Array {
  const n = checkBars(bars, ['close', 'volume'])
  const out = outputBuffer(n, options.out)
  if (n === 0) return out
  const { close, volume } = bars
  let total = volume[0] as number
  let prev = close[0] as number
  for (let i = 0; i < n; i++) {
    const c = close[i] as number
    if (c > prev) total += volume[i] as number
    else if (c < prev) total -= volume[i] as number
    out[i] = total
    prev = c
  }
  return out
}

const FIELDS = ['count', 'total', 'prev', 'pCount', 'pTotal', 'pPrev'] as const

/**
 * Streaming on-balance volume (TA-Lib `OBV`), O(1) per update; outputs equal {@link obv}'s exactly.
 *
 * @example
 * ```ts
 * import { OBV } from '@aitrade/indicators'
 * const o = new OBV()
 * o.update({ close: 10, volume: 100 }) // 100
 * o.update({ close: 11, volume: 200 }) // 300
 * ```
 * @see TA-Lib `TA_OBV` (ta_OBV.c).
 */
export class OBV implements StreamingIndicator<Pick<OhlcvBar, 'close' | 'volume'>, number> {
  /** Always `0`. */
  readonly lookback = 0
  private count = 0
  private total = 0
  private prev = Number.NaN
  private pCount = -1
  private pTotal = 0
  private pPrev = Number.NaN

  /** `true` after the first update. */
  get isReady(): boolean {
    return this.count > 0
  }

  /**
   * Consumes the next bar.
   * @param bar - `close` and `volume` of the new bar.
   * @returns The OBV.
   */
  update(bar: Pick<OhlcvBar, 'close' | 'volume'>): number {
    this.pCount = this.count
    this.pTotal = this.total
    this.pPrev = this.prev
    return this.step(bar)
  }

  /**
   * Revises the last bar.
   * @param bar - The revised bar.
   * @returns The revised OBV.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'close' | 'volume'>): number {
    if (this.pCount < 0) throw noBarToReplace('OBV')
    this.count = this.pCount
    this.total = this.pTotal
    this.prev = this.pPrev
    return this.step(bar)
  }

  private step(bar: Pick<OhlcvBar, 'close' | 'volume'>): number {
    const c = bar.close
    if (this.count === 0) {
      this.count = 1
      this.total = bar.volume
    } else if (c > this.prev) this.total += bar.volume
    else if (c < this.prev) this.total -= bar.volume
    this.prev = c
    return this.total
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.count = 0
    this.total = 0
    this.prev = Number.NaN
    this.pCount = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('OBV', 1, {}, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of an `OBV`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'OBV', 1, {}, this, FIELDS)
  }
}
