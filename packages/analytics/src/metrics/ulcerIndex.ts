import { checkSeries } from './options.js'

/**
 * Ulcer index: `√(Σ dₜ² / (n − 1))`, where `dₜ = Vₜ / max_{s≤t} V_s − 1` is the drawdown of the compounded
 * value (starting value 1 counts as a peak, `NaN` returns as 0) and `n` the number of observations.
 * Convention: quantstats `ulcer_index`.
 *
 * Edge cases: empty input → `NaN`; a single observation → `NaN` (no drawdown) or `Infinity` (a loss), as
 * numpy's division by `n − 1 = 0`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Ulcer index as a fraction (≥ 0).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.ulcer_index` (quantstats/stats.py); P. Martin & B. McCann, "The Investor's Guide to
 *   Fidelity Funds", 1989.
 *
 * @example
 * ```ts
 * import { ulcerIndex } from '@aitrade/analytics'
 *
 * ulcerIndex([0.1, -0.1, 0.1]) // drawdowns 0, −0.1, −0.01 → √(0.0101 / 2) ≈ 0.0711
 * ```
 */
export function ulcerIndex(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  const n = returns.length
  if (n === 0) return Number.NaN
  let value = 1
  let peak = 1
  let ss = 0
  for (let i = 0; i < n; i++) {
    const r = returns[i]!
    if (!Number.isNaN(r)) value *= 1 + r
    if (value > peak) peak = value
    const dd = value / peak - 1
    ss += dd * dd
  }
  return Math.sqrt(ss / (n - 1))
}
