import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkReal, checkSeries, outputBuffer } from '../validate.js'
import { RollingVar, varRange } from './variance.js'

/** Options of {@link stdDev} and {@link STDDEV}. */
export interface StdDevOptions {
  /** Window length, integer in [2, 100000]. Default `5` (TA-Lib's). */
  period?: number
  /** Multiplier of the deviation. Default `1` (TA-Lib's). */
  nbDev?: number
}

function stdDevParams(options: StdDevOptions): { period: number; nbDev: number } {
  return {
    period: checkPeriod('period', options.period ?? 5, 2),
    nbDev: checkReal('nbDev', options.nbDev ?? 1, -3e37, 3e37),
  }
}

/**
 * `√variance · nbDev`, `0` when the variance is below 1e-14 (TA-Lib's `TA_IS_ZERO_OR_NEG`).
 * @internal
 */
export function sqrtDev(v: number, nbDev: number): number {
  return v < 1e-14 ? 0 : nbDev === 1 ? Math.sqrt(v) : Math.sqrt(v) * nbDev
}

/**
 * Number of leading bars {@link stdDev} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link StdDevOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { stdDevLookback } from '@aitrade/indicators'
 * stdDevLookback({ period: 20 }) // 19
 * ```
 * @see TA-Lib `TA_STDDEV_Lookback`.
 */
export function stdDevLookback(options: StdDevOptions = {}): number {
  return stdDevParams(options).period - 1
}

/**
 * Rolling population standard deviation (TA-Lib `STDDEV`): `√(mean(x²) − mean(x)²) · nbDev` (divisor `period`),
 * `0` where the variance is below 1e-14.
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 5), `nbDev` (default 1) and an optional `out` buffer; see {@link StdDevOptions}.
 * @returns A `Float64Array` of the input's length, in input units; the first {@link stdDevLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `nbDev` is not a number, `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { stdDev } from '@aitrade/indicators'
 * stdDev([1, 3, 5], { period: 2 }) // Float64Array [NaN, 1, 1]
 * ```
 * @see TA-Lib `TA_STDDEV` (ta_STDDEV.c).
 */
export function stdDev(values: ArrayLike<number>, options: StdDevOptions & OutputOptions = {}): Float64Array {
  const { period, nbDev } = stdDevParams(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  varRange(values, 0, n, period, out)
  for (let i = period - 1; i < n; i++) out[i] = sqrtDev(out[i] as number, nbDev)
  return out
}

/**
 * Streaming rolling standard deviation (TA-Lib `STDDEV`), O(1) per update; outputs equal {@link stdDev}'s exactly.
 *
 * @example
 * ```ts
 * import { STDDEV } from '@aitrade/indicators'
 * const s = new STDDEV({ period: 2 })
 * s.update(1)
 * s.update(3) // 1
 * ```
 * @see TA-Lib `TA_STDDEV` (ta_STDDEV.c).
 */
export class STDDEV implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly options: { period: number; nbDev: number }
  private readonly core: RollingVar

  /**
   * @param options - See {@link StdDevOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000]
   *   or `nbDev` is not a number.
   */
  constructor(options: StdDevOptions = {}) {
    this.options = stdDevParams(options)
    this.core = new RollingVar(this.options.period)
    this.lookback = this.options.period - 1
  }

  /** `true` once `period` values have been consumed. */
  get isReady(): boolean {
    return this.core.isReady
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest deviation, `NaN` before ready.
   */
  update(value: number): number {
    this.core.save()
    return sqrtDev(this.core.step(value), this.options.nbDev)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised deviation.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (!this.core.started) throw noBarToReplace('STDDEV')
    this.core.rollback()
    return sqrtDev(this.core.step(value), this.options.nbDev)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.core.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('STDDEV', 1, this.options, this, ['core'])
  }

  /**
   * @param snapshot - A snapshot of a `STDDEV` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'STDDEV', 1, this.options, this, ['core'])
  }
}
