import { checkSeries } from './options.js'

/**
 * Maximum drawdown: the worst peak-to-trough decline of the compounded value,
 * `min over t of (Vₜ − maxₛ≤ₜ Vₛ) / maxₛ≤ₜ Vₛ` with `V₀ = 1` before the first return and `Vₜ = ∏ⱼ≤ₜ (1 + rⱼ)`.
 * Convention: empyrical `max_drawdown`.
 *
 * Edge cases: `NaN` returns count as `0` (empyrical fills them); empty input → `NaN`; a series that never
 * falls → `0` (in empyrical's own tests `-0.0` for all-positive returns).
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Maximum drawdown as a fraction ≤ 0 (`-0.2` = a 20 % fall from the peak).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see empyrical `max_drawdown` (empyrical/stats.py); https://en.wikipedia.org/wiki/Drawdown_(economics)
 *
 * @example
 * ```ts
 * import { maxDrawdown } from '@aitrade/analytics'
 *
 * maxDrawdown([0.1, -0.1, 0.1]) // -0.1 (up to rounding)
 * ```
 */
export function maxDrawdown(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  const n = returns.length
  if (n === 0) return Number.NaN
  let value = 1
  let peak = 1
  let worst = 0
  for (let i = 0; i < n; i++) {
    const r = returns[i]!
    if (!Number.isNaN(r)) value *= 1 + r
    if (value > peak) peak = value
    const dd = (value - peak) / peak
    if (dd < worst) worst = dd
  }
  return worst
}
