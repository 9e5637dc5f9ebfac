import DecimalJs from 'decimal.js'
import { InvalidArgumentError } from './errors.js'

/**
 * Arbitrary-precision decimal used for every ledger quantity (prices, amounts, fees, balances, PnL).
 *
 * A private clone of decimal.js configured with 40 significant digits and banker's rounding
 * (`ROUND_HALF_EVEN`) for intermediate results, so that changing the global `decimal.js` settings in an
 * application does not change the SDK's arithmetic. Instances interoperate with any decimal.js `Decimal`.
 * Rounding to an instrument's tick or lot is always explicit (see `roundToTick`, `roundToLot`).
 *
 * @example
 * ```ts
 * import { Decimal } from '@aitrade/core'
 *
 * new Decimal('0.1').plus('0.2').toString() // '0.3'
 * ```
 */
export const Decimal: typeof DecimalJs = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
})

/** A {@link Decimal} instance. */
export type Decimal = DecimalJs

export declare namespace Decimal {
  /** Anything {@link Decimal} accepts: `string | number | Decimal`. Prefer decimal strings for exact input. */
  type Value = DecimalJs.Value
  /** decimal.js rounding mode constant (0–8), e.g. `Decimal.ROUND_DOWN`. */
  type Rounding = DecimalJs.Rounding
}

/**
 * Converts a {@link Decimal.Value} to a {@link Decimal}, rejecting `NaN`, infinities and unparsable strings.
 *
 * @param value - Input value.
 * @param argument - Argument name used in the error.
 * @returns A finite Decimal.
 * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when the value is not a finite number.
 *
 * @example
 * ```ts
 * import { toDecimal } from '@aitrade/core'
 *
 * toDecimal('1.50', 'price').toString() // '1.5'
 * ```
 */
export function toDecimal(value: Decimal.Value, argument = 'value'): Decimal {
  let d: Decimal
  try {
    d = new Decimal(value)
  } catch (cause) {
    throw new InvalidArgumentError(argument, `not a number: ${String(value)}`, { cause })
  }
  if (!d.isFinite()) throw new InvalidArgumentError(argument, `must be finite, got ${String(value)}`)
  return d
}
