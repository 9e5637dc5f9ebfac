import type { OutputOptions } from '../types.js'
import { checkSeries, outputBuffer } from '../validate.js'
import { type LinearregOptions, LinregKind, LinregStream, linregInto, linregPeriod } from './linearreg.js'

/**
 * Number of leading bars {@link linearregAngle} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link LinearregOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { linearregAngleLookback } from '@aitrade/indicators'
 * linearregAngleLookback({ period: 14 }) // 13
 * ```
 * @see TA-Lib `TA_LINEARREG_ANGLE_Lookback`.
 */
export function linearregAngleLookback(options: LinearregOptions = {}): number {
  return linregPeriod(options) - 1
}

/**
 * Linear regression angle (TA-Lib `LINEARREG_ANGLE`): the slope of the least-squares line through the last `period` values as an angle, `atan(m)` in degrees.
 *
 * `NaN` inside the input makes every window containing it `NaN`, as in TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 14) and an optional `out` buffer; see {@link LinearregOptions}.
 * @returns A `Float64Array` of the input's length, in degrees; the first {@link linearregAngleLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { linearregAngle } from '@aitrade/indicators'
 * linearregAngle([1, 2, 3], { period: 3 }) // Float64Array [NaN, NaN, 45]
 * ```
 * @see TA-Lib `TA_LINEARREG_ANGLE` (ta_LINEARREG_ANGLE.c).
 */
export function linearregAngle(
  values: ArrayLike<number>,
  options: LinearregOptions & OutputOptions = {},
): Float64Array {
  const p = linregPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  linregInto(values, n, p, LinregKind.Angle, out)
  return out
}

/**
 * Streaming linear regression angle (TA-Lib `LINEARREG_ANGLE`), O(period) per update; outputs equal {@link linearregAngle}'s exactly.
 *
 * @example
 * ```ts
 * import { LINEARREG_ANGLE } from '@aitrade/indicators'
 * const l = new LINEARREG_ANGLE({ period: 3 })
 * l.update(1); l.update(2)
 * l.update(3) // 45
 * ```
 * @see TA-Lib `TA_LINEARREG_ANGLE` (ta_LINEARREG_ANGLE.c).
 */
export class LINEARREG_ANGLE extends LinregStream {
  /**
   * @param options - See {@link LinearregOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: LinearregOptions = {}) {
    super('LINEARREG_ANGLE', LinregKind.Angle, options)
  }
}
