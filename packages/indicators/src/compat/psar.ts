import { checkReal } from '../validate.js'
import { barTicks, inCallerOrder, oldestFirst, type TiBar, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' PSAR input. */
export interface PSARInput extends TiInput {
  /** Acceleration-factor step (and start), e.g. `0.02`. */
  step: number
  /** Acceleration-factor cap, e.g. `0.2`. */
  max: number
  /** Highs, oldest first. */
  high: number[]
  /** Lows, oldest first. */
  low: number[]
}

/** technicalindicators' parabolic recursion, one bar at a time. */
class Parabolic {
  private n = 0
  private sar = 0
  private extreme = 0
  private up = true
  private accel: number
  private prevHigh = 0
  private prevLow = 0
  private furthestHigh = 0
  private furthestLow = 0

  constructor(
    private readonly stepAf: number,
    private readonly maxAf: number,
  ) {
    this.accel = stepAf
  }

  step(high: number, low: number): number {
    if (this.n++ === 0) {
      // technicalindicators starts long, on the first bar's low
      this.sar = low
      this.extreme = high
      this.prevHigh = this.furthestHigh = high
      this.prevLow = this.furthestLow = low
      return this.sar
    }
    let sar = this.sar + this.accel * (this.extreme - this.sar)
    if (this.up) {
      sar = Math.min(sar, this.furthestLow, this.prevLow)
      if (high > this.extreme) {
        this.extreme = high
        this.accel = Math.min(this.accel + this.stepAf, this.maxAf)
      }
    } else {
      sar = Math.max(sar, this.furthestHigh, this.prevHigh)
      if (low < this.extreme) {
        this.extreme = low
        this.accel = Math.min(this.accel + this.stepAf, this.maxAf)
      }
    }
    if ((this.up && low < sar) || (!this.up && high > sar)) {
      this.accel = this.stepAf
      sar = this.extreme
      this.up = !this.up
      this.extreme = this.up ? high : low
    }
    this.furthestHigh = this.prevHigh
    this.furthestLow = this.prevLow
    this.prevHigh = high
    this.prevLow = low
    this.sar = sar
    return sar
  }
}

function parabolic(input: PSARInput): Parabolic {
  const step = checkReal('step', input.step, Number.MIN_VALUE)
  return new Parabolic(step, checkReal('max', input.max, step))
}

/**
 * Drop-in for technicalindicators' `PSAR`, computed with technicalindicators' own recursion: it starts long on
 * the first bar (SAR = its low), moves the SAR by `accel · (extreme − SAR)`, keeps it beyond the last two bars'
 * lows (highs when short), raises `accel` by `step` (capped at `max`) on each new extreme, and on a reversal
 * puts the SAR at the previous extreme. This is not TA-Lib's `SAR` (Wilder's rules as TA-Lib implements them:
 * the first trend from the first two bars' directional movement, and a reversal SAR clamped to the last two bars),
 * which the main entry's `sar` computes; compat keeps technicalindicators' numbers so that switching changes
 * nothing. One output per bar.
 *
 * @example
 * ```ts
 * import { PSAR } from '@aitrade/indicators/compat'
 *
 * PSAR.calculate({ step: 0.02, max: 0.2, high: [10, 11, 12, 13], low: [9, 10, 11, 12] }) // [9, 9, 9, 9.18]
 * ```
 * @see technicalindicators `PSAR`; J. Welles Wilder Jr., *New Concepts in Technical Trading Systems* (1978).
 */
export class PSAR extends TiIndicator<TiBar, number> {
  /**
   * @param input - See {@link PSARInput}; `nextValue` takes `{ high, low }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `step` is not > 0 or `max` < `step`.
   */
  constructor(input: PSARInput) {
    const p = parabolic(input)
    const fmt = input.format ?? ((v: number) => v)
    super((bar) => fmt(p.step(bar.high, bar.low)), barTicks(input))
  }

  /**
   * Parabolic SAR of the bars, one value per bar.
   * @param input - See {@link PSARInput}, plus `reversedInput` / `format`.
   * @returns `n` numbers in price units.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `step` is not > 0 or `max` < `step`.
   */
  static calculate(input: PSARInput): number[] {
    const i = oldestFirst(input)
    const p = parabolic(i)
    const fmt = i.format ?? ((v: number) => v)
    const result: number[] = []
    for (let j = 0; j < i.high.length; j++) result.push(fmt(p.step(i.high[j] as number, i.low[j] as number)))
    return inCallerOrder(result, input)
  }
}

/**
 * technicalindicators' function form: `psar(input)` is `PSAR.calculate(input)`.
 * @param input - See {@link PSARInput}.
 * @returns As {@link PSAR.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link PSAR.calculate}.
 *
 * @example
 * ```ts
 * import { psar } from '@aitrade/indicators/compat'
 *
 * psar({ step: 0.02, max: 0.2, high: [10, 11, 12, 13], low: [9, 10, 11, 12] }) // [9, 9, 9, 9.18]
 * ```
 * @see {@link PSAR} for the formula and how it relates to TA-Lib's.
 */
export function psar(input: PSARInput): number[] {
  return PSAR.calculate(input)
}
