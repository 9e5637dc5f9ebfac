import { growthFactor } from './cumReturns.js'
import { checkPair } from './options.js'
import { pairedMoments } from './pairs.js'

/**
 * Treynor ratio: total compounded return over beta, `(∏(1 + r) − 1) / β`, with `β = cov(r, b) / var(b)` on
 * the periods where both series are present. Convention: quantstats `treynor_ratio` with its default
 * `rf = 0` (quantstats' `greeks` beta).
 *
 * Edge cases (as quantstats): an undefined beta (fewer than 2 pairs, constant benchmark) counts as 0, and a
 * zero beta gives `0`.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param benchmark - Per-period benchmark returns, paired by index with `returns`.
 * @returns Treynor ratio (total return per unit of beta).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input or mismatched lengths.
 * @see quantstats `stats.treynor_ratio` and `stats.greeks` (quantstats/stats.py); J. L. Treynor, "How to
 *   Rate Management of Investment Funds", Harvard Business Review, 1965.
 *
 * @example
 * ```ts
 * import { treynorRatio } from '@aitrade/analytics'
 *
 * treynorRatio([0.02, -0.02, 0.04], [0.01, -0.01, 0.02]) // (1.02 · 0.98 · 1.04 − 1) / 2 ≈ 0.0198
 * ```
 */
export function treynorRatio(returns: ArrayLike<number>, benchmark: ArrayLike<number>): number {
  checkPair(returns, benchmark, 'benchmark')
  const m = pairedMoments(returns, benchmark)
  const b = m.count < 2 || m.syy === 0 ? 0 : m.sxy / m.syy
  if (b === 0) return 0
  return (growthFactor(returns, 0, returns.length) - 1) / b
}
