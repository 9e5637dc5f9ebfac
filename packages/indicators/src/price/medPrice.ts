import type { OhlcvBar, OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, outputBuffer } from '../validate.js'
import { BarTransform } from './barTransform.js'

/**
 * Number of leading bars {@link medPrice} leaves `NaN`: always `0`.
 *
 * @returns `0`.
 * @example
 * ```ts
 * import { medPriceLookback } from '@aitrade/indicators'
 * medPriceLookback() // 0
 * ```
 * @see TA-Lib `TA_MEDPRICE_Lookback`.
 */
export function medPriceLookback(): number {
  return 0
}

/**
 * Median price (TA-Lib `MEDPRICE`): `(high + low) / 2` per bar.
 *
 * A `NaN` field gives `NaN` for that bar only.
 *
 * @param bars - high, low arrays of equal length, oldest first.
 * @param options - Optional `out` buffer.
 * @returns A `Float64Array` of the input's length, in price units.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the field when the arrays' lengths differ,
 *   or `out` when it is too short.
 * @example
 * ```ts
 * import { medPrice } from '@aitrade/indicators'
 * medPrice({ high: [12], low: [8] }) // Float64Array [10]
 * ```
 * @see TA-Lib `TA_MEDPRICE` (ta_MEDPRICE.c).
 */
export function medPrice(bars: Pick<OhlcvInput, 'high' | 'low'>, options: OutputOptions = {}): Float64Array {
  const n = checkBars(bars, ['high', 'low'])
  const out = outputBuffer(n, options.out)
  const { high, low } = bars
  for (let i = 0; i < n; i++) out[i] = ((high[i] as number) + (low[i] as number)) / 2
  return out
}

/**
 * Streaming Median price (TA-Lib `MEDPRICE`); outputs equal {@link medPrice}'s exactly.
 *
 * @example
 * ```ts
 * import { MEDPRICE } from '@aitrade/indicators'
 * new MEDPRICE().update({ high: 12, low: 8 }) // 10
 * ```
 * @see TA-Lib `TA_MEDPRICE` (ta_MEDPRICE.c).
 */
export class MEDPRICE extends BarTransform<'high' | 'low'> {
  constructor() {
    super('MEDPRICE')
  }

  protected compute(bar: Pick<OhlcvBar, 'high' | 'low'>): number {
    return (bar.high + bar.low) / 2
  }
}
