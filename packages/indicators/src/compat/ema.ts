import { ema as emaKernel, emaLookback, EMA as StreamEMA } from '../overlap/ema.js'
import { definedFrom, inCallerOrder, oldestFirst, readyOrUndefined, TiIndicator, type TiInput } from './tiIndicator.js'

/**
 * technicalindicators' EMA input: `{ period, values }`.
 */
export interface EMAInput extends TiInput {
  /** Period in bars, integer ≥ 2. */
  period: number
  /** Input values, oldest first (newest first with `reversedInput`). */
  values: number[]
}

/**
 * Drop-in for technicalindicators' `EMA`, computed by our {@link @aitrade/indicators!index.ema} (TA-Lib EMA, seeded with the SMA of the first `period` values, as technicalindicators does).
 * Same numbers as technicalindicators.
 *
 * @example
 * ```ts
 * import { EMA } from '@aitrade/indicators/compat'
 *
 * EMA.calculate({ period: 3, values: [1, 2, 3, 4] }) // [2, 3]
 * const live = new EMA({ period: 3, values: [] })
 * live.nextValue(1) // undefined (warming up)
 * ```
 * @see technicalindicators `EMA`; TA-Lib `TA_EMA`.
 */
export class EMA extends TiIndicator<number, number> {
  /**
   * @param input - `{ period, values }`; `result` receives the output for `values`, `nextValue` continues from there.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(input: EMAInput) {
    const stream = new StreamEMA({ period: input.period })
    super((x) => readyOrUndefined(stream.update(x), input.format), input.values ?? [])
  }

  /**
   * EMA of `input.values`, defined values only (no warm-up padding), as technicalindicators returns it.
   * @param input - `{ period, values }`, plus `reversedInput` / `format`.
   * @returns `values.length − period + 1` numbers (empty when shorter), in the values' units.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  static calculate(input: EMAInput): number[] {
    const i = oldestFirst(input)
    const out = emaKernel(i.values, { period: i.period })
    return inCallerOrder(definedFrom(out, emaLookback({ period: i.period }), i.format), input)
  }
}

/**
 * technicalindicators' function form: `ema(input)` is `EMA.calculate(input)`.
 * @param input - See {@link EMAInput}.
 * @returns As {@link EMA.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link EMA.calculate}.
 *
 * @example
 * ```ts
 * import { ema } from '@aitrade/indicators/compat'
 *
 * ema({ period: 3, values: [1, 2, 3, 4] }) // [2, 3]
 * ```
 * @see {@link EMA} for the formula and how it relates to TA-Lib's.
 */
export function ema(input: EMAInput): number[] {
  return EMA.calculate(input)
}
