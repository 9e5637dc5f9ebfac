import { checkPeriod } from '../validate.js'
import { barTicks, inCallerOrder, oldestFirst, type TiBar, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' ADX input. */
export interface ADXInput extends TiInput {
  /** Period in bars, integer ≥ 2. */
  period: number
  /** Highs, oldest first. */
  high: number[]
  /** Lows, oldest first. */
  low: number[]
  /** Closes, oldest first. */
  close: number[]
}

/** technicalindicators' ADX output. */
export interface ADXOutput {
  /** Average directional index. */
  adx: number
  /** +DI. */
  pdi: number
  /** −DI. */
  mdi: number
}

/**
 * technicalindicators' ADX recursion, one bar at a time: true range and ±DM from the second bar (TA-Lib's rules),
 * Wilder-smoothed *sums* seeded with the sum of the first `period` values (TA-Lib seeds with `period − 1` values
 * and smooths once), ±DI from those sums, DX, and the ADX as Wilder's average of DX seeded with its plain mean.
 */
class TiAdx {
  private n = 0
  private ph = 0
  private pl = 0
  private pc = 0
  private count = 0
  private sTr = 0
  private sPlus = 0
  private sMinus = 0
  private dxCount = 0
  private dxSum = 0
  private adx = 0

  constructor(private readonly period: number) {}

  step(high: number, low: number, close: number): ADXOutput | undefined {
    const p = this.period
    if (this.n++ === 0) {
      this.ph = high
      this.pl = low
      this.pc = close
      return undefined
    }
    const tr = Math.max(high - low, Math.abs(high - this.pc), Math.abs(low - this.pc))
    const up = high - this.ph
    const down = this.pl - low
    const plus = up > down && up > 0 ? up : 0
    const minus = down > up && down > 0 ? down : 0
    this.ph = high
    this.pl = low
    this.pc = close
    this.count++
    if (this.count <= p) {
      this.sTr += tr
      this.sPlus += plus
      this.sMinus += minus
      if (this.count < p) return undefined
    } else {
      this.sTr = this.sTr - this.sTr / p + tr
      this.sPlus = this.sPlus - this.sPlus / p + plus
      this.sMinus = this.sMinus - this.sMinus / p + minus
    }
    const pdi = (this.sPlus * 100) / this.sTr
    const mdi = (this.sMinus * 100) / this.sTr
    const dx = (Math.abs(pdi - mdi) / (pdi + mdi)) * 100
    this.dxCount++
    if (this.dxCount < p) {
      this.dxSum += dx
      return undefined
    }
    if (this.dxCount === p) this.adx = (this.dxSum + dx) / p
    else this.adx = (dx - this.adx) * (1 / p) + this.adx
    return { adx: this.adx, pdi, mdi }
  }
}

/**
 * Drop-in for technicalindicators' `ADX`, computed its way: `{ adx, pdi, mdi }` from bar `2·period − 1`, with
 * Wilder's smoothed sums seeded with the sum of the first `period` true ranges and directional movements. TA-Lib's
 * `ADX` (the main entry's {@link @aitrade/indicators!index.adx}, `plusDi`, `minusDi`) seeds with `period − 1` values
 * and smooths once, so its first values differ (for period 14, by about 4 % at the first output; the gap shrinks by
 * `(period − 1)/period` per bar). Compat keeps technicalindicators' numbers so that switching changes nothing.
 *
 * @example
 * ```ts
 * import { ADX } from '@aitrade/indicators/compat'
 *
 * const high = Array.from({ length: 40 }, (_, i) => 10 + i)
 * const out = ADX.calculate({ period: 5, high, low: high.map((h) => h - 1), close: high.map((h) => h - 0.5) })
 * out.length // 31; out[0].adx is 100 on a straight up-trend
 * ```
 * @see technicalindicators `ADX`; J. Welles Wilder Jr., *New Concepts in Technical Trading Systems* (1978).
 */
export class ADX extends TiIndicator<TiBar, ADXOutput> {
  /**
   * @param input - See {@link ADXInput}; `nextValue` takes `{ high, low, close }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  constructor(input: ADXInput) {
    const r = new TiAdx(checkPeriod('period', input.period, 2))
    const fmt = input.format ?? ((v: number) => v)
    super((bar) => {
      const o = r.step(bar.high, bar.low, bar.close)
      return o === undefined ? undefined : { adx: fmt(o.adx), pdi: fmt(o.pdi), mdi: fmt(o.mdi) }
    }, barTicks(input))
  }

  /**
   * ADX, +DI and −DI of the bars, from the bar where the ADX is defined.
   * @param input - See {@link ADXInput}, plus `reversedInput` / `format`.
   * @returns `n − 2·period + 1` objects `{ adx, pdi, mdi }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer ≥ 2.
   */
  static calculate(input: ADXInput): ADXOutput[] {
    const i = oldestFirst(input)
    const r = new TiAdx(checkPeriod('period', i.period, 2))
    const fmt = i.format ?? ((v: number) => v)
    const result: ADXOutput[] = []
    for (let j = 0; j < i.close.length; j++) {
      const o = r.step(i.high[j] as number, i.low[j] as number, i.close[j] as number)
      if (o !== undefined) result.push({ adx: fmt(o.adx), pdi: fmt(o.pdi), mdi: fmt(o.mdi) })
    }
    return inCallerOrder(result, input)
  }
}

/**
 * technicalindicators' function form: `adx(input)` is `ADX.calculate(input)`.
 * @param input - See {@link ADXInput}.
 * @returns As {@link ADX.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link ADX.calculate}.
 *
 * @example
 * ```ts
 * import { adx } from '@aitrade/indicators/compat'
 *
 * adx({ period: 2, high: [1, 2, 3, 4], low: [0, 1, 2, 3], close: [0.5, 1.5, 2.5, 3.5] }).length // 1
 * ```
 * @see {@link ADX} for the formula and how it relates to TA-Lib's.
 */
export function adx(input: ADXInput): ADXOutput[] {
  return ADX.calculate(input)
}
