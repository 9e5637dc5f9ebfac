import { DONCHIAN, donchianChannels } from '../extra/donchianChannels.js'
import { checkPeriod } from '../validate.js'
import { barTicks, inCallerOrder, oldestFirst, type TiBar, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' IchimokuCloud input. */
export interface IchimokuCloudInput extends TiInput {
  /** Highs, oldest first. */
  high: number[]
  /** Lows, oldest first. */
  low: number[]
  /** Conversion-line (tenkan) period, integer ≥ 1. */
  conversionPeriod: number
  /** Base-line (kijun) period, integer ≥ 1. */
  basePeriod: number
  /** Span B period, integer ≥ 1. */
  spanPeriod: number
  /** Displacement; technicalindicators only uses it to delay the first output. */
  displacement: number
}

/** technicalindicators' IchimokuCloud output: every line at the bar it is computed on (not displaced). */
export interface IchimokuCloudOutput {
  /** Tenkan-sen. */
  conversion: number
  /** Kijun-sen. */
  base: number
  /** `(conversion + base) / 2`, to be plotted `displacement` bars ahead. */
  spanA: number
  /** Midpoint of `spanPeriod` bars, to be plotted `displacement` bars ahead. */
  spanB: number
}

interface Config {
  conversion: number
  base: number
  span: number
  start: number
}

function config(input: IchimokuCloudInput): Config {
  const conversion = checkPeriod('conversionPeriod', input.conversionPeriod, 1)
  const base = checkPeriod('basePeriod', input.basePeriod, 1)
  const span = checkPeriod('spanPeriod', input.spanPeriod, 1)
  const displacement = checkPeriod('displacement', input.displacement, 1)
  return { conversion, base, span, start: Math.max(conversion, base, span, displacement) - 1 }
}

/**
 * Drop-in for technicalindicators' `IchimokuCloud`: tenkan, kijun and both leading spans as computed at each bar
 * (technicalindicators does not displace them; the main entry's {@link @aitrade/indicators!index.ichimoku} returns
 * them aligned as plotted), starting at bar `max(periods, displacement) − 1`. Each line is the midpoint of a
 * Donchian channel (our {@link @aitrade/indicators!index.donchianChannels}). Same numbers as technicalindicators.
 *
 * @example
 * ```ts
 * import { IchimokuCloud } from '@aitrade/indicators/compat'
 *
 * IchimokuCloud.calculate({ high: [2, 4, 6], low: [1, 3, 5], conversionPeriod: 1, basePeriod: 2, spanPeriod: 3, displacement: 1 })
 * // [{ conversion: 5.5, base: 4.5, spanA: 5, spanB: 3.5 }]
 * ```
 * @see technicalindicators `IchimokuCloud`; Goichi Hosoda, *Ichimoku Kinko Hyo* (1969).
 */
export class IchimokuCloud extends TiIndicator<TiBar, IchimokuCloudOutput> {
  /**
   * @param input - See {@link IchimokuCloudInput}; `nextValue` takes `{ high, low }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad period.
   */
  constructor(input: IchimokuCloudInput) {
    const c = config(input)
    const conv = new DONCHIAN({ period: c.conversion })
    const base = new DONCHIAN({ period: c.base })
    const span = new DONCHIAN({ period: c.span })
    const fmt = input.format ?? ((v: number) => v)
    let n = 0
    super((bar) => {
      const t = conv.update(bar).middle
      const k = base.update(bar).middle
      const b = span.update(bar).middle
      return n++ < c.start ? undefined : { conversion: fmt(t), base: fmt(k), spanA: fmt((t + k) / 2), spanB: fmt(b) }
    }, barTicks(input))
  }

  /**
   * Ichimoku lines of the bars, undisplaced, from bar `max(periods, displacement) − 1`.
   * @param input - See {@link IchimokuCloudInput}, plus `reversedInput` / `format`.
   * @returns `n − max(periods, displacement) + 1` objects `{ conversion, base, spanA, spanB }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad period or unequal lengths.
   */
  static calculate(input: IchimokuCloudInput): IchimokuCloudOutput[] {
    const i = oldestFirst(input)
    const c = config(i)
    const t = donchianChannels(i, { period: c.conversion }).middle
    const k = donchianChannels(i, { period: c.base }).middle
    const b = donchianChannels(i, { period: c.span }).middle
    const fmt = i.format ?? ((v: number) => v)
    const result: IchimokuCloudOutput[] = []
    for (let j = c.start; j < t.length; j++) {
      const tv = t[j] as number
      const kv = k[j] as number
      result.push({ conversion: fmt(tv), base: fmt(kv), spanA: fmt((tv + kv) / 2), spanB: fmt(b[j] as number) })
    }
    return inCallerOrder(result, input)
  }
}

/**
 * technicalindicators' function form: `ichimokucloud(input)` is `IchimokuCloud.calculate(input)`.
 * @param input - See {@link IchimokuCloudInput}.
 * @returns As {@link IchimokuCloud.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link IchimokuCloud.calculate}.
 *
 * @example
 * ```ts
 * import { ichimokucloud } from '@aitrade/indicators/compat'
 *
 * ichimokucloud({ high: [2, 4, 6], low: [1, 3, 5], conversionPeriod: 1, basePeriod: 2, spanPeriod: 3, displacement: 1 }).length // 1
 * ```
 * @see {@link IchimokuCloud} for the formula and how it relates to TA-Lib's.
 */
export function ichimokucloud(input: IchimokuCloudInput): IchimokuCloudOutput[] {
  return IchimokuCloud.calculate(input)
}
