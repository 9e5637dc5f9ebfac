import { adx as adxKernel, adxLookback, ADX as StreamADX } from '../momentum/adx.js'
import { MINUS_DI, minusDi } from '../momentum/minusDi.js'
import { PLUS_DI, plusDi } from '../momentum/plusDi.js'
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
 * Drop-in for technicalindicators' `ADX` in shape (`{ adx, pdi, mdi }` from bar `2·period − 1`), with TA-Lib's
 * numbers ({@link @aitrade/indicators!index.adx}, `plusDi`, `minusDi`). technicalindicators seeds Wilder's smoothed
 * TR/±DM with the sum of the first `period` values where TA-Lib (and Wilder's worksheet) sum `period − 1` and
 * smooth once; the two converge by a factor `(period − 1)/period` per bar (for period 14, a 4 % gap at the first
 * output is below 1e-9 after about 280 bars). We keep TA-Lib's values rather than reproduce the other seed.
 *
 * @example
 * ```ts
 * import { ADX } from '@aitrade/indicators/compat'
 *
 * const high = Array.from({ length: 40 }, (_, i) => 10 + i)
 * const out = ADX.calculate({ period: 5, high, low: high.map((h) => h - 1), close: high.map((h) => h - 0.5) })
 * out.length // 31; out[0].adx is 100 on a straight up-trend
 * ```
 * @see technicalindicators `ADX`; J. Welles Wilder Jr., *New Concepts in Technical Trading Systems* (1978); TA-Lib `TA_ADX`.
 */
export class ADX extends TiIndicator<TiBar, ADXOutput> {
  /**
   * @param input - See {@link ADXInput}; `nextValue` takes `{ high, low, close }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period`.
   */
  constructor(input: ADXInput) {
    const a = new StreamADX({ period: input.period })
    const p = new PLUS_DI({ period: input.period })
    const m = new MINUS_DI({ period: input.period })
    const fmt = input.format ?? ((v: number) => v)
    super((bar) => {
      const av = a.update(bar)
      const pv = p.update(bar)
      const mv = m.update(bar)
      return a.isReady ? { adx: fmt(av), pdi: fmt(pv), mdi: fmt(mv) } : undefined
    }, barTicks(input))
  }

  /**
   * ADX, +DI and −DI of the bars, from the bar where the ADX is defined.
   * @param input - See {@link ADXInput}, plus `reversedInput` / `format`.
   * @returns `n − 2·period + 1` objects `{ adx, pdi, mdi }`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad `period` or unequal lengths.
   */
  static calculate(input: ADXInput): ADXOutput[] {
    const i = oldestFirst(input)
    const a = adxKernel(i, { period: i.period })
    const p = plusDi(i, { period: i.period })
    const m = minusDi(i, { period: i.period })
    const fmt = i.format ?? ((v: number) => v)
    const result: ADXOutput[] = []
    for (let j = adxLookback({ period: i.period }); j < a.length; j++) {
      result.push({ adx: fmt(a[j] as number), pdi: fmt(p[j] as number), mdi: fmt(m[j] as number) })
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
 * ```
 */
export function adx(input: ADXInput): ADXOutput[] {
  return ADX.calculate(input)
}
