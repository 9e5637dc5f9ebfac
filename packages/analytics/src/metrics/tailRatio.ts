import { dropNaN, quantileInPlace } from './nan.js'
import { checkSeries } from './options.js'

/**
 * Tail ratio: `|P95(r)| / |P5(r)|`, the 95th over the 5th percentile of the returns (numpy's linear
 * interpolation, `NaN` dropped). Convention: empyrical `tail_ratio`.
 *
 * Edge cases: empty input or no non-NaN value → `NaN`; a 5th percentile of exactly 0 → `Infinity` (or `NaN`
 * when both are 0).
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Tail ratio (dimensionless; 0.25 = losses in the tail four times the size of the gains).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see empyrical `tail_ratio` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { tailRatio } from '@aitrade/analytics'
 *
 * tailRatio([-0.02, -0.01, 0, 0.01, 0.02, 0.03]) // |0.0275| / |-0.0175| ≈ 1.571
 * ```
 */
export function tailRatio(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  const a = dropNaN(returns)
  if (a.length === 0) return Number.NaN
  return Math.abs(quantileInPlace(a, 0.95)) / Math.abs(quantileInPlace(a, 0.05))
}
