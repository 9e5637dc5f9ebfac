import { STOCHF, stochF } from '../momentum/stochF.js'
import { SMA as StreamSMA, smaRange } from '../overlap/sma.js'
import { checkPeriod } from '../validate.js'
import { barTicks, inCallerOrder, oldestFirst, type TiBar, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' Stochastic input. */
export interface StochasticInput extends TiInput {
  /** %K look-back in bars, integer ≥ 1. */
  period: number
  /** %D (SMA of %K) period, integer ≥ 2. */
  signalPeriod: number
  /** Highs, oldest first. */
  high: number[]
  /** Lows, oldest first. */
  low: number[]
  /** Closes, oldest first. */
  close: number[]
}

/** technicalindicators' Stochastic output: `d` is `undefined` for the first `signalPeriod − 1` outputs. */
export interface StochasticOutput {
  /** Fast %K: `100 · (close − lowest low) / (highest high − lowest low)`, `0` on a flat window. */
  k: number
  /** SMA of %K over `signalPeriod`. */
  d: number | undefined
}

/**
 * Drop-in for technicalindicators' `Stochastic` (the fast stochastic): %K from our TA-Lib-exact
 * {@link @aitrade/indicators!index.stochF} kernel, %D its SMA. Outputs start where %K is defined, with `d`
 * `undefined` until it is, as technicalindicators does. Same numbers as technicalindicators.
 *
 * @example
 * ```ts
 * import { Stochastic } from '@aitrade/indicators/compat'
 *
 * Stochastic.calculate({ period: 2, signalPeriod: 2, high: [2, 4, 4], low: [0, 2, 2], close: [1, 4, 3] })
 * // [{ k: 100, d: undefined }, { k: 50, d: 75 }]
 * ```
 * @see technicalindicators `Stochastic`; George Lane; TA-Lib `TA_STOCHF`.
 */
export class Stochastic extends TiIndicator<TiBar, StochasticOutput> {
  /**
   * @param input - See {@link StochasticInput}; `nextValue` takes `{ high, low, close }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad period.
   */
  constructor(input: StochasticInput) {
    const fast = new STOCHF({ fastKPeriod: input.period, fastDPeriod: 1 })
    const d = new StreamSMA({ period: input.signalPeriod })
    const fmt = input.format ?? ((v: number) => v)
    super((bar) => {
      const k = fast.update(bar).fastK
      if (!fast.isReady) return undefined
      const dv = d.update(k)
      return { k: fmt(k), d: d.isReady ? fmt(dv) : undefined }
    }, barTicks(input))
  }

  /**
   * Fast stochastic of the bars.
   * @param input - See {@link StochasticInput}, plus `reversedInput` / `format`.
   * @returns `n − period + 1` objects `{ k, d }`, in `[0, 100]`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad period or unequal lengths.
   */
  static calculate(input: StochasticInput): StochasticOutput[] {
    const i = oldestFirst(input)
    const period = checkPeriod('period', i.period, 1)
    const signalPeriod = checkPeriod('signalPeriod', i.signalPeriod, 2)
    const k = stochF(i, { fastKPeriod: period, fastDPeriod: 1 }).fastK
    const n = k.length
    const d = new Float64Array(n)
    smaRange(k, period - 1, n, signalPeriod, d)
    const dStart = period - 1 + signalPeriod - 1
    const fmt = i.format ?? ((v: number) => v)
    const result: StochasticOutput[] = []
    for (let j = period - 1; j < n; j++)
      result.push({ k: fmt(k[j] as number), d: j >= dStart ? fmt(d[j] as number) : undefined })
    return inCallerOrder(result, input)
  }
}

/**
 * technicalindicators' function form: `stochastic(input)` is `Stochastic.calculate(input)`.
 * @param input - See {@link StochasticInput}.
 * @returns As {@link Stochastic.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link Stochastic.calculate}.
 *
 * @example
 * ```ts
 * import { stochastic } from '@aitrade/indicators/compat'
 *
 * stochastic({ period: 2, signalPeriod: 2, high: [2, 4, 4], low: [0, 2, 2], close: [1, 4, 3] }).length // 2
 * ```
 * @see {@link Stochastic} for the formula and how it relates to TA-Lib's.
 */
export function stochastic(input: StochasticInput): StochasticOutput[] {
  return Stochastic.calculate(input)
}
