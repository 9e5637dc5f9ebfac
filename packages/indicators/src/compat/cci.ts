import { cci as cciKernel, cciLookback, CCI as StreamCCI } from '../momentum/cci.js'
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

/** technicalindicators' CCI input. */
export interface CCIInput extends TiInput {
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
 * Drop-in for technicalindicators' `CCI`: Lambert's Commodity Channel Index `(TP − SMA(TP)) / (0.015 · mean deviation)` with the typical price `TP = (H + L + C)/3`, our TA-Lib-exact {@link @aitrade/indicators!index.cci}. Same numbers as technicalindicators (within 1e-10 relative: the mean deviation is summed in another order).
 *
 * @example
 * ```ts
 * import { CCI } from '@aitrade/indicators/compat'
 *
 * CCI.calculate({ period: 2, high: [2, 4], low: [0, 2], close: [1, 3] }) // [66.666…]: TP 1, 3; SMA 2; mean deviation 1
 * ```
 * @see technicalindicators `CCI`; Donald Lambert, *Commodities* magazine (1980); TA-Lib `TA_CCI`.
 */
export class CCI extends TiIndicator<TiBar, number> {
  /**
   * @param input - See {@link CCIInput}; `nextValue` takes `{ high, low, close }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period`.
   */
  constructor(input: CCIInput) {
    const stream = new StreamCCI({ period: input.period })
    super((x) => readyOrUndefined(stream.update(x), input.format), barTicks(input))
  }

  /**
   * CCI of the input, defined values only (no warm-up padding).
   * @param input - See {@link CCIInput}, plus `reversedInput` / `format`.
   * @returns `n − period + 1` numbers.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period` or unequal lengths.
   */
  static calculate(input: CCIInput): number[] {
    const i = oldestFirst(input)
    const out = cciKernel(i, { period: i.period })
    return inCallerOrder(definedFrom(out, cciLookback({ period: i.period }), i.format), input)
  }
}

/**
 * technicalindicators' function form: `cci(input)` is `CCI.calculate(input)`.
 * @param input - See {@link CCIInput}.
 * @returns As {@link CCI.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link CCI.calculate}.
 *
 * @example
 * ```ts
 * import { cci } from '@aitrade/indicators/compat'
 *
 * cci({ period: 2, high: [2, 4], low: [0, 2], close: [1, 3] }) // [66.666…]
 * ```
 * @see {@link CCI} for the formula and how it relates to TA-Lib's.
 */
export function cci(input: CCIInput): number[] {
  return CCI.calculate(input)
}
