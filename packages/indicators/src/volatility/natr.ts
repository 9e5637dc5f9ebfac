import type { OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, outputBuffer } from '../validate.js'
import { type AtrOptions, AtrStream, atrInto, atrPeriod } from './atr.js'

/**
 * Number of leading bars {@link natr} leaves `NaN`: `period`.
 *
 * @param options - See {@link AtrOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000].
 * @example
 * ```ts
 * import { natrLookback } from '@aitrade/indicators'
 * natrLookback({ period: 14 }) // 14
 * ```
 * @see TA-Lib `TA_NATR_Lookback`.
 */
export function natrLookback(options: AtrOptions = {}): number {
  return atrPeriod(options)
}

/**
 * Normalized average true range (TA-Lib `NATR`): `ATR / close · 100`, a percentage of price. As in TA-Lib, `period` 1
 * returns the plain true range, not normalized. Where the close is within 1e-14 of zero the output is `0`; TA-Lib 0.6
 * means to do the same but writes that 0 into its first output instead of the current one (a bug in ta_NATR.c) and
 * leaves the current one unset, so only there do the two differ.
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param bars - `high`, `low`, `close` arrays of equal length, oldest first.
 * @param options - `period` (default 14) and an optional `out` buffer; see {@link AtrOptions}.
 * @returns A `Float64Array` of the input's length, in percent of the close; the first {@link natrLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000],
 *   naming the field when the arrays' lengths differ, or `out` when it is too short.
 * @example
 * ```ts
 * import { natr } from '@aitrade/indicators'
 * natr({ high: [10, 12, 13], low: [9, 11, 11], close: [9.5, 11.5, 12] }, { period: 2 }) // [NaN, NaN, 18.75]
 * ```
 * @see TA-Lib `TA_NATR` (ta_NATR.c); J. Forman, "Cross-Market Evaluations With Normalized Average True Range", TASC, May 2006.
 */
export function natr(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: AtrOptions & OutputOptions = {},
): Float64Array {
  const period = atrPeriod(options)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const out = outputBuffer(n, options.out)
  atrInto(bars.high, bars.low, bars.close, n, period, true, out)
  return out
}

/**
 * Streaming normalized average true range (TA-Lib `NATR`), O(1) per update; outputs equal {@link natr}'s exactly.
 *
 * @example
 * ```ts
 * import { NATR } from '@aitrade/indicators'
 * const a = new NATR({ period: 2 })
 * a.update({ high: 10, low: 9, close: 9.5 })
 * a.update({ high: 12, low: 11, close: 11.5 })
 * a.update({ high: 13, low: 11, close: 12 }) // 18.75
 * ```
 * @see TA-Lib `TA_NATR` (ta_NATR.c).
 */
export class NATR extends AtrStream {
  /**
   * @param options - See {@link AtrOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000].
   */
  constructor(options: AtrOptions = {}) {
    super('NATR', options, true)
  }
}
