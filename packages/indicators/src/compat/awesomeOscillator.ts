import { AO, awesomeOscillator, awesomeOscillatorLookback } from '../extra/awesomeOscillator.js'
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

/** technicalindicators' AwesomeOscillator input. */
export interface AwesomeOscillatorInput extends TiInput {
  /** Highs, oldest first. */
  high: number[]
  /** Lows, oldest first. */
  low: number[]
  /** Fast SMA period (5 in Williams' definition). */
  fastPeriod: number
  /** Slow SMA period (34). */
  slowPeriod: number
}

/**
 * Drop-in for technicalindicators' `AwesomeOscillator`: `SMA(median, fast) − SMA(median, slow)`, our
 * {@link @aitrade/indicators!index.awesomeOscillator}. Same numbers as technicalindicators (within 1e-13 of the price
 * level: the running sums round differently).
 *
 * @example
 * ```ts
 * import { AwesomeOscillator } from '@aitrade/indicators/compat'
 *
 * AwesomeOscillator.calculate({ high: [2, 4, 6], low: [0, 2, 4], fastPeriod: 2, slowPeriod: 3 }) // [1]
 * ```
 * @see technicalindicators `AwesomeOscillator`; Bill Williams, *New Trading Dimensions* (1998).
 */
export class AwesomeOscillator extends TiIndicator<TiBar, number> {
  /**
   * @param input - See {@link AwesomeOscillatorInput}; `nextValue` takes `{ high, low }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad period.
   */
  constructor(input: AwesomeOscillatorInput) {
    const stream = new AO({ fastPeriod: input.fastPeriod, slowPeriod: input.slowPeriod })
    super((bar) => readyOrUndefined(stream.update(bar), input.format), barTicks(input))
  }

  /**
   * AO of the bars, defined values only.
   * @param input - See {@link AwesomeOscillatorInput}, plus `reversedInput` / `format`.
   * @returns `n − slowPeriod + 1` numbers in price units.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad period or unequal lengths.
   */
  static calculate(input: AwesomeOscillatorInput): number[] {
    const i = oldestFirst(input)
    const opts = { fastPeriod: i.fastPeriod, slowPeriod: i.slowPeriod }
    return inCallerOrder(definedFrom(awesomeOscillator(i, opts), awesomeOscillatorLookback(opts), i.format), input)
  }
}

/**
 * technicalindicators' function form: `awesomeoscillator(input)` is `AwesomeOscillator.calculate(input)`.
 * @param input - See {@link AwesomeOscillatorInput}.
 * @returns As {@link AwesomeOscillator.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link AwesomeOscillator.calculate}.
 *
 * @example
 * ```ts
 * import { awesomeoscillator } from '@aitrade/indicators/compat'
 *
 * awesomeoscillator({ high: [2, 4, 6], low: [0, 2, 4], fastPeriod: 2, slowPeriod: 3 }) // [1]
 * ```
 * @see {@link AwesomeOscillator} for the formula and how it relates to TA-Lib's.
 */
export function awesomeoscillator(input: AwesomeOscillatorInput): number[] {
  return AwesomeOscillator.calculate(input)
}
