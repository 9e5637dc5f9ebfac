import { obv as obvKernel, OBV as StreamOBV } from '../volume/obv.js'
import { barTicks, inCallerOrder, oldestFirst, type TiBar, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' OBV input. */
export interface OBVInput extends TiInput {
  /** Closes, oldest first. */
  close: number[]
  /** Volumes, oldest first. */
  volume: number[]
}

/**
 * Drop-in for technicalindicators' `OBV`: on-balance volume counted from 0 before the second bar, so its
 * outputs start at the second bar (`±volume₁`). Our TA-Lib {@link @aitrade/indicators!index.obv} starts at the
 * first volume instead; compat returns `obv − volume₀` from the second bar, technicalindicators' numbers
 * (exactly for integer volumes; within rounding of the running sum for fractional ones).
 *
 * @example
 * ```ts
 * import { OBV } from '@aitrade/indicators/compat'
 *
 * OBV.calculate({ close: [10, 11, 10.5], volume: [100, 200, 50] }) // [200, 150]
 * ```
 * @see technicalindicators `OBV`; Joseph Granville, *Granville's New Key to Stock Market Profits* (1963); TA-Lib `TA_OBV`.
 */
export class OBV extends TiIndicator<TiBar, number> {
  /**
   * @param input - See {@link OBVInput}; `nextValue` takes `{ close, volume }`.
   */
  constructor(input: OBVInput) {
    const stream = new StreamOBV()
    let base = Number.NaN
    const fmt = input.format ?? ((v: number) => v)
    super((bar) => {
      const v = stream.update({ close: bar.close, volume: bar.volume ?? Number.NaN })
      if (Number.isNaN(base)) {
        base = v
        return undefined
      }
      return fmt(v - base)
    }, barTicks(input))
  }

  /**
   * OBV of the bars from the second bar.
   * @param input - See {@link OBVInput}, plus `reversedInput` / `format`.
   * @returns `n − 1` numbers in volume units.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths.
   */
  static calculate(input: OBVInput): number[] {
    const i = oldestFirst(input)
    const out = obvKernel(i)
    const base = out[0] as number
    const fmt = i.format ?? ((v: number) => v)
    const result: number[] = []
    for (let j = 1; j < out.length; j++) result.push(fmt((out[j] as number) - base))
    return inCallerOrder(result, input)
  }
}

/**
 * technicalindicators' function form: `obv(input)` is `OBV.calculate(input)`.
 * @param input - See {@link OBVInput}.
 * @returns As {@link OBV.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link OBV.calculate}.
 *
 * @example
 * ```ts
 * import { obv } from '@aitrade/indicators/compat'
 *
 * obv({ close: [10, 11, 10.5], volume: [100, 200, 50] }) // [200, 150]
 * ```
 * @see {@link OBV} for the formula and how it relates to TA-Lib's.
 */
export function obv(input: OBVInput): number[] {
  return OBV.calculate(input)
}
