import { checkSeries } from './options.js'

/**
 * Profit factor: `Σ(r | r ≥ 0) / |Σ(r | r < 0)|`. Convention: quantstats `profit_factor` (period-based).
 *
 * Edge cases (as quantstats): no losing period → `Infinity`, or `0` when the gains also sum to 0 (e.g. empty
 * input); `NaN` periods are skipped.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Profit factor (dimensionless, ≥ 0; above 1 = gains outweigh losses).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.profit_factor` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { profitFactor } from '@aitrade/analytics'
 *
 * profitFactor([0.03, -0.01, 0.01, -0.01]) // 0.04 / 0.02 = 2
 * ```
 */
export function profitFactor(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  let gains = 0
  let losses = 0
  for (let i = 0; i < returns.length; i++) {
    const r = returns[i]!
    if (r >= 0) gains += r
    else if (r < 0) losses += r
  }
  losses = Math.abs(losses)
  if (losses === 0) return gains === 0 ? 0 : Number.POSITIVE_INFINITY
  return gains / losses
}
