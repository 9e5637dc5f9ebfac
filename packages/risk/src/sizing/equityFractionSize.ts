import type { Decimal } from '@aitrade/core'
import { contractSizeFrom, finalizeSize, positive, type SizeRounding } from './sizeRounding.js'

/** Inputs of {@link equityFractionSize}. */
export interface EquityFractionSizeParams extends SizeRounding {
  /** Account equity, account currency (> 0). */
  equity: Decimal.Value
  /** Notional to hold as a fraction of equity (> 0; `0.1` = 10 %, `2` = 2× leverage). */
  fraction: Decimal.Value
  /** Entry price, quote currency per base unit (> 0). */
  price: Decimal.Value
  /** Base units per lot. Default: instrument's `contractSize`, else 1. */
  contractSize?: Decimal.Value
  /** Account currency per unit of quote currency (e.g. USD per JPY for USD/JPY in a USD account). Default 1. */
  quoteToAccountRate?: Decimal.Value
}

/**
 * Fixed fraction of equity as notional: `equity × fraction / (price × contractSize × quoteToAccountRate)` lots,
 * rounded down to the lot step and clamped.
 *
 * @param params - See {@link EquityFractionSizeParams}.
 * @returns Amount in lots, a multiple of the lot step; 0 when below the minimum amount.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a non-positive input.
 *
 * @example
 * ```ts
 * import { equityFractionSize } from '@aitrade/risk'
 *
 * equityFractionSize({ equity: '10000', fraction: '0.1', price: '250', lotStep: '1' }).toString() // '4'
 * ```
 */
export function equityFractionSize(params: EquityFractionSizeParams): Decimal {
  const equity = positive(params.equity, 'equity')
  const fraction = positive(params.fraction, 'fraction')
  const price = positive(params.price, 'price')
  const rate = positive(params.quoteToAccountRate ?? 1, 'quoteToAccountRate')
  const cs = contractSizeFrom(params.contractSize, params)
  return finalizeSize(equity.mul(fraction).div(price.mul(cs).mul(rate)), params)
}
