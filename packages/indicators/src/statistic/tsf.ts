import type { OutputOptions } from '../types.js'
import { checkSeries, outputBuffer } from '../validate.js'
import { type LinearregOptions, LinregKind, LinregStream, linregInto, linregPeriod } from './linearreg.js'

/**
 * Number of leading bars {@link tsf} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link LinearregOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { tsfLookback } from '@aitrade/indicators'
 * tsfLookback({ period: 14 }) // 13
 * ```
 * @see TA-Lib `TA_TSF_Lookback`.
 */
export function tsfLookback(options: LinearregOptions = {}): number {
  return linregPeriod(options) - 1
}

/**
 * Time series forecast (TA-Lib `TSF`): the least-squares line through the last `period` values extended one bar ahead (`b + m·period`).
 *
 * `NaN` inside the input makes every window containing it `NaN`, as in TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 14) and an optional `out` buffer; see {@link LinearregOptions}.
 * @returns A `Float64Array` of the input's length, in input units; the first {@link tsfLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { tsf } from '@aitrade/indicators'
 * tsf([1, 3, 2, 4], { period: 3 }) // Float64Array [NaN, NaN, 3, 4]
 * ```
 * @see TA-Lib `TA_TSF` (ta_TSF.c).
 */
export function tsf(values: ArrayLike<number>, options: LinearregOptions & OutputOptions = {}): Float64Array {
  const p = linregPeriod(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  linregInto(values, n, p, LinregKind.Forecast, out)
  return out
}

/**
 * Streaming time series forecast (TA-Lib `TSF`), O(period) per update; outputs equal {@link tsf}'s exactly.
 *
 * @example
 * ```ts
 * import { TSF } from '@aitrade/indicators'
 * const l = new TSF({ period: 3 })
 * l.update(1); l.update(3)
 * l.update(2) // 3
 * ```
 * @see TA-Lib `TA_TSF` (ta_TSF.c).
 */
export class TSF extends LinregStream {
  /**
   * @param options - See {@link LinearregOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000].
   */
  constructor(options: LinearregOptions = {}) {
    super('TSF', LinregKind.Forecast, options)
  }
}
