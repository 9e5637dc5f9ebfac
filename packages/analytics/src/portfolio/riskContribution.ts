import { InvalidArgumentError } from '@aitrade/core'
import { checkSquare, checkVector } from './validate.js'

/** Result of {@link riskContribution}. */
export interface RiskContribution {
  /** Portfolio volatility `sqrt(wᵀ Σ w)`, in the units of the covariance (per period, or annual if Σ is annual). */
  portfolioVolatility: number
  /** Euler contribution of each position `w_i (Σ w)_i / σ_p`; they sum to `portfolioVolatility`. */
  contributions: Float64Array
  /** Each contribution as a share of the portfolio volatility (sums to 1); `NaN` when the volatility is 0. */
  fractions: Float64Array
}

/**
 * Contribution of each position to portfolio risk (Euler allocation of volatility): with weights `w` and covariance
 * `Σ`, `σ_p = sqrt(wᵀ Σ w)` and position `i` contributes `RC_i = w_i (Σ w)_i / σ_p`. Because volatility is homogeneous
 * of degree one in the weights, `Σ RC_i = σ_p` exactly (Euler's theorem). Negative contributions mark hedges.
 *
 * @param weights - Position weights (fractions of equity, negative for shorts), length `n`.
 * @param covariance - `n × n` covariance matrix of the positions' returns (rows), symmetric.
 * @returns Portfolio volatility, contributions and their shares; see {@link RiskContribution}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the shapes do not match, a value is not
 *   finite, the matrix is not symmetric, or `wᵀ Σ w < 0` (not a covariance matrix).
 *
 * @example
 * ```ts
 * import { riskContribution } from '@aitrade/analytics'
 *
 * const r = riskContribution([0.5, 0.5], [[0.04, 0], [0, 0.01]])
 * r.portfolioVolatility // ≈ 0.1118 (sqrt(0.0125))
 * Array.from(r.fractions) // [0.8, 0.2]
 * ```
 * @see Maillard, Roncalli & Teïletche (2010), "The Properties of Equally Weighted Risk Contribution Portfolios",
 *   Journal of Portfolio Management 36(4) — the Euler decomposition `RC_i = w_i ∂σ/∂w_i`.
 */
export function riskContribution(
  weights: ArrayLike<number>,
  covariance: ArrayLike<ArrayLike<number>>,
): RiskContribution {
  checkVector('weights', weights)
  const n = weights.length
  checkSquare('covariance', covariance, n)
  const sw = new Float64Array(n)
  let variance = 0
  for (let i = 0; i < n; i++) {
    const row = covariance[i] as ArrayLike<number>
    let s = 0
    for (let j = 0; j < n; j++) s += (row[j] as number) * (weights[j] as number)
    sw[i] = s
    variance += (weights[i] as number) * s
  }
  if (variance < -1e-15)
    throw new InvalidArgumentError('covariance', `wᵀΣw = ${variance} < 0: not positive semi-definite`)
  const vol = Math.sqrt(Math.max(0, variance))
  const contributions = new Float64Array(n)
  const fractions = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const rc = vol === 0 ? 0 : ((weights[i] as number) * (sw[i] as number)) / vol
    contributions[i] = rc
    fractions[i] = vol === 0 ? Number.NaN : rc / vol
  }
  return { portfolioVolatility: vol, contributions, fractions }
}
