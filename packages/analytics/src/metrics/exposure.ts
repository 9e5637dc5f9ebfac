import { checkSeries } from './options.js'

/**
 * Exposure (time in market): the share of non-NaN periods with a non-zero return, rounded **up** to a whole
 * percent: `⌈100 · #{r ≠ 0} / #{r not NaN}⌉ / 100`. Convention: quantstats `exposure`.
 *
 * Edge cases (as quantstats): no non-NaN period → `0`.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @returns Exposure as a fraction in `[0, 1]`, a multiple of 0.01.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `returns` is not an array of numbers.
 * @see quantstats `stats.exposure` (quantstats/stats.py)
 *
 * @example
 * ```ts
 * import { exposure } from '@aitrade/analytics'
 *
 * exposure([0.01, 0, 0.02, 0, 0.03]) // 0.6
 * ```
 */
export function exposure(returns: ArrayLike<number>): number {
  checkSeries('returns', returns)
  let observed = 0
  let active = 0
  for (let i = 0; i < returns.length; i++) {
    const r = returns[i]!
    if (!Number.isNaN(r)) {
      observed++
      if (r !== 0) active++
    }
  }
  if (observed === 0) return 0
  return Math.ceil((active / observed) * 100) / 100
}
