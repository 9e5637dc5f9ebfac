import { roc as rocKernel, rocLookback, ROC as StreamROC } from '../momentum/roc.js'
import { definedFrom, inCallerOrder, oldestFirst, readyOrUndefined, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' ROC input. */
export interface ROCInput extends TiInput {
  /** Period in bars. */
  period: number
  /** Values, oldest first. */
  values: number[]
}

/**
 * Drop-in for technicalindicators' `ROC`: rate of change in percent, `100 · (x − x₋period) / x₋period`, our TA-Lib-exact {@link @aitrade/indicators!index.roc}. Same numbers as technicalindicators.
 *
 * @example
 * ```ts
 * import { ROC } from '@aitrade/indicators/compat'
 *
 * ROC.calculate({ period: 1, values: [100, 110, 99] }) // ≈ [10, -10]
 * ```
 * @see technicalindicators `ROC`; TA-Lib `TA_ROC`.
 */
export class ROC extends TiIndicator<number, number> {
  /**
   * @param input - See {@link ROCInput}; `nextValue` takes a value.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period`.
   */
  constructor(input: ROCInput) {
    const stream = new StreamROC({ period: input.period })
    super((x) => readyOrUndefined(stream.update(x), input.format), input.values ?? [])
  }

  /**
   * ROC of the input, defined values only (no warm-up padding).
   * @param input - See {@link ROCInput}, plus `reversedInput` / `format`.
   * @returns `values.length − period` numbers, percent.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period` or unequal lengths.
   */
  static calculate(input: ROCInput): number[] {
    const i = oldestFirst(input)
    const out = rocKernel(i.values, { period: i.period })
    return inCallerOrder(definedFrom(out, rocLookback({ period: i.period }), i.format), input)
  }
}

/**
 * technicalindicators' function form: `roc(input)` is `ROC.calculate(input)`.
 * @param input - See {@link ROCInput}.
 * @returns As {@link ROC.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link ROC.calculate}.
 *
 * @example
 * ```ts
 * import { roc } from '@aitrade/indicators/compat'
 *
 * roc({ period: 1, values: [100, 110, 99] }) // ≈ [10, -10]
 * ```
 * @see {@link ROC} for the formula and how it relates to TA-Lib's.
 */
export function roc(input: ROCInput): number[] {
  return ROC.calculate(input)
}
