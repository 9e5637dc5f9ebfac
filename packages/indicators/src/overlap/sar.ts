import type { OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, checkReal, outputBuffer } from '../validate.js'
import { SarCore, type SarParams } from './sarExt.js'

/** Options of {@link sar} and {@link SAR}. */
export interface SarOptions {
  /** Acceleration factor: its start and its increment on each new extreme, ≥ 0. Default `0.02` (TA-Lib's). */
  acceleration?: number
  /** Cap of the acceleration factor, ≥ 0. Default `0.2` (TA-Lib's). */
  maximum?: number
}

function sarParams(o: SarOptions): SarParams {
  const acceleration = checkReal('acceleration', o.acceleration ?? 0.02, 0, 3e37)
  const maximum = checkReal('maximum', o.maximum ?? 0.2, 0, 3e37)
  return {
    startValue: 0,
    offsetOnReverse: 0,
    accelerationInitLong: acceleration,
    accelerationLong: acceleration,
    accelerationMaxLong: maximum,
    accelerationInitShort: acceleration,
    accelerationShort: acceleration,
    accelerationMaxShort: maximum,
  }
}

/**
 * Number of leading bars {@link sar} leaves `NaN`: always `1`.
 *
 * @param options - See {@link SarOptions} (validated).
 * @returns `1`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an option is negative or not a number.
 * @example
 * ```ts
 * import { sarLookback } from '@aitrade/indicators'
 * sarLookback() // 1
 * ```
 * @see TA-Lib `TA_SAR_Lookback`.
 */
export function sarLookback(options: SarOptions = {}): number {
  sarParams(options)
  return 1
}

/**
 * Parabolic SAR (TA-Lib `SAR`, Wilder 1978): a trailing stop that accelerates toward price by `acceleration` per new
 * extreme (capped at `maximum`) and flips side when price crosses it. The first direction comes from the first two
 * bars' directional movement, as in TA-Lib.
 *
 * `NaN` inside the input propagates through the comparisons as in TA-Lib.
 *
 * @param bars - `high` and `low` arrays of equal length, oldest first.
 * @param options - `acceleration` (0.02), `maximum` (0.2) and an optional `out` buffer; see {@link SarOptions}.
 * @returns A `Float64Array` of the input's length, in price units; index 0 is `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an option is negative or not a number,
 *   naming the field when the arrays' lengths differ, or `out` when it is too short.
 * @example
 * ```ts
 * import { sar } from '@aitrade/indicators'
 * sar({ high: [10, 11, 12, 11], low: [9, 10, 11, 9] }) // Float64Array [NaN, 9, 9.04, 12]
 * ```
 * @see TA-Lib `TA_SAR` (ta_SAR.c); J. W. Wilder, "New Concepts in Technical Trading Systems", 1978.
 */
export function sar(bars: Pick<OhlcvInput, 'high' | 'low'>, options: SarOptions & OutputOptions = {}): Float64Array {
  const params = sarParams(options)
  const n = checkBars(bars, ['high', 'low'])
  const out = outputBuffer(n, options.out)
  const core = new SarCore('SAR', params, false)
  const { high, low } = bars
  for (let i = 0; i < n; i++) out[i] = core.step(high[i] as number, low[i] as number)
  return out
}

/**
 * Streaming parabolic SAR (TA-Lib `SAR`), O(1) per update; outputs equal {@link sar}'s exactly.
 *
 * @example
 * ```ts
 * import { SAR } from '@aitrade/indicators'
 * const s = new SAR()
 * s.update({ high: 10, low: 9 }) // NaN
 * s.update({ high: 11, low: 10 }) // 9
 * ```
 * @see TA-Lib `TA_SAR` (ta_SAR.c).
 */
export class SAR extends SarCore {
  /**
   * @param options - See {@link SarOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an option is negative or not a number.
   */
  constructor(options: SarOptions = {}) {
    super('SAR', sarParams(options), false)
  }
}
