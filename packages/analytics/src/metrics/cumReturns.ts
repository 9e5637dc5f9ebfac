import { InvalidArgumentError } from '@aitrade/core'
import { checkSeries } from './options.js'

/** Options of {@link cumReturns} and {@link cumReturnsFinal}. */
export interface CumReturnsOptions {
  /**
   * `0` (default) returns cumulative **returns** (`∏(1 + rᵢ) − 1`); any other value returns the **value** of
   * an account that started at `startingValue` (`startingValue · ∏(1 + rᵢ)`). Finite.
   */
  startingValue?: number
}

function startingValueOf(options: CumReturnsOptions): number {
  const s = options.startingValue ?? 0
  if (typeof s !== 'number' || !Number.isFinite(s)) {
    throw new InvalidArgumentError('startingValue', `must be a finite number, got ${String(s)}`)
  }
  return s
}

/**
 * Cumulative returns of a series of simple returns: `cᵢ = ∏ⱼ≤ᵢ (1 + rⱼ) − 1`, or the account value
 * `startingValue · ∏ⱼ≤ᵢ (1 + rⱼ)` when `startingValue ≠ 0`. Convention: empyrical `cum_returns`.
 *
 * Edge cases: `NaN` returns count as `0` (empyrical fills them with 0); empty input gives an empty array.
 *
 * @param returns - Per-period simple returns (fractions, `0.01` = 1 %); `NaN` marks a missing period.
 * @param options - `startingValue` (default `0`: cumulative returns as fractions).
 * @returns A `Float64Array` of the same length: cumulative returns (fractions) or account values.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of
 *   numbers or `startingValue` is not finite.
 * @see empyrical `cum_returns` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { cumReturns } from '@aitrade/analytics'
 *
 * cumReturns([0.1, -0.1]) // Float64Array [0.1, -0.01] (up to rounding)
 * cumReturns([0.1, -0.1], { startingValue: 100 }) // Float64Array [110, 99]
 * ```
 */
export function cumReturns(returns: ArrayLike<number>, options: CumReturnsOptions = {}): Float64Array {
  checkSeries('returns', returns)
  const start = startingValueOf(options)
  const n = returns.length
  const out = new Float64Array(n)
  let wealth = 1
  if (start === 0) {
    for (let i = 0; i < n; i++) {
      const r = returns[i]!
      if (!Number.isNaN(r)) wealth *= 1 + r
      out[i] = wealth - 1
    }
  } else {
    for (let i = 0; i < n; i++) {
      const r = returns[i]!
      if (!Number.isNaN(r)) wealth *= 1 + r
      out[i] = wealth * start
    }
  }
  return out
}

/**
 * Total compounded return of a series: `∏ (1 + rᵢ) − 1`, or the final account value
 * `startingValue · ∏ (1 + rᵢ)` when `startingValue ≠ 0`. Convention: empyrical `cum_returns_final`
 * (`np.nanprod`, so `NaN` periods are skipped).
 *
 * Edge cases: empty input → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param options - `startingValue` (default `0`: total return as a fraction).
 * @returns Total return (fraction), or the final account value.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of
 *   numbers or `startingValue` is not finite.
 * @see empyrical `cum_returns_final` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { cumReturnsFinal } from '@aitrade/analytics'
 *
 * cumReturnsFinal([0.1, -0.1]) // -0.01 (up to rounding)
 * ```
 */
export function cumReturnsFinal(returns: ArrayLike<number>, options: CumReturnsOptions = {}): number {
  checkSeries('returns', returns)
  const start = startingValueOf(options)
  if (returns.length === 0) return Number.NaN
  const wealth = growthFactor(returns, 0, returns.length)
  return start === 0 ? wealth - 1 : wealth * start
}

/** `∏ (1 + rᵢ)` over the non-NaN values of `returns[start, end)` (numpy `nanprod(1 + r)`). @internal */
export function growthFactor(returns: ArrayLike<number>, start: number, end: number): number {
  let wealth = 1
  for (let i = start; i < end; i++) {
    const r = returns[i]!
    if (!Number.isNaN(r)) wealth *= 1 + r
  }
  return wealth
}
