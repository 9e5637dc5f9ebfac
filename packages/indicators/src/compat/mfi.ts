import { checkPeriod } from '../validate.js'
import { barTicks, inCallerOrder, oldestFirst, round2, type TiBar, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' MFI input. */
export interface MFIInput extends TiInput {
  /** Period in bars, integer ≥ 1. */
  period: number
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
 * technicalindicators' money-flow recursion, one bar at a time: it skips the first bar, counts a bar whose
 * typical price did not rise as negative flow (TA-Lib's `MFI` counts an unchanged one as neither), keeps running
 * sums of the last `period` flows, and rounds to 2 decimals.
 */
class MoneyFlow {
  private readonly pos: Float64Array
  private readonly neg: Float64Array
  private n = 0
  private prevTp = Number.NaN
  private posSum = 0
  private negSum = 0

  constructor(private readonly period: number) {
    this.pos = new Float64Array(period)
    this.neg = new Float64Array(period)
  }

  step(high: number, low: number, close: number, volume: number): number | undefined {
    const i = this.n++
    if (i === 0) return undefined
    const tp = (high + low + close) / 3
    const prev = this.prevTp
    this.prevTp = tp
    if (i === 1) return undefined
    const raw = tp * volume
    const up = tp > prev
    const k = (i - 2) % this.period
    if (i - 2 >= this.period) {
      this.posSum -= this.pos[k] as number
      this.negSum -= this.neg[k] as number
    }
    this.pos[k] = up ? raw : 0
    this.neg[k] = up ? 0 : raw
    this.posSum += this.pos[k] as number
    this.negSum += this.neg[k] as number
    if (i - 1 < this.period) return undefined
    return round2(100 - 100 / (1 + this.posSum / this.negSum))
  }
}

/**
 * Drop-in for technicalindicators' `MFI` (money flow index), computed its way, which differs from TA-Lib's
 * `MFI` ({@link @aitrade/indicators!index.mfi}) in three details: the first bar is skipped, a bar whose typical price
 * did not rise counts as negative flow (TA-Lib: an unchanged one counts as neither), and the result is rounded to
 * 2 decimals. Same numbers as technicalindicators.
 *
 * @example
 * ```ts
 * import { MFI } from '@aitrade/indicators/compat'
 *
 * const bars = { high: [9, 10, 12, 11], low: [7, 8, 10, 9], close: [8, 9, 11, 10], volume: [1, 1, 1, 1] }
 * MFI.calculate({ ...bars, period: 2 }) // [52.38]: flows +11·1 and −10·1 over bars 3-4
 * ```
 * @see technicalindicators `MFI`; Gene Quong and Avrum Soudack, "Volume-Weighted RSI: Money Flow",
 *   *Technical Analysis of Stocks & Commodities* (1989).
 */
export class MFI extends TiIndicator<TiBar, number> {
  /**
   * @param input - See {@link MFIInput}; `nextValue` takes `{ high, low, close, volume }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period`.
   */
  constructor(input: MFIInput) {
    const flow = new MoneyFlow(checkPeriod('period', input.period, 1))
    const fmt = input.format
    super((bar) => {
      const v = flow.step(bar.high, bar.low, bar.close, bar.volume ?? Number.NaN)
      return v === undefined || !fmt ? v : fmt(v)
    }, barTicks(input))
  }

  /**
   * MFI of the bars, defined values only, rounded to 2 decimals.
   * @param input - See {@link MFIInput}, plus `reversedInput` / `format`.
   * @returns `n − period − 1` numbers in `[0, 100]`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period`.
   */
  static calculate(input: MFIInput): number[] {
    const i = oldestFirst(input)
    const flow = new MoneyFlow(checkPeriod('period', i.period, 1))
    const result: number[] = []
    for (let j = 0; j < i.close.length; j++) {
      const v = flow.step(i.high[j] as number, i.low[j] as number, i.close[j] as number, i.volume[j] as number)
      if (v !== undefined) result.push(i.format ? i.format(v) : v)
    }
    return inCallerOrder(result, input)
  }
}

/**
 * technicalindicators' function form: `mfi(input)` is `MFI.calculate(input)`.
 * @param input - See {@link MFIInput}.
 * @returns As {@link MFI.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link MFI.calculate}.
 *
 * @example
 * ```ts
 * import { mfi } from '@aitrade/indicators/compat'
 *
 * mfi({ period: 2, high: [9, 10, 12, 11], low: [7, 8, 10, 9], close: [8, 9, 11, 10], volume: [1, 1, 1, 1] }) // [52.38]
 * ```
 * @see {@link MFI} for the formula and how it relates to TA-Lib's.
 */
export function mfi(input: MFIInput): number[] {
  return MFI.calculate(input)
}
