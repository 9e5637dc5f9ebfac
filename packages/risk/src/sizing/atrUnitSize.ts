import type { Decimal } from '@aitrade/core'
import { finalizeSize, fractionIn01, positive, type SizeRounding } from './sizeRounding.js'

/** Inputs of {@link atrUnitSize}. */
export interface AtrUnitSizeParams extends SizeRounding {
  /** Account equity, account currency (> 0). */
  equity: Decimal.Value
  /** N: the average true range (Turtles: 20-day exponential ATR), in price points (> 0). */
  atr: Decimal.Value
  /** Dollars per point: account currency gained per 1-point move of one lot/contract (> 0). */
  pointValue: Decimal.Value
  /** Fraction of equity that a 1-N move may gain or lose per unit, in (0, 1]. Default `0.01` (Turtles). */
  riskFraction?: Decimal.Value
}

/**
 * Turtle unit: `unit = riskFraction × equity / (N × pointValue)` contracts, so that a 1-N move changes equity by
 * `riskFraction`. Rounded down to the lot step and clamped.
 *
 * @param params - See {@link AtrUnitSizeParams}.
 * @returns Amount in lots (contracts); 0 when below the minimum amount.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad input.
 * @see Curtis Faith, *The Original Turtle Trading Rules* (2003), "Position Sizing": heating oil, N 0.0141,
 *   $42,000 per point, $1,000,000 account → 16.88 → 16 contracts.
 *
 * @example
 * ```ts
 * import { atrUnitSize } from '@aitrade/risk'
 *
 * atrUnitSize({ equity: '1000000', atr: '0.0141', pointValue: '42000', lotStep: '1' }).toString() // '16'
 * ```
 */
export function atrUnitSize(params: AtrUnitSizeParams): Decimal {
  const equity = positive(params.equity, 'equity')
  const n = positive(params.atr, 'atr')
  const pv = positive(params.pointValue, 'pointValue')
  const f = fractionIn01(params.riskFraction ?? '0.01', 'riskFraction')
  return finalizeSize(equity.mul(f).div(n.mul(pv)), params)
}
