import { InvalidArgumentError } from '@aitrade/core'
import { checkSquare, checkVector } from './validate.js'

/**
 * Diversification ratio of Choueifaty & Coignard: the weighted average of the assets' volatilities over the portfolio
 * volatility, `DR = (Σ_i w_i σ_i) / sqrt(wᵀ Σ w)` with `Σ_ij = σ_i σ_j ρ_ij`. `1` for a single asset or perfectly
 * correlated assets, larger the more the positions offset each other (`sqrt(n)` for `n` equal-weighted, equally
 * volatile, uncorrelated assets).
 *
 * @param weights - Position weights (fractions, long-only in the original definition), length `n`.
 * @param vols - Volatility of each asset (any consistent unit, e.g. annualised), `>= 0`, length `n`.
 * @param corr - `n × n` correlation matrix (rows), symmetric, values in `[-1, 1]`.
 * @returns The ratio (dimensionless, `>= 1` for long-only weights); `NaN` when the portfolio volatility is 0.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the shapes do not match, a value is not
 *   finite, a volatility is negative or a correlation is outside `[-1, 1]`.
 *
 * @example
 * ```ts
 * import { diversificationRatio } from '@aitrade/analytics'
 *
 * diversificationRatio([0.5, 0.5], [0.2, 0.2], [[1, 0], [0, 1]]) // ≈ 1.4142 (sqrt(2))
 * ```
 * @see Choueifaty & Coignard (2008), "Toward Maximum Diversification", Journal of Portfolio Management 35(1).
 */
export function diversificationRatio(
  weights: ArrayLike<number>,
  vols: ArrayLike<number>,
  corr: ArrayLike<ArrayLike<number>>,
): number {
  checkVector('weights', weights)
  checkVector('vols', vols)
  const n = weights.length
  if (vols.length !== n) throw new InvalidArgumentError('vols', `length ${vols.length} differs from weights (${n})`)
  checkSquare('corr', corr, n)
  let weighted = 0
  let variance = 0
  for (let i = 0; i < n; i++) {
    const si = vols[i] as number
    if (si < 0) throw new InvalidArgumentError('vols', `vols[${i}] = ${si} is negative`)
    const wi = weights[i] as number
    weighted += wi * si
    const row = corr[i] as ArrayLike<number>
    for (let j = 0; j < n; j++) {
      const r = row[j] as number
      if (r < -1 || r > 1) throw new InvalidArgumentError('corr', `[${i}][${j}] = ${r} is outside [-1, 1]`)
      variance += wi * (weights[j] as number) * si * (vols[j] as number) * r
    }
  }
  const vol = Math.sqrt(Math.max(0, variance))
  return vol === 0 ? Number.NaN : weighted / vol
}
