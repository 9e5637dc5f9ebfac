import type { OutputOptions } from '../types.js'
import { checkSeries, outputBuffer } from '../validate.js'
import { type LinearregOptions, LinregKind, LinregStream, linregInto, linregPeriod } from './linearreg.js'

/**
 * Number of leading bars {@link linearregIntercept} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link LinearregOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { linearregInterceptLookback } from '@aitrade/indicators'
 * linearregInterceptLookback({ period: 14 }) // 13
 * ```
 * @see TA-Lib `TA_LINEARREG_INTERCEPT_Lookback`.
 */
export function linearregInterceptLookback(options: LinearregOptions = {}): number {
  return linregPeriod(options) - 1
}

/**
 * Linear regression intercept (TA-Lib `LINEARREG_INTERCEPT`): the value of the least-squares line through the last `period` values at the window's oldest bar (`b`).
 *
 * `NaN` inside the input makes every window containing it `NaN`, as in TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 14) and an optional `out` buffer; see {@link LinearregOptions}.
 * @returns A `Float64Array` of the input's length, in input units; the first {@link linearregInterceptLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { linearregIntercept } from '@aitrade/indicators'
 * linearregIntercept([1, 3, 2, 4], { period: 3 }) // Float64Array [NaN, NaN, 1.5, 2.5]
 * ```
 * @see TA-Lib `TA_LINEARREG_INTERCEPT` (ta_LINEARREG_INTERCEPT.c).
 */
export function linearregIntercept(
  values: ArrayLike<number>,
  options: LinearregOptions & OutputOptions = {},
): Float64Array {
  const p = linregPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  linregInto(values, n, p, LinregKind.Intercept, out)
  return out
}

/**
 * Streaming linear regression intercept (TA-Lib `LINEARREG_INTERCEPT`), O(period) per update; outputs equal {@link linearregIntercept}'s exactly.
 *
 * @example
 * ```ts
 * import { LINEARREG_INTERCEPT } from '@aitrade/indicators'
 * const l = new LINEARREG_INTERCEPT({ period: 3 })
 * l.update(1); l.update(3)
 * l.update(2) // 1.5
 * ```
 * @see TA-Lib `TA_LINEARREG_INTERCEPT` (ta_LINEARREG_INTERCEPT.c).
 */
export class LINEARREG_INTERCEPT extends LinregStream {
  /**
   * @param options - See {@link LinearregOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: LinearregOptions = {}) {
    super('LINEARREG_INTERCEPT', LinregKind.Intercept, options)
  }
}
