import { FORCEINDEX, forceIndex } from '../extra/forceIndex.js'
import { checkPeriod } from '../validate.js'
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

/** technicalindicators' ForceIndex input. */
export interface ForceIndexInput extends TiInput {
  /** Closes, oldest first. */
  close: number[]
  /** Volumes, oldest first. */
  volume: number[]
  /** EMA period, integer ≥ 1; `1` (technicalindicators' default) is the raw one-bar force. */
  period?: number
}

/**
 * Drop-in for technicalindicators' `ForceIndex`: Elder's `EMA((close − previous close) · volume, period)`, our
 * {@link @aitrade/indicators!index.forceIndex} (SMA-seeded EMA, as technicalindicators'); `period` 1 (its default)
 * gives the raw one-bar force. Same numbers as technicalindicators.
 *
 * @example
 * ```ts
 * import { ForceIndex } from '@aitrade/indicators/compat'
 *
 * ForceIndex.calculate({ close: [10, 11, 10.5], volume: [5, 100, 200] }) // [100, -100]
 * ```
 * @see technicalindicators `ForceIndex`; Alexander Elder, *Trading for a Living* (1993).
 */
export class ForceIndex extends TiIndicator<TiBar, number> {
  /**
   * @param input - See {@link ForceIndexInput}; `nextValue` takes `{ close, volume }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period`.
   */
  constructor(input: ForceIndexInput) {
    const period = checkPeriod('period', input.period ?? 1, 1)
    const stream = period > 1 ? new FORCEINDEX({ period }) : undefined
    let prev = Number.NaN
    super((bar) => {
      const bv = { close: bar.close, volume: bar.volume ?? Number.NaN }
      if (stream) return readyOrUndefined(stream.update(bv), input.format)
      const raw = (bv.close - prev) * bv.volume
      prev = bv.close
      return readyOrUndefined(raw, input.format)
    }, barTicks(input))
  }

  /**
   * Force Index of the bars, defined values only.
   * @param input - See {@link ForceIndexInput}, plus `reversedInput` / `format`.
   * @returns `n − period` numbers in price × volume units.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period` or unequal lengths.
   */
  static calculate(input: ForceIndexInput): number[] {
    const i = oldestFirst(input)
    const period = checkPeriod('period', i.period ?? 1, 1)
    if (period > 1) return inCallerOrder(definedFrom(forceIndex(i, { period }), period, i.format), input)
    const result: number[] = []
    for (let j = 1; j < i.close.length; j++) {
      const raw = ((i.close[j] as number) - (i.close[j - 1] as number)) * (i.volume[j] as number)
      result.push(i.format ? i.format(raw) : raw)
    }
    return inCallerOrder(result, input)
  }
}

/**
 * technicalindicators' function form: `forceindex(input)` is `ForceIndex.calculate(input)`.
 * @param input - See {@link ForceIndexInput}.
 * @returns As {@link ForceIndex.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link ForceIndex.calculate}.
 *
 * @example
 * ```ts
 * import { forceindex } from '@aitrade/indicators/compat'
 *
 * forceindex({ close: [10, 11, 10.5], volume: [5, 100, 200] }) // [100, -100]
 * ```
 * @see {@link ForceIndex} for the formula and how it relates to TA-Lib's.
 */
export function forceindex(input: ForceIndexInput): number[] {
  return ForceIndex.calculate(input)
}
