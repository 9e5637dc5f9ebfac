import type { OhlcvBar, OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, outputBuffer } from '../validate.js'
import { BarTransform } from './barTransform.js'

/**
 * Number of leading bars {@link typPrice} leaves `NaN`: always `0`.
 *
 * @returns `0`.
 * @example
 * ```ts
 * import { typPriceLookback } from '@aitrade/indicators'
 * typPriceLookback() // 0
 * ```
 * @see TA-Lib `TA_TYPPRICE_Lookback`.
 */
export function typPriceLookback(): number {
  return 0
}

/**
 * Typical price (TA-Lib `TYPPRICE`): `(high + low + close) / 3` per bar.
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
 * import { typPrice } from '@aitrade/indicators'
 * typPrice({ high: [12], low: [8], close: [11] }) // Float64Array [10.333…]
 * ```
 * @see TA-Lib `TA_TYPPRICE` (ta_TYPPRICE.c).
 */
export function typPrice(bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>, options: OutputOptions = {}): Float64Array {
  const n = checkBars(bars, ['high', 'low', 'close'])
  const out = outputBuffer(n, options.out)
  const { high, low, close } = bars
  for (let i = 0; i < n; i++) out[i] = ((high[i] as number) + (low[i] as number) + (close[i] as number)) / 3
  return out
}

/**
 * Streaming Typical price (TA-Lib `TYPPRICE`); outputs equal {@link typPrice}'s exactly.
 *
 * @example
 * ```ts
 * import { TYPPRICE } from '@aitrade/indicators'
 * new TYPPRICE().update({ high: 12, low: 8, close: 11 }) // 10.333…
 * ```
 * @see TA-Lib `TA_TYPPRICE` (ta_TYPPRICE.c).
 */
export class TYPPRICE extends BarTransform<'high' | 'low' | 'close'> {
  constructor() {
    super('TYPPRICE')
  }

  protected compute(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): number {
    return (bar.high + bar.low + bar.close) / 3
  }
}
