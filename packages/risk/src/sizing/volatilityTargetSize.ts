import type { Decimal } from '@aitrade/core'
import { contractSizeFrom, finalizeSize, positive, type SizeRounding } from './sizeRounding.js'

/** Inputs of {@link volatilityTargetSize}. `targetVolatility` and `volatility` must use the same period. */
export interface VolatilityTargetSizeParams extends SizeRounding {
  /** Account equity, account currency (> 0). */
  equity: Decimal.Value
  /** Target volatility of the position's P&L as a fraction of equity (e.g. `0.2` = 20 % a year). */
  targetVolatility: Decimal.Value
  /** Instrument's return volatility over the same period (e.g. `0.4` = 40 % a year). */
  volatility: Decimal.Value
  /** Price, quote currency per base unit (> 0). */
  price: Decimal.Value
  /** Base units per lot. Default: instrument's `contractSize`, else 1. */
  contractSize?: Decimal.Value
  /** Account currency per unit of quote currency. Default 1. */
  quoteToAccountRate?: Decimal.Value
}

/**
 * Volatility targeting: hold notional `equity × targetVolatility / volatility`, i.e.
 * `equity × σ_target / (σ × price × contractSize × quoteToAccountRate)` lots, rounded down and clamped.
 *
 * @param params - See {@link VolatilityTargetSizeParams}.
 * @returns Amount in lots; 0 when below the minimum amount.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a non-positive input.
 * @see Moskowitz, Ooi & Pedersen, "Time series momentum", *J. Financial Economics* 104 (2012), eq. (5): position
 *   scaled by `40% / σ`; R. Carver, *Systematic Trading* (2015), ch. 10.
 *
 * @example
 * ```ts
 * import { volatilityTargetSize } from '@aitrade/risk'
 *
 * volatilityTargetSize({ equity: '100000', targetVolatility: '0.2', volatility: '0.4', price: '50' }).toString() // '1000'
 * ```
 */
export function volatilityTargetSize(params: VolatilityTargetSizeParams): Decimal {
  const equity = positive(params.equity, 'equity')
  const target = positive(params.targetVolatility, 'targetVolatility')
  const vol = positive(params.volatility, 'volatility')
  const price = positive(params.price, 'price')
  const rate = positive(params.quoteToAccountRate ?? 1, 'quoteToAccountRate')
  const cs = contractSizeFrom(params.contractSize, params)
  return finalizeSize(equity.mul(target).div(vol.mul(price).mul(cs).mul(rate)), params)
}
