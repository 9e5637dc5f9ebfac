import { WILLR as StreamWilliamsR, willr, willrLookback } from '../momentum/willr.js'
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

/** technicalindicators' WilliamsR input. */
export interface WilliamsRInput extends TiInput {
  /** Period in bars, integer ≥ 2. */
  period: number
  /** Highs, oldest first. */
  high: number[]
  /** Lows, oldest first. */
  low: number[]
  /** Closes, oldest first. */
  close: number[]
}

/**
 * Drop-in for technicalindicators' `WilliamsR`: Larry Williams' %R `−100 · (highest high − close) / (highest high − lowest low)`, our TA-Lib-exact {@link @aitrade/indicators!index.willr}. Same numbers as technicalindicators.
 *
 * @example
 * ```ts
 * import { WilliamsR } from '@aitrade/indicators/compat'
 *
 * WilliamsR.calculate({ period: 2, high: [2, 4], low: [0, 2], close: [1, 3] }) // [-25]
 * ```
 * @see technicalindicators `WilliamsR`; Larry Williams (1973); TA-Lib `TA_WILLR`.
 */
export class WilliamsR extends TiIndicator<TiBar, number> {
  /**
   * @param input - See {@link WilliamsRInput}; `nextValue` takes `{ high, low, close }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period`.
   */
  constructor(input: WilliamsRInput) {
    const stream = new StreamWilliamsR({ period: input.period })
    super((x) => readyOrUndefined(stream.update(x), input.format), barTicks(input))
  }

  /**
   * WilliamsR of the input, defined values only (no warm-up padding).
   * @param input - See {@link WilliamsRInput}, plus `reversedInput` / `format`.
   * @returns `n − period + 1` numbers in `[-100, 0]`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period` or unequal lengths.
   */
  static calculate(input: WilliamsRInput): number[] {
    const i = oldestFirst(input)
    const out = willr(i, { period: i.period })
    return inCallerOrder(definedFrom(out, willrLookback({ period: i.period }), i.format), input)
  }
}

/**
 * technicalindicators' function form: `williamsr(input)` is `WilliamsR.calculate(input)`.
 * @param input - See {@link WilliamsRInput}.
 * @returns As {@link WilliamsR.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link WilliamsR.calculate}.
 *
 * @example
 * ```ts
 * import { williamsr } from '@aitrade/indicators/compat'
 *
 * williamsr({ period: 2, high: [2, 4], low: [0, 2], close: [1, 3] }) // [-25]
 * ```
 * @see {@link WilliamsR} for the formula and how it relates to TA-Lib's.
 */
export function williamsr(input: WilliamsRInput): number[] {
  return WilliamsR.calculate(input)
}
