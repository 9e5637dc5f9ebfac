import { WindowExtreme } from '../statistic/windowExtreme.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link midPoint} and {@link MIDPOINT}. */
export interface MidPointOptions {
  /** Window length, integer in [2, 100000]. Default `14` (TA-Lib's). */
  period?: number
}

function midPointPeriod(options: MidPointOptions): number {
  return checkPeriod('period', options.period ?? 14, 2)
}

/**
 * Number of leading bars {@link midPoint} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link MidPointOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { midPointLookback } from '@aitrade/indicators'
 * midPointLookback({ period: 14 }) // 13
 * ```
 * @see TA-Lib `TA_MIDPOINT_Lookback`.
 */
export function midPointLookback(options: MidPointOptions = {}): number {
  return midPointPeriod(options) - 1
}

/**
 * Midpoint over the window (TA-Lib `MIDPOINT`): `(highest + lowest) / 2` of the last `period` values.
 *
 * `NaN` inside the input is skipped, except that a `NaN` as the window's oldest value makes that output `NaN`
 * (TA-Lib seeds its scan with it).
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 14) and an optional `out` buffer; see {@link MidPointOptions}.
 * @returns A `Float64Array` of the input's length, in input units; the first {@link midPointLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { midPoint } from '@aitrade/indicators'
 * midPoint([3, 1, 4, 1, 5], { period: 3 }) // Float64Array [NaN, NaN, 2.5, 2.5, 3]
 * ```
 * @see TA-Lib `TA_MIDPOINT` (ta_MIDPOINT.c).
 */
export function midPoint(values: ArrayLike<number>, options: MidPointOptions & OutputOptions = {}): Float64Array {
  const period = midPointPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  for (let today = period - 1; today < n; today++) {
    let lowest = values[today - period + 1] as number
    let highest = lowest
    for (let i = today - period + 2; i <= today; i++) {
      const v = values[i] as number
      if (v < lowest) lowest = v
      else if (v > highest) highest = v
    }
    out[today] = (highest + lowest) / 2
  }
  return out
}

/**
 * Streaming midpoint (TA-Lib `MIDPOINT`), O(1) amortized per update with monotonic deques; outputs equal
 * {@link midPoint}'s exactly.
 *
 * @example
 * ```ts
 * import { MIDPOINT } from '@aitrade/indicators'
 * const m = new MIDPOINT({ period: 3 })
 * m.update(3); m.update(1)
 * m.update(4) // 2.5
 * ```
 * @see TA-Lib `TA_MIDPOINT` (ta_MIDPOINT.c).
 */
export class MIDPOINT implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly lo: WindowExtreme
  private readonly hi: WindowExtreme

  /**
   * @param options - See {@link MidPointOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: MidPointOptions = {}) {
    const period = midPointPeriod(options)
    this.lo = new WindowExtreme(period, false)
    this.hi = new WindowExtreme(period, true)
    this.lookback = period - 1
  }

  /** `true` once `period` values have been consumed. */
  get isReady(): boolean {
    return this.hi.isReady
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The midpoint, `NaN` before ready.
   */
  update(value: number): number {
    this.lo.save()
    this.hi.save()
    return this.step(value)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised midpoint.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (!this.hi.started) throw noBarToReplace('MIDPOINT')
    this.lo.rollback()
    this.hi.rollback()
    return this.step(value)
  }

  private step(value: number): number {
    this.lo.push(value)
    this.hi.push(value)
    return this.hi.isReady ? (this.hi.plain + this.lo.plain) / 2 : Number.NaN
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.lo.reset()
    this.hi.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('MIDPOINT', 1, { period: this.hi.period }, this, ['lo', 'hi'])
  }

  /**
   * @param snapshot - A snapshot of a `MIDPOINT` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'MIDPOINT', 1, { period: this.hi.period }, this, ['lo', 'hi'])
  }
}
