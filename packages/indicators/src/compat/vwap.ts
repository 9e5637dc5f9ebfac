import { VWAP as StreamVWAP, vwap as vwapKernel } from '../extra/vwap.js'
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

/** technicalindicators' VWAP input. */
export interface VWAPInput extends TiInput {
  /** Highs, oldest first. */
  high: number[]
  /** Lows, oldest first. */
  low: number[]
  /** Closes, oldest first. */
  close: number[]
  /** Volumes, oldest first. */
  volume: number[]
}

/**
 * Drop-in for technicalindicators' `VWAP`: the cumulative VWAP of the typical price from the first bar, our
 * {@link @aitrade/indicators!index.vwap} with `anchor: 'none'` (use `vwap` directly for session anchors). Same numbers
 * as technicalindicators; where the summed volume is still 0 technicalindicators returns `NaN` and so do we.
 *
 * @example
 * ```ts
 * import { VWAP } from '@aitrade/indicators/compat'
 *
 * VWAP.calculate({ high: [11, 12], low: [9, 10], close: [10, 11], volume: [1, 3] }) // [10, 10.75]
 * ```
 * @see technicalindicators `VWAP`; StockCharts ChartSchool, "VWAP".
 */
export class VWAP extends TiIndicator<TiBar, number> {
  /**
   * @param input - See {@link VWAPInput}; `nextValue` takes `{ high, low, close, volume }`.
   */
  constructor(input: VWAPInput) {
    const stream = new StreamVWAP({ anchor: 'none' })
    super(
      (bar) =>
        readyOrUndefined(
          stream.update({ high: bar.high, low: bar.low, close: bar.close, volume: bar.volume ?? Number.NaN }),
          input.format,
        ),
      barTicks(input),
    )
  }

  /**
   * Cumulative VWAP of the bars, one value per bar.
   * @param input - See {@link VWAPInput}, plus `reversedInput` / `format`.
   * @returns `n` numbers in price units.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths.
   */
  static calculate(input: VWAPInput): number[] {
    const i = oldestFirst(input)
    const out = vwapKernel(i, { anchor: 'none' })
    return inCallerOrder(definedFrom(out, 0, i.format), input)
  }
}

/**
 * technicalindicators' function form: `vwap(input)` is `VWAP.calculate(input)`.
 * @param input - See {@link VWAPInput}.
 * @returns As {@link VWAP.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link VWAP.calculate}.
 *
 * @example
 * ```ts
 * import { vwap } from '@aitrade/indicators/compat'
 *
 * vwap({ high: [11, 12], low: [9, 10], close: [10, 11], volume: [1, 3] }) // [10, 10.75]
 * ```
 * @see {@link VWAP} for the formula and how it relates to TA-Lib's.
 */
export function vwap(input: VWAPInput): number[] {
  return VWAP.calculate(input)
}
