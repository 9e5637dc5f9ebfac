import type { OhlcvBar, OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, outputBuffer } from '../validate.js'
import { BarTransform } from './barTransform.js'

/**
 * Number of leading bars {@link wclPrice} leaves `NaN`: always `0`.
 *
 * @returns `0`.
 * @example
 * ```ts
 * import { wclPriceLookback } from '@aitrade/indicators'
 * wclPriceLookback() // 0
 * ```
 * @see TA-Lib `TA_WCLPRICE_Lookback`.
 */
export function wclPriceLookback(): number {
  return 0
}

/**
 * Weighted close price (TA-Lib `WCLPRICE`): `(high + low + close * 2) / 4` per bar.
 *
 * A `NaN` field gives `NaN` for that bar only.
 *
 * @param bars - high, low, close arrays of equal length, oldest first.
 * @param options - Optional `out` buffer.
 * @returns A `Float64Array` of the input's length, in price units.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the field when the arrays' lengths differ,
 *   or `out` when it is too short.
 * @example
 * ```ts
 * import { wclPrice } from '@aitrade/indicators'
 * wclPrice({ high: [12], low: [8], close: [11] }) // Float64Array [10.5]
 * ```
 * @see TA-Lib `TA_WCLPRICE` (ta_WCLPRICE.c).
 */
export function wclPrice(bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>, options: OutputOptions = {}): Float64Array {
  const n = checkBars(bars, ['high', 'low', 'close'])
  const out = outputBuffer(n, options.out)
  const { high, low, close } = bars
  for (let i = 0; i < n; i++) out[i] = ((high[i] as number) + (low[i] as number) + (close[i] as number) * 2) / 4
  return out
}

/**
 * Streaming Weighted close price (TA-Lib `WCLPRICE`); outputs equal {@link wclPrice}'s exactly.
 *
 * @example
 * ```ts
 * import { WCLPRICE } from '@aitrade/indicators'
 * new WCLPRICE().update({ high: 12, low: 8, close: 11 }) // 10.5
 * ```
 * @see TA-Lib `TA_WCLPRICE` (ta_WCLPRICE.c).
 */
export class WCLPRICE extends BarTransform<'high' | 'low' | 'close'> {
  constructor() {
    super('WCLPRICE')
  }

  protected compute(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    return (bar.high + bar.low + bar.close * 2) / 4
  }
}
