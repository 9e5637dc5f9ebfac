import { growthFactor } from './cumReturns.js'
import { ulcerIndex } from './ulcerIndex.js'

/**
 * Ulcer performance index (Martin ratio): total compounded return over the {@link ulcerIndex},
 * `(∏(1 + r) − 1) / UI` (`NaN` periods skipped in the product). Convention: quantstats
 * `ulcer_performance_index` with its default `rf = 0`.
 *
 * Edge cases (as quantstats): ulcer index 0 (never below a peak) → `NaN`; empty input → `NaN`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Ulcer performance index (dimensionless).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.ulcer_performance_index` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { ulcerPerformanceIndex } from '@aitrade/analytics'
 *
 * ulcerPerformanceIndex([0.1, -0.1, 0.1]) // 0.089 / 0.0711 ≈ 1.252
 * ```
 */
export function ulcerPerformanceIndex(returns: ArrayLike<number>): number {
  const ui = ulcerIndex(returns)
  if (ui === 0) return Number.NaN
  return (growthFactor(returns, 0, returns.length) - 1) / ui
}
