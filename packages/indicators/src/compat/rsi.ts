import { rsi as rsiKernel, rsiLookback, RSI as StreamRSI } from '../momentum/rsi.js'
import { definedFrom, inCallerOrder, oldestFirst, round2, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' RSI input: `{ period, values }`. */
export interface RSIInput extends TiInput {
  /** Period in bars, integer ≥ 2. */
  period: number
  /** Closes, oldest first (newest first with `reversedInput`). */
  values: number[]
}

/**
 * Drop-in for technicalindicators' `RSI`: Wilder's RSI (our TA-Lib-exact {@link @aitrade/indicators!index.rsi}, the same
 * averages technicalindicators computes), rounded to 2 decimals as technicalindicators rounds it. One
 * difference: where both averages are 0 (a flat stretch of `period` bars) technicalindicators returns 100, we
 * return TA-Lib's 0.
 *
 * @example
 * ```ts
 * import { RSI } from '@aitrade/indicators/compat'
 *
 * RSI.calculate({ period: 2, values: [1, 2, 1, 2] }) // [50, 75]
 * ```
 * @see technicalindicators `RSI`; TA-Lib `TA_RSI`.
 */
export class RSI extends TiIndicator<number, number> {
  /**
   * @param input - `{ period, values }`; `result` receives the output for `values`, `nextValue` continues from there.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(input: RSIInput) {
    const stream = new StreamRSI({ period: input.period })
    super((x) => {
      const v = stream.update(x)
      if (Number.isNaN(v)) return undefined
      return input.format ? input.format(round2(v)) : round2(v)
    }, input.values ?? [])
  }

  /**
   * RSI of `input.values`, defined values only, rounded to 2 decimals.
   * @param input - `{ period, values }`, plus `reversedInput` / `format`.
   * @returns `values.length − period` numbers in `[0, 100]` (empty when shorter).
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  static calculate(input: RSIInput): number[] {
    const i = oldestFirst(input)
    const out = rsiKernel(i.values, { period: i.period })
    const f = i.format
    return inCallerOrder(definedFrom(out, rsiLookback({ period: i.period }), f ? (v) => f(round2(v)) : round2), input)
  }
}

/**
 * technicalindicators' function form: `rsi(input)` is `RSI.calculate(input)`.
 * @param input - See {@link RSIInput}.
 * @returns As {@link RSI.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link RSI.calculate}.
 *
 * @example
 * ```ts
 * import { rsi } from '@aitrade/indicators/compat'
 * ```
 */
export function rsi(input: RSIInput): number[] {
  return RSI.calculate(input)
}
