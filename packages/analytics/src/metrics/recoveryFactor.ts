import { maxDrawdown } from './maxDrawdown.js'

/**
 * Recovery factor: `|Σ r| / |maxDrawdown|` — the **arithmetic** sum of the returns (`NaN` skipped) over the
 * compounded maximum drawdown. Convention: quantstats `recovery_factor` with its default `rf = 0`.
 *
 * Edge cases (as quantstats): no drawdown → `NaN`; empty input → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Recovery factor (dimensionless, ≥ 0).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.recovery_factor` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { recoveryFactor } from '@aitrade/analytics'
 *
 * recoveryFactor([0.1, -0.1, 0.1]) // 0.1 / 0.1 = 1
 * ```
 */
export function recoveryFactor(returns: ArrayLike<number>): number {
  const mdd = maxDrawdown(returns)
  if (mdd === 0 || Number.isNaN(mdd)) return Number.NaN
  let sum = 0
  for (let i = 0; i < returns.length; i++) {
    const r = returns[i]!
    if (!Number.isNaN(r)) sum += r
  }
  return Math.abs(sum) / Math.abs(mdd)
}
