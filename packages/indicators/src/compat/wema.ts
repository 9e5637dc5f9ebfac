import { emaLookback, emaRange, EMA as StreamEMA } from '../overlap/ema.js'
import { definedFrom, inCallerOrder, oldestFirst, readyOrUndefined, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' WEMA input: `{ period, values }`. */
export interface WEMAInput extends TiInput {
  /** Period in bars, integer ≥ 2; the smoothing factor is `1 / period`. */
  period: number
  /** Input values, oldest first (newest first with `reversedInput`). */
  values: number[]
}

/**
 * Drop-in for technicalindicators' `WEMA` (Wilder's smoothing, "smoothed moving average"): seeded with the SMA
 * of the first `period` values, then `w += (x − w) / period` — our EMA kernel with `k = 1/period`. Same numbers
 * as technicalindicators.
 *
 * @example
 * ```ts
 * import { WEMA } from '@aitrade/indicators/compat'
 *
 * WEMA.calculate({ period: 2, values: [1, 3, 5] }) // [2, 3.5]
 * ```
 * @see technicalindicators `WEMA`; J. Welles Wilder Jr., *New Concepts in Technical Trading Systems* (1978).
 */
export class WEMA extends TiIndicator<number, number> {
  /**
   * @param input - `{ period, values }`; `result` receives the output for `values`, `nextValue` continues from there.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(input: WEMAInput) {
    const stream = new StreamEMA({ period: input.period }, 1 / input.period)
    super((x) => readyOrUndefined(stream.update(x), input.format), input.values ?? [])
  }

  /**
   * WEMA of `input.values`, defined values only.
   * @param input - `{ period, values }`, plus `reversedInput` / `format`.
   * @returns `values.length − period + 1` numbers (empty when shorter).
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  static calculate(input: WEMAInput): number[] {
    const i = oldestFirst(input)
    const lookback = emaLookback({ period: i.period })
    const out = new Float64Array(i.values.length)
    emaRange(i.values, 0, i.values.length, i.period, 1 / i.period, out)
    return inCallerOrder(definedFrom(out, lookback, i.format), input)
  }
}

/**
 * technicalindicators' function form: `wema(input)` is `WEMA.calculate(input)`.
 * @param input - See {@link WEMAInput}.
 * @returns As {@link WEMA.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link WEMA.calculate}.
 *
 * @example
 * ```ts
 * import { wema } from '@aitrade/indicators/compat'
 *
 * wema({ period: 2, values: [1, 3, 5] }) // [2, 3.5]
 * ```
 * @see {@link WEMA} for the formula and how it relates to TA-Lib's.
 */
export function wema(input: WEMAInput): number[] {
  return WEMA.calculate(input)
}
