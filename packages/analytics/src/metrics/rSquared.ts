import { checkPair } from './options.js'
import { pairedMoments } from './pairs.js'

/**
 * R² of the strategy against the benchmark: the squared correlation `r = Σ dx·dy / √(Σ dx² · Σ dy²)` over
 * the periods where both are present (`scipy.stats.linregress` r-value, clipped to [−1, 1]). Convention:
 * quantstats `r_squared`.
 *
 * Edge cases: fewer than 2 pairs, or constant strategy returns (scipy raises) → `NaN`; a constant benchmark
 * → `0` (scipy's r = 0 for a zero denominator).
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param benchmark - Per-period benchmark returns, paired by index with `returns`.
 * @returns R² in `[0, 1]`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input or mismatched lengths.
 * @see quantstats `stats.r_squared` (quantstats/stats.py); scipy `scipy.stats.linregress`
 *
 * @example
 * ```ts
 * import { rSquared } from '@aitrade/analytics'
 *
 * rSquared([0.02, -0.02, 0.04], [0.01, -0.01, 0.02]) // 1
 * ```
 */
export function rSquared(returns: ArrayLike<number>, benchmark: ArrayLike<number>): number {
  checkPair(returns, benchmark, 'benchmark')
  const m = pairedMoments(returns, benchmark)
  if (m.count < 2 || m.sxx === 0) return Number.NaN
  const den = Math.sqrt(m.sxx * m.syy)
  if (den === 0) return 0
  const r = Math.min(1, Math.max(-1, m.sxy / den))
  return r * r
}
