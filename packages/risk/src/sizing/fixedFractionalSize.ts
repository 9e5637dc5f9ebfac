import { type Decimal, InvalidArgumentError } from '@aitrade/core'
import { contractSizeFrom, finalizeSize, fractionIn01, positive, type SizeRounding } from './sizeRounding.js'

/** Inputs of {@link fixedFractionalSize}. Give `stopDistance`, or `stopPips` with `pipValue`. */
export interface FixedFractionalSizeParams extends SizeRounding {
  /** Account equity, account currency (> 0). */
  equity: Decimal.Value
  /** Fraction of equity risked per trade, in (0, 1] (`0.01` = 1 %). */
  riskFraction: Decimal.Value
  /** Entry-to-stop distance, quote currency per base unit (> 0). */
  stopDistance?: Decimal.Value
  /** Base units per lot (100 000 for an FX standard lot). Default: instrument's `contractSize`, else 1. */
  contractSize?: Decimal.Value
  /** Account currency per unit of quote currency. Default 1 (quote = account currency). */
  quoteToAccountRate?: Decimal.Value
  /** Entry-to-stop distance in pips (FX), used with `pipValue` instead of `stopDistance`. */
  stopPips?: Decimal.Value
  /** Value of one pip for one lot, account currency (e.g. 10 USD for EUR/USD standard lot). */
  pipValue?: Decimal.Value
}

/**
 * Fixed-fractional position size (fixed risk per trade): the amount whose loss at the stop equals
 * `equity × riskFraction`. Risk per lot is `stopDistance × contractSize × quoteToAccountRate`, or for FX
 * `stopPips × pipValue`. Result rounded down to the lot step and clamped to min/max.
 *
 * @param params - See {@link FixedFractionalSizeParams} for units.
 * @returns Amount in lots, a non-negative multiple of the lot step; 0 when below the minimum amount.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an input is outside its domain or neither
 *   `stopDistance` nor `stopPips` + `pipValue` is given.
 * @see Ralph Vince, *Portfolio Management Formulas* (1990) — fixed fractional trading.
 *
 * @example
 * ```ts
 * import { fixedFractionalSize } from '@aitrade/risk'
 *
 * fixedFractionalSize({ equity: '10000', riskFraction: '0.01', stopDistance: '50' }).toString() // '2'
 * // EUR/USD, 1 % of 10 000 USD, 25-pip stop, 10 USD per pip per standard lot, 0.01-lot steps
 * fixedFractionalSize({ equity: '10000', riskFraction: '0.01', stopPips: '25', pipValue: '10', lotStep: '0.01' }).toString() // '0.4'
 * ```
 */
export function fixedFractionalSize(params: FixedFractionalSizeParams): Decimal {
  const equity = positive(params.equity, 'equity')
  const f = fractionIn01(params.riskFraction, 'riskFraction')
  let perLot: Decimal
  if (params.stopDistance !== undefined) {
    const stop = positive(params.stopDistance, 'stopDistance')
    const rate = positive(params.quoteToAccountRate ?? 1, 'quoteToAccountRate')
    perLot = stop.mul(contractSizeFrom(params.contractSize, params)).mul(rate)
  } else if (params.stopPips !== undefined && params.pipValue !== undefined) {
    perLot = positive(params.stopPips, 'stopPips').mul(positive(params.pipValue, 'pipValue'))
  } else {
    throw new InvalidArgumentError('stopDistance', 'give stopDistance, or stopPips with pipValue')
  }
  return finalizeSize(equity.mul(f).div(perLot), params)
}
