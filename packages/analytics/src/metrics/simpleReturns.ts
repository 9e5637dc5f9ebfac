import { checkSeries } from './options.js'

/**
 * Simple returns of a price series: `rᵢ = (pᵢ₊₁ − pᵢ) / pᵢ`. Convention: empyrical `simple_returns` on an
 * array (`np.diff(prices) / prices[:-1]`).
 *
 * Edge cases: fewer than 2 prices → empty array; a `NaN` price makes the returns on both sides `NaN`; a zero
 * price gives `±Infinity` (or `NaN` for 0 → 0), as numpy does.
 *
 * @param prices - Prices or account values in any currency unit, in time order.
 * @returns A `Float64Array` of length `prices.length − 1` (fractions, `0.01` = 1 %).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `prices` is not an array of numbers.
 * @see empyrical `simple_returns` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { simpleReturns } from '@aitrade/analytics'
 *
 * simpleReturns([100, 110, 99]) // Float64Array [0.1, -0.1]
 * ```
 */
export function simpleReturns(prices: ArrayLike<number>): Float64Array {
  checkSeries('prices', prices)
  const n = prices.length
  if (n < 2) return new Float64Array(0)
  const out = new Float64Array(n - 1)
  let prev = prices[0]!
  for (let i = 1; i < n; i++) {
    const p = prices[i]!
    out[i - 1] = (p - prev) / prev
    prev = p
  }
  return out
}
