import { RollingSum, smaRange } from '../overlap/sma.js'
import type { OutputOptions } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link sum} and {@link SUM}. */
export interface SumOptions {
  /** Window length, integer in [2, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function sumPeriod(options: SumOptions): number {
  return checkPeriod('period', options.period ?? 30, 2)
}

/**
 * Number of leading bars {@link sum} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link SumOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { sumLookback } from '@aitrade/indicators'
 * sumLookback({ period: 10 }) // 9
 * ```
 * @see TA-Lib `TA_SUM_Lookback`.
 */
export function sumLookback(options: SumOptions = {}): number {
  return sumPeriod(options) - 1
}

/**
 * Rolling sum over the last `period` values (TA-Lib `SUM`), with TA-Lib's running total (add the new value, then
 * subtract the one leaving).
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link SumOptions}.
 * @returns A `Float64Array` of the input's length, in input units; the first {@link sumLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { sum } from '@aitrade/indicators'
 * sum([1, 2, 3, 4], { period: 2 }) // Float64Array [NaN, 3, 5, 7]
 * ```
 * @see TA-Lib `TA_SUM` (ta_SUM.c).
 */
export function sum(values: ArrayLike<number>, options: SumOptions & OutputOptions = {}): Float64Array {
  const period = sumPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, period - 1))
  smaRange(values, 0, n, period, out, 1)
  return out
}

/**
 * Streaming rolling sum (TA-Lib `SUM`), O(1) per update; outputs equal {@link sum}'s exactly.
 *
 * @example
 * ```ts
 * import { SUM } from '@aitrade/indicators'
 * const s = new SUM({ period: 2 })
 * s.update(1)
 * s.update(2) // 3
 * ```
 * @see TA-Lib `TA_SUM` (ta_SUM.c).
 */
export class SUM extends RollingSum {
  /**
   * @param options - See {@link SumOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: SumOptions = {}) {
    super('SUM', sumPeriod(options), 1)
  }
}
