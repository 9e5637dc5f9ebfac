import { atr as atrKernel, atrLookback, ATR as StreamATR } from '../volatility/atr.js'
import {
  barTicks,
  definedFrom,
  inCallerOrder,
  oldestFirst,
  readyOrUndefined,
  type TiBar,
  TiIndicator,
  type TiInput,
} from './tiIndicator.js'

/** technicalindicators' ATR input: `{ high, low, close, period }`. */
export interface ATRInput extends TiInput {
  /** Period in bars, integer ≥ 1. */
  period: number
  /** Highs, oldest first. */
  high: number[]
  /** Lows, oldest first. */
  low: number[]
  /** Closes, oldest first. */
  close: number[]
}

/**
 * Drop-in for technicalindicators' `ATR`: Wilder's average true range (our TA-Lib-exact
 * {@link @aitrade/indicators!index.atr}); technicalindicators uses the same seed (mean of the first `period` true
 * ranges from the second bar), so the numbers are the same.
 *
 * @example
 * ```ts
 * import { ATR } from '@aitrade/indicators/compat'
 *
 * ATR.calculate({ period: 1, high: [2, 3], low: [1, 2], close: [1.5, 2.5] }) // [1.5]
 * ```
 * @see technicalindicators `ATR`; TA-Lib `TA_ATR`.
 */
export class ATR extends TiIndicator<TiBar, number> {
  /**
   * @param input - `{ high, low, close, period }`; `nextValue` takes `{ high, low, close }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 1.
   */
  constructor(input: ATRInput) {
    const stream = new StreamATR({ period: input.period })
    super((bar) => readyOrUndefined(stream.update(bar), input.format), barTicks(input))
  }

  /**
   * ATR of the bars, defined values only.
   * @param input - `{ high, low, close, period }`, plus `reversedInput` / `format`.
   * @returns `n − period` numbers in price units.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period` or unequal lengths.
   */
  static calculate(input: ATRInput): number[] {
    const i = oldestFirst(input)
    return inCallerOrder(
      definedFrom(atrKernel(i, { period: i.period }), atrLookback({ period: i.period }), i.format),
      input,
    )
  }
}

/**
 * technicalindicators' function form: `atr(input)` is `ATR.calculate(input)`.
 * @param input - See {@link ATRInput}.
 * @returns As {@link ATR.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link ATR.calculate}.
 *
 * @example
 * ```ts
 * import { atr } from '@aitrade/indicators/compat'
 *
 * atr({ period: 1, high: [2, 3], low: [1, 2], close: [1.5, 2.5] }) // [1.5]
 * ```
 * @see {@link ATR} for the formula and how it relates to TA-Lib's.
 */
export function atr(input: ATRInput): number[] {
  return ATR.calculate(input)
}
