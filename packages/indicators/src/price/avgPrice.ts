import type { OhlcvBar, OhlcvInput, OutputOptions } from '../types.js'
import { checkBars, outputBuffer } from '../validate.js'
import { BarTransform } from './barTransform.js'

/**
 * Number of leading bars {@link avgPrice} leaves `NaN`: always `0`.
 *
 * @returns `0`.
 * @example
 * ```ts
 * import { avgPriceLookback } from '@aitrade/indicators'
 * avgPriceLookback() // 0
 * ```
 * @see TA-Lib `TA_AVGPRICE_Lookback`.
 */
export function avgPriceLookback(): number {
  return 0
}

/**
 * Average price (TA-Lib `AVGPRICE`): `(high + low + close + open) / 4` per bar.
 *
 * A `NaN` field gives `NaN` for that bar only.
 *
 * @param bars - open, high, low, close arrays of equal length, oldest first.
 * @param options - Optional `out` buffer.
 * @returns A `Float64Array` of the input's length, in price units.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the field when the arrays' lengths differ,
 *   or `out` when it is too short.
 * @example
 * ```ts
 * import { avgPrice } from '@aitrade/indicators'
 * avgPrice({ open: [10], high: [12], low: [8], close: [11] }) // Float64Array [10.25]
 * ```
 * @see TA-Lib `TA_AVGPRICE` (ta_AVGPRICE.c).
 */
export function avgPrice(
  bars: Pick<OhlcvInput, 'open' | 'high' | 'low' | 'close'>,
  options: OutputOptions = {},
): Float64Array {
  const n = checkBars(bars, ['open', 'high', 'low', 'close'])
  const out = outputBuffer(n, options.out)
  const { open, high, low, close } = bars
  for (let i = 0; i < n; i++)
    out[i] = ((high[i] as number) + (low[i] as number) + (close[i] as number) + (open[i] as number)) / 4
  return out
}

/**
 * Streaming Average price (TA-Lib `AVGPRICE`); outputs equal {@link avgPrice}'s exactly.
 *
 * @example
 * ```ts
 * import { AVGPRICE } from '@aitrade/indicators'
 * new AVGPRICE().update({ open: 10, high: 12, low: 8, close: 11 }) // 10.25
 * ```
 * @see TA-Lib `TA_AVGPRICE` (ta_AVGPRICE.c).
 */
export class AVGPRICE extends BarTransform<'open' | 'high' | 'low' | 'close'> {
  constructor() {
    super('AVGPRICE')
  }

  protected compute(bar: Pick<OhlcvBar, 'open' | 'high' | 'low' | 'close'>): number {
    return (bar.high + bar.low + bar.close + bar.open) / 4
  }
}
