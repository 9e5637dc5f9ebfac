import type { OutputOptions } from '../types.js'
import { checkSeries, outputBuffer } from '../validate.js'
import { type LinearregOptions, LinregKind, LinregStream, linregInto, linregPeriod } from './linearreg.js'

/**
 * Number of leading bars {@link linearregSlope} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link LinearregOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { linearregSlopeLookback } from '@aitrade/indicators'
 * linearregSlopeLookback({ period: 14 }) // 13
 * ```
 * @see TA-Lib `TA_LINEARREG_SLOPE_Lookback`.
 */
export function linearregSlopeLookback(options: LinearregOptions = {}): number {
  return linregPeriod(options) - 1
}

/**
 * Linear regression slope (TA-Lib `LINEARREG_SLOPE`): the slope `m` of the least-squares line through the last `period` values, per bar.
 *
 * `NaN` inside the input makes every window containing it `NaN`, as in TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 14) and an optional `out` buffer; see {@link LinearregOptions}.
 * @returns A `Float64Array` of the input's length, in input units per bar; the first {@link linearregSlopeLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { linearregSlope } from '@aitrade/indicators'
 * linearregSlope([1, 3, 2, 4], { period: 3 }) // Float64Array [NaN, NaN, 0.5, 0.5]
 * ```
 * @see TA-Lib `TA_LINEARREG_SLOPE` (ta_LINEARREG_SLOPE.c).
 */
export function linearregSlope(
  values: ArrayLike<number>,
  options: LinearregOptions & OutputOptions = {},
): Float64Array {
  const p = linregPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  linregInto(values, n, p, LinregKind.Slope, out)
  return out
}

/**
 * Streaming linear regression slope (TA-Lib `LINEARREG_SLOPE`), O(period) per update; outputs equal {@link linearregSlope}'s exactly.
 *
 * @example
 * ```ts
 * import { LINEARREG_SLOPE } from '@aitrade/indicators'
 * const l = new LINEARREG_SLOPE({ period: 3 })
 * l.update(1); l.update(3)
 * l.update(2) // 0.5
 * ```
 * @see TA-Lib `TA_LINEARREG_SLOPE` (ta_LINEARREG_SLOPE.c).
 */
export class LINEARREG_SLOPE extends LinregStream {
  /**
   * @param options - See {@link LinearregOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: LinearregOptions = {}) {
    super('LINEARREG_SLOPE', LinregKind.Slope, options)
  }
}
