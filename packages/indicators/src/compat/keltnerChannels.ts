import { ema as emaKernel, EMA as StreamEMA } from '../overlap/ema.js'
import { SMA as StreamSMA, sma as smaKernel } from '../overlap/sma.js'
import { checkPeriod, checkReal } from '../validate.js'
import { atr as atrKernel, ATR as StreamATR } from '../volatility/atr.js'
import { barTicks, inCallerOrder, oldestFirst, type TiBar, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' KeltnerChannels input. */
export interface KeltnerChannelsInput extends TiInput {
  /** Middle-line average period, integer ≥ 2. */
  maPeriod: number
  /** ATR period, integer ≥ 1. */
  atrPeriod: number
  /** `true` for an SMA middle line, `false` for an EMA (Raschke's form). */
  useSMA: boolean
  /** ATR multiple of each band. */
  multiplier: number
  /** Highs, oldest first. */
  high: number[]
  /** Lows, oldest first. */
  low: number[]
  /** Closes, oldest first. */
  close: number[]
}

/** technicalindicators' KeltnerChannels output. */
export interface KeltnerChannelsOutput {
  /** Average of the close. */
  middle: number
  /** `middle + multiplier · ATR`. */
  upper: number
  /** `middle − multiplier · ATR`. */
  lower: number
}

interface Config {
  maPeriod: number
  atrPeriod: number
  useSMA: boolean
  multiplier: number
}

function config(input: KeltnerChannelsInput): Config {
  return {
    maPeriod: checkPeriod('maPeriod', input.maPeriod, 2),
    atrPeriod: checkPeriod('atrPeriod', input.atrPeriod, 1),
    useSMA: input.useSMA === true,
    multiplier: checkReal('multiplier', input.multiplier, 0),
  }
}

/**
 * Drop-in for technicalindicators' `KeltnerChannels`: `middle` = EMA (or SMA with `useSMA`) of the close,
 * bands `± multiplier · ATR(atrPeriod)`, from the bar where both are defined — our EMA/SMA and Wilder ATR kernels
 * (the main entry's {@link @aitrade/indicators!index.keltnerChannels} is the EMA form). Same numbers as
 * technicalindicators.
 *
 * @example
 * ```ts
 * import { KeltnerChannels } from '@aitrade/indicators/compat'
 *
 * KeltnerChannels.calculate({ maPeriod: 2, atrPeriod: 1, useSMA: true, multiplier: 2, high: [11, 12, 13], low: [9, 10, 11], close: [10, 11, 12] })
 * // [{ middle: 10.5, upper: 14.5, lower: 6.5 }, { middle: 11.5, upper: 15.5, lower: 7.5 }]
 * ```
 * @see technicalindicators `KeltnerChannels`; Chester W. Keltner, *How to Make Money in Commodities* (1960);
 *   StockCharts ChartSchool, "Keltner Channels".
 */
export class KeltnerChannels extends TiIndicator<TiBar, KeltnerChannelsOutput> {
  /**
   * @param input - See {@link KeltnerChannelsInput}; `nextValue` takes `{ high, low, close }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad option.
   */
  constructor(input: KeltnerChannelsInput) {
    const c = config(input)
    const ma = c.useSMA ? new StreamSMA({ period: c.maPeriod }) : new StreamEMA({ period: c.maPeriod })
    const range = new StreamATR({ period: c.atrPeriod })
    const fmt = input.format ?? ((v: number) => v)
    super((bar) => {
      const m = ma.update(bar.close)
      const a = range.update(bar)
      if (!ma.isReady || !range.isReady) return undefined
      return { middle: fmt(m), upper: fmt(m + c.multiplier * a), lower: fmt(m - c.multiplier * a) }
    }, barTicks(input))
  }

  /**
   * Keltner Channels of the bars, defined values only.
   * @param input - See {@link KeltnerChannelsInput}, plus `reversedInput` / `format`.
   * @returns `n − max(maPeriod − 1, atrPeriod)` objects `{ middle, upper, lower }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad option or unequal lengths.
   */
  static calculate(input: KeltnerChannelsInput): KeltnerChannelsOutput[] {
    const i = oldestFirst(input)
    const c = config(i)
    const mid = c.useSMA ? smaKernel(i.close, { period: c.maPeriod }) : emaKernel(i.close, { period: c.maPeriod })
    const range = atrKernel(i, { period: c.atrPeriod })
    const fmt = i.format ?? ((v: number) => v)
    const result: KeltnerChannelsOutput[] = []
    for (let j = Math.max(c.maPeriod - 1, c.atrPeriod); j < mid.length; j++) {
      const m = mid[j] as number
      const w = c.multiplier * (range[j] as number)
      result.push({ middle: fmt(m), upper: fmt(m + w), lower: fmt(m - w) })
    }
    return inCallerOrder(result, input)
  }
}

/**
 * technicalindicators' function form: `keltnerchannels(input)` is `KeltnerChannels.calculate(input)`.
 * @param input - See {@link KeltnerChannelsInput}.
 * @returns As {@link KeltnerChannels.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link KeltnerChannels.calculate}.
 *
 * @example
 * ```ts
 * import { keltnerchannels } from '@aitrade/indicators/compat'
 *
 * keltnerchannels({ maPeriod: 2, atrPeriod: 1, useSMA: true, multiplier: 2, high: [11, 12], low: [9, 10], close: [10, 11] }) // [{ middle: 10.5, upper: 14.5, lower: 6.5 }]
 * ```
 * @see {@link KeltnerChannels} for the formula and how it relates to TA-Lib's.
 */
export function keltnerchannels(input: KeltnerChannelsInput): KeltnerChannelsOutput[] {
  return KeltnerChannels.calculate(input)
}
