import { BBANDS, bbands } from '../overlap/bbands.js'
import { checkPeriod, checkReal } from '../validate.js'
import { inCallerOrder, oldestFirst, TiIndicator, type TiInput } from './tiIndicator.js'

/** technicalindicators' BollingerBands input. */
export interface BollingerBandsInput extends TiInput {
  /** Period in bars, integer ≥ 2. */
  period: number
  /** Band width in (population) standard deviations. */
  stdDev: number
  /** Closes, oldest first. */
  values: number[]
}

/** technicalindicators' BollingerBands output. */
export interface BollingerBandsOutput {
  /** SMA. */
  middle: number
  /** `middle + stdDev·σ`. */
  upper: number
  /** `middle − stdDev·σ`. */
  lower: number
  /** %B: `(value − lower) / (upper − lower)`. */
  pb: number
}

/**
 * Drop-in for technicalindicators' `BollingerBands`: our TA-Lib-exact {@link @aitrade/indicators!index.bbands}
 * (SMA ± k·population σ) plus technicalindicators' `pb` (%B). Same numbers as technicalindicators: bands
 * within 1e-9 relative; `pb` within 1e-6 absolute, because TA-Lib's variance (`E[x²] − E[x]²` from running sums)
 * and technicalindicators' (summed squared deviations) round differently and a narrow band magnifies that.
 *
 * @example
 * ```ts
 * import { BollingerBands } from '@aitrade/indicators/compat'
 *
 * BollingerBands.calculate({ period: 2, stdDev: 1, values: [1, 3] }) // [{ middle: 2, upper: 3, lower: 1, pb: 1 }]
 * ```
 * @see technicalindicators `BollingerBands`; John Bollinger, *Bollinger on Bollinger Bands* (2001); TA-Lib `TA_BBANDS`.
 */
export class BollingerBands extends TiIndicator<number, BollingerBandsOutput> {
  /**
   * @param input - See {@link BollingerBandsInput}; `nextValue` takes a close.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period` or `stdDev`.
   */
  constructor(input: BollingerBandsInput) {
    const k = checkReal('stdDev', input.stdDev, 0)
    const stream = new BBANDS({ period: input.period, nbDevUp: k, nbDevDn: k })
    const fmt = input.format ?? ((v: number) => v)
    super((x) => {
      const b = stream.update(x)
      return stream.isReady ? band(x, b.upper, b.middle, b.lower, fmt) : undefined
    }, input.values ?? [])
  }

  /**
   * Bollinger Bands of `input.values`, defined values only.
   * @param input - See {@link BollingerBandsInput}, plus `reversedInput` / `format`.
   * @returns `values.length − period + 1` objects `{ middle, upper, lower, pb }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period` or `stdDev`.
   */
  static calculate(input: BollingerBandsInput): BollingerBandsOutput[] {
    const i = oldestFirst(input)
    const period = checkPeriod('period', i.period, 2)
    const k = checkReal('stdDev', i.stdDev, 0)
    const b = bbands(i.values, { period, nbDevUp: k, nbDevDn: k })
    const fmt = i.format ?? ((v: number) => v)
    const result: BollingerBandsOutput[] = []
    for (let j = period - 1; j < i.values.length; j++) {
      result.push(band(i.values[j] as number, b.upper[j] as number, b.middle[j] as number, b.lower[j] as number, fmt))
    }
    return inCallerOrder(result, input)
  }
}

function band(
  x: number,
  upper: number,
  middle: number,
  lower: number,
  fmt: (v: number) => number,
): BollingerBandsOutput {
  return { middle: fmt(middle), upper: fmt(upper), lower: fmt(lower), pb: fmt((x - lower) / (upper - lower)) }
}

/**
 * technicalindicators' function form: `bollingerbands(input)` is `BollingerBands.calculate(input)`.
 * @param input - See {@link BollingerBandsInput}.
 * @returns As {@link BollingerBands.calculate}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link BollingerBands.calculate}.
 *
 * @example
 * ```ts
 * import { bollingerbands } from '@aitrade/indicators/compat'
 *
 * bollingerbands({ period: 2, stdDev: 1, values: [1, 3] }) // [{ middle: 2, upper: 3, lower: 1, pb: 1 }]
 * ```
 * @see {@link BollingerBands} for the formula and how it relates to TA-Lib's.
 */
export function bollingerbands(input: BollingerBandsInput): BollingerBandsOutput[] {
  return BollingerBands.calculate(input)
}
