import { WMA as StreamWMA, wma as wmaKernel, wmaLookback } from '../overlap/wma.js'
import { definedFrom, inCallerOrder, oldestFirst, readyOrUndefined, TiIndicator, type TiInput } from './tiIndicator.js'

/**
 * technicalindicators' WMA input: `{ period, values }`.
 */
export interface WMAInput extends TiInput {
  /** Period in bars, integer ≥ 2. */
  period: number
  /** Input values, oldest first (newest first with `reversedInput`). */
  values: number[]
}

/**
 * Drop-in for technicalindicators' `WMA`, computed by our {@link @aitrade/indicators!index.wma} (TA-Lib WMA, linear weights).
 * Same numbers as technicalindicators (within 1e-12: the running sums round differently).
 *
 * @example
 * ```ts
 * import { WMA } from '@aitrade/indicators/compat'
 *
 * WMA.calculate({ period: 3, values: [1, 2, 3, 4] }) // [2.333…, 3.333…]
 * const live = new WMA({ period: 3, values: [] })
 * live.nextValue(1) // undefined (warming up)
 * ```
 * @see technicalindicators `WMA`; TA-Lib `TA_WMA`.
 */
export class WMA extends TiIndicator<number, number> {
  /**
   * @param input - `{ period, values }`; `result` receives the output for `values`, `nextValue` continues from there.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(input: WMAInput) {
    const stream = new StreamWMA({ period: input.period })
    super((x) => readyOrUndefined(stream.update(x), input.format), input.values ?? [])
  }

  /**
   * WMA of `input.values`, defined values only (no warm-up padding), as technicalindicators returns it.
   * @param input - `{ period, values }`, plus `reversedInput` / `format`.
   * @returns `values.length − period + 1` numbers (empty when shorter), in the values' units.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  static calculate(input: WMAInput): number[] {
    const i = oldestFirst(input)
    const out = wmaKernel(i.values, { period: i.period })
    return inCallerOrder(definedFrom(out, wmaLookback({ period: i.period }), i.format), input)
  }
}

/**
 * technicalindicators' function form: `wma(input)` is `WMA.calculate(input)`.
 * @param input - See {@link WMAInput}.
 * @returns As {@link WMA.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link WMA.calculate}.
 *
 * @example
 * ```ts
 * import { wma } from '@aitrade/indicators/compat'
 *
 * wma({ period: 2, values: [1, 2, 3] }) // [1.666…, 2.666…]
 * ```
 * @see {@link WMA} for the formula and how it relates to TA-Lib's.
 */
export function wma(input: WMAInput): number[] {
  return WMA.calculate(input)
}
