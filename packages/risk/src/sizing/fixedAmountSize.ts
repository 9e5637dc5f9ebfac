import type { Decimal } from '@aitrade/core'
import { finalizeSize, positive, type SizeRounding } from './sizeRounding.js'

/** Inputs of {@link fixedAmountSize}. */
export interface FixedAmountSizeParams extends SizeRounding {
  /** Desired amount, lots (> 0). */
  amount: Decimal.Value
}

/**
 * Fixed amount: always the same number of lots, rounded down to the lot step and clamped to the instrument's
 * min/max.
 *
 * @param params - See {@link FixedAmountSizeParams}.
 * @returns Amount in lots, a multiple of the lot step; 0 when below the minimum amount.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `amount` is not > 0.
 *
 * @example
 * ```ts
 * import { fixedAmountSize } from '@aitrade/risk'
 *
 * fixedAmountSize({ amount: '0.237', lotStep: '0.01' }).toString() // '0.23'
 * ```
 */
export function fixedAmountSize(params: FixedAmountSizeParams): Decimal {
  return finalizeSize(positive(params.amount, 'amount'), params)
}
