import { SMA as StreamSMA, sma as smaKernel, smaLookback } from '../overlap/sma.js'
import { definedFrom, inCallerOrder, oldestFirst, readyOrUndefined, TiIndicator, type TiInput } from './tiIndicator.js'

/**
 * technicalindicators' SMA input: `{ period, values }`.
 */
export interface SMAInput extends TiInput {
  /** Period in bars, integer ≥ 2. */
  period: number
  /** Input values, oldest first (newest first with `reversedInput`). */
  values: number[]
}

/** technicalindicators' name of the moving-average input shared by SMA, EMA, WMA and WEMA. */
export type MAInput = SMAInput

/**
 * Drop-in for technicalindicators' `SMA`, computed by our {@link @aitrade/indicators!index.sma} (TA-Lib SMA).
 * Same numbers as technicalindicators.
 *
 * @example
 * ```ts
 * import { SMA } from '@aitrade/indicators/compat'
 *
 * SMA.calculate({ period: 3, values: [1, 2, 3, 4] }) // [2, 3]
 * const live = new SMA({ period: 3, values: [] })
 * live.nextValue(1) // undefined (warming up)
 * ```
 * @see technicalindicators `SMA`; TA-Lib `TA_SMA`.
 */
export class SMA extends TiIndicator<number, number> {
  /**
   * @param input - `{ period, values }`; `result` receives the output for `values`, `nextValue` continues from there.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(input: SMAInput) {
    const stream = new StreamSMA({ period: input.period })
    super((x) => readyOrUndefined(stream.update(x), input.format), input.values ?? [])
  }

  /**
   * SMA of `input.values`, defined values only (no warm-up padding), as technicalindicators returns it.
   * @param input - `{ period, values }`, plus `reversedInput` / `format`.
   * @returns `values.length − period + 1` numbers (empty when shorter), in the values' units.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  static calculate(input: SMAInput): number[] {
    const i = oldestFirst(input)
    const out = smaKernel(i.values, { period: i.period })
    return inCallerOrder(definedFrom(out, smaLookback({ period: i.period }), i.format), input)
  }
}

/**
 * technicalindicators' function form: `sma(input)` is `SMA.calculate(input)`.
 * @param input - See {@link SMAInput}.
 * @returns As {@link SMA.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link SMA.calculate}.
 *
 * @example
 * ```ts
 * import { sma } from '@aitrade/indicators/compat'
 *
 * sma({ period: 3, values: [1, 2, 3, 4] }) // [2, 3]
 * ```
 * @see {@link SMA} for the formula and how it relates to TA-Lib's.
 */
export function sma(input: SMAInput): number[] {
  return SMA.calculate(input)
}
