import { TRIX as StreamTRIX, trix as trixKernel, trixLookback } from '../momentum/trix.js'
import { definedFrom, inCallerOrder, oldestFirst, readyOrUndefined, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' TRIX input. */
export interface TRIXInput extends TiInput {
  /** Period in bars. */
  period: number
  /** Values, oldest first. */
  values: number[]
}

/**
 * Drop-in for technicalindicators' `TRIX`: Jack Hutson's TRIX, the one-bar rate of change (percent) of a triple EMA, our TA-Lib-exact {@link @aitrade/indicators!index.trix}. Same numbers as technicalindicators (within 1e-10 relative).
 *
 * @example
 * ```ts
 * import { TRIX } from '@aitrade/indicators/compat'
 *
 * TRIX.calculate({ period: 2, values: [1, 2, 3, 4, 5] }).length // 1
 * ```
 * @see technicalindicators `TRIX`; Jack Hutson, *Technical Analysis of Stocks & Commodities* (1983); TA-Lib `TA_TRIX`.
 */
export class TRIX extends TiIndicator<number, number> {
  /**
   * @param input - See {@link TRIXInput}; `nextValue` takes a value.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period`.
   */
  constructor(input: TRIXInput) {
    const stream = new StreamTRIX({ period: input.period })
    super((x) => readyOrUndefined(stream.update(x), input.format), input.values ?? [])
  }

  /**
   * TRIX of the input, defined values only (no warm-up padding).
   * @param input - See {@link TRIXInput}, plus `reversedInput` / `format`.
   * @returns `values.length − 3·(period − 1) − 1` numbers, percent.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period` or unequal lengths.
   */
  static calculate(input: TRIXInput): number[] {
    const i = oldestFirst(input)
    const out = trixKernel(i.values, { period: i.period })
    return inCallerOrder(definedFrom(out, trixLookback({ period: i.period }), i.format), input)
  }
}

/**
 * technicalindicators' function form: `trix(input)` is `TRIX.calculate(input)`.
 * @param input - See {@link TRIXInput}.
 * @returns As {@link TRIX.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link TRIX.calculate}.
 *
 * @example
 * ```ts
 * import { trix } from '@aitrade/indicators/compat'
 *
 * trix({ period: 2, values: [1, 2, 3, 4, 5] }).length // 1
 * ```
 * @see {@link TRIX} for the formula and how it relates to TA-Lib's.
 */
export function trix(input: TRIXInput): number[] {
  return TRIX.calculate(input)
}
