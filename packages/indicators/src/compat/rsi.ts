import { rsiLookback } from '../momentum/rsi.js'
import { inCallerOrder, oldestFirst, round2, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' RSI input: `{ period, values }`. */
export interface RSIInput extends TiInput {
  /** Period in bars, integer ≥ 2. */
  period: number
  /** Closes, oldest first (newest first with `reversedInput`). */
  values: number[]
}

/**
 * technicalindicators' RSI recursion, one value at a time (Wilder's averages, its RS form and 2-decimal rounding).
 * @internal
 */
export class TiRsi {
  private n = 0
  private prev = 0
  private gainSum = 0
  private lossSum = 0
  private avgGain = 0
  private avgLoss = 0

  constructor(private readonly period: number) {}

  step(x: number): number | undefined {
    const p = this.period
    if (this.n++ === 0) {
      this.prev = x
      return undefined
    }
    const d = x - this.prev
    this.prev = x
    const gain = Math.max(d, 0)
    const loss = Math.max(-d, 0)
    const changes = this.n - 1
    if (changes <= p) {
      this.gainSum += gain
      this.lossSum += loss
      if (changes < p) return undefined
      this.avgGain = this.gainSum / p
      this.avgLoss = this.lossSum / p
    } else {
      this.avgGain = (this.avgGain * (p - 1) + gain) / p
      this.avgLoss = (this.avgLoss * (p - 1) + loss) / p
    }
    if (this.avgLoss === 0) return 100
    if (this.avgGain === 0) return 0
    return round2(100 - 100 / (1 + this.avgGain / this.avgLoss))
  }
}

/**
 * Drop-in for technicalindicators' `RSI`: Wilder's RSI — the same averages as TA-Lib's `RSI` (the main entry's
 * {@link @aitrade/indicators!index.rsi}: seeded with the mean of the first `period` changes) — in technicalindicators'
 * form `100 − 100 / (1 + RS)`, `100` when the average loss is 0 (also on a flat stretch, where TA-Lib gives 0),
 * rounded to 2 decimals as technicalindicators rounds it. Same numbers as technicalindicators.
 *
 * @example
 * ```ts
 * import { RSI } from '@aitrade/indicators/compat'
 *
 * RSI.calculate({ period: 2, values: [1, 2, 1, 2] }) // [50, 75]
 * ```
 * @see technicalindicators `RSI`; J. Welles Wilder Jr., *New Concepts in Technical Trading Systems* (1978).
 */
export class RSI extends TiIndicator<number, number> {
  /**
   * @param input - `{ period, values }`; `result` receives the output for `values`, `nextValue` continues from there.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(input: RSIInput) {
    const r = new TiRsi(rsiLookback({ period: input.period }))
    const fmt = input.format
    super((x) => {
      const v = r.step(x)
      return v === undefined || !fmt ? v : fmt(v)
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
    const r = new TiRsi(rsiLookback({ period: i.period }))
    const result: number[] = []
    for (const x of i.values) {
      const v = r.step(x)
      if (v !== undefined) result.push(i.format ? i.format(v) : v)
    }
    return inCallerOrder(result, input)
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
 *
 * rsi({ period: 2, values: [1, 2, 1, 2] }) // [50, 75]
 * ```
 * @see {@link RSI} for the formula and how it relates to TA-Lib's.
 */
export function rsi(input: RSIInput): number[] {
  return RSI.calculate(input)
}
