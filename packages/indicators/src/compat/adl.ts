import { adStep } from '../volume/ad.js'
import { barTicks, inCallerOrder, oldestFirst, type TiBar, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' ADL input. */
export interface ADLInput extends TiInput {
  /** Highs, oldest first. */
  high: number[]
  /** Lows, oldest first. */
  low: number[]
  /** Closes, oldest first. */
  close: number[]
  /** Volumes, oldest first. */
  volume: number[]
}

/** One A/D step the technicalindicators way: a bar with `high = low` adds its whole volume (TA-Lib adds nothing). */
function tiAdStep(acc: number, bar: TiBar): number {
  const v = bar.volume ?? Number.NaN
  return bar.high - bar.low === 0 ? acc + v : adStep(acc, bar.high, bar.low, bar.close, v)
}

/**
 * Drop-in for technicalindicators' `ADL`: Chaikin's accumulation/distribution line with our A/D step
 * (TA-Lib `AD`), except on a bar with `high = low`, where technicalindicators takes the money-flow multiplier
 * as 1 (TA-Lib: the bar adds nothing) — compat follows technicalindicators — and each output rounded to the
 * nearest integer (`Math.round`), as technicalindicators returns it. Same numbers as technicalindicators.
 *
 * @example
 * ```ts
 * import { ADL } from '@aitrade/indicators/compat'
 *
 * ADL.calculate({ high: [10, 10], low: [8, 8], close: [10, 8], volume: [100, 300] }) // [100, -200]
 * ```
 * @see technicalindicators `ADL`; Marc Chaikin; TA-Lib `TA_AD`.
 */
export class ADL extends TiIndicator<TiBar, number> {
  /**
   * @param input - See {@link ADLInput}; `nextValue` takes `{ high, low, close, volume }`.
   */
  constructor(input: ADLInput) {
    let acc = 0
    const fmt = input.format ?? ((v: number) => v)
    super((bar) => {
      acc = tiAdStep(acc, bar)
      return fmt(Math.round(acc))
    }, barTicks(input))
  }

  /**
   * The A/D line of the bars, one value per bar, rounded to integers.
   * @param input - See {@link ADLInput}, plus `reversedInput` / `format`.
   * @returns `n` numbers in volume units.
   */
  static calculate(input: ADLInput): number[] {
    const i = oldestFirst(input)
    const fmt = i.format ?? ((v: number) => v)
    const { high, low, close, volume } = i
    const result: number[] = new Array(close.length)
    let acc = 0
    for (let j = 0; j < close.length; j++) {
      const h = high[j] as number
      const l = low[j] as number
      const v = volume[j] as number
      acc = h - l === 0 ? acc + v : adStep(acc, h, l, close[j] as number, v)
      result[j] = fmt(Math.round(acc))
    }
    return inCallerOrder(result, input)
  }
}

/**
 * technicalindicators' function form: `adl(input)` is `ADL.calculate(input)`.
 * @param input - See {@link ADLInput}.
 * @returns As {@link ADL.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link ADL.calculate}.
 *
 * @example
 * ```ts
 * import { adl } from '@aitrade/indicators/compat'
 *
 * adl({ high: [10, 10], low: [8, 8], close: [10, 8], volume: [100, 300] }) // [100, -200]
 * ```
 * @see {@link ADL} for the formula and how it relates to TA-Lib's.
 */
export function adl(input: ADLInput): number[] {
  return ADL.calculate(input)
}
