import { CHANDELIER, chandelierExit as chandelierKernel } from '../extra/chandelierExit.js'
import { barTicks, inCallerOrder, oldestFirst, type TiBar, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' ChandelierExit input. */
export interface ChandelierExitInput extends TiInput {
  /** Look-back of the extremes and ATR period, integer ≥ 1. */
  period: number
  /** ATR multiple. */
  multiplier: number
  /** Highs, oldest first. */
  high: number[]
  /** Lows, oldest first. */
  low: number[]
  /** Closes, oldest first. */
  close: number[]
}

/** technicalindicators' ChandelierExit output. */
export interface ChandelierExitOutput {
  /** Highest high − multiplier · ATR. */
  exitLong: number
  /** Lowest low + multiplier · ATR. */
  exitShort: number
}

/**
 * Drop-in for technicalindicators' `ChandelierExit`: our {@link @aitrade/indicators!index.chandelierExit} (highest
 * high / lowest low of `period` bars ∓ multiplier · Wilder ATR) under technicalindicators' names. Same numbers as
 * technicalindicators.
 *
 * @example
 * ```ts
 * import { ChandelierExit } from '@aitrade/indicators/compat'
 *
 * ChandelierExit.calculate({ period: 1, multiplier: 1, high: [10, 12], low: [8, 9], close: [9, 11] }) // [{ exitLong: 9, exitShort: 12 }]
 * ```
 * @see technicalindicators `ChandelierExit`; Chuck LeBeau; StockCharts ChartSchool, "Chandelier Exit".
 */
export class ChandelierExit extends TiIndicator<TiBar, ChandelierExitOutput> {
  /**
   * @param input - See {@link ChandelierExitInput}; `nextValue` takes `{ high, low, close }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad option.
   */
  constructor(input: ChandelierExitInput) {
    const stream = new CHANDELIER({ period: input.period, multiplier: input.multiplier })
    const fmt = input.format ?? ((v: number) => v)
    super((bar) => {
      const v = stream.update(bar)
      return stream.isReady ? { exitLong: fmt(v.long), exitShort: fmt(v.short) } : undefined
    }, barTicks(input))
  }

  /**
   * Chandelier stops of the bars, from bar `period` on.
   * @param input - See {@link ChandelierExitInput}, plus `reversedInput` / `format`.
   * @returns `n − period` objects `{ exitLong, exitShort }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad option or unequal lengths.
   */
  static calculate(input: ChandelierExitInput): ChandelierExitOutput[] {
    const i = oldestFirst(input)
    const ce = chandelierKernel(i, { period: i.period, multiplier: i.multiplier })
    const fmt = i.format ?? ((v: number) => v)
    const result: ChandelierExitOutput[] = []
    for (let j = i.period; j < ce.long.length; j++) {
      result.push({ exitLong: fmt(ce.long[j] as number), exitShort: fmt(ce.short[j] as number) })
    }
    return inCallerOrder(result, input)
  }
}

/**
 * technicalindicators' function form: `chandelierexit(input)` is `ChandelierExit.calculate(input)`.
 * @param input - See {@link ChandelierExitInput}.
 * @returns As {@link ChandelierExit.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link ChandelierExit.calculate}.
 *
 * @example
 * ```ts
 * import { chandelierexit } from '@aitrade/indicators/compat'
 *
 * chandelierexit({ period: 1, multiplier: 1, high: [10, 12], low: [8, 9], close: [9, 11] }) // [{ exitLong: 9, exitShort: 12 }]
 * ```
 * @see {@link ChandelierExit} for the formula and how it relates to TA-Lib's.
 */
export function chandelierexit(input: ChandelierExitInput): ChandelierExitOutput[] {
  return ChandelierExit.calculate(input)
}
