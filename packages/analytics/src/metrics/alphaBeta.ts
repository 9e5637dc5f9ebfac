import {
  type AnnualizationOptions,
  adjustReturns,
  annualizationFactor,
  checkPair,
  checkRate,
  type RiskFreeOptions,
} from './options.js'

/** Options of {@link alpha}, {@link alphaBeta}, {@link upAlphaBeta} and {@link downAlphaBeta}. */
export interface AlphaBetaOptions extends AnnualizationOptions, RiskFreeOptions {}

/** Jensen's alpha (annualized, fraction per year) and beta (dimensionless) of a strategy against a factor. */
export interface AlphaBeta {
  /** Annualized alpha: `(1 + mean daily alpha)^periodsPerYear − 1`. */
  alpha: number
  /** Beta: `cov(r, f) / var(f)` over the observations where both are present. */
  beta: number
}

/** empyrical `beta_aligned`: population covariance over variance on pairs where both values are present. @internal */
export function betaOf(returns: ArrayLike<number>, factor: ArrayLike<number>): number {
  const n = returns.length
  if (n < 2) return Number.NaN
  let sx = 0
  let k = 0
  for (let i = 0; i < n; i++) {
    const y = returns[i]!
    const x = factor[i]!
    if (!Number.isNaN(y) && !Number.isNaN(x)) {
      sx += x
      k++
    }
  }
  if (k === 0) return Number.NaN
  const mx = sx / k
  let cov = 0
  let vx = 0
  for (let i = 0; i < n; i++) {
    const y = returns[i]!
    const x = factor[i]!
    if (!Number.isNaN(y) && !Number.isNaN(x)) {
      const d = x - mx
      cov += d * y
      vx += d * d
    }
  }
  vx /= k
  if (vx < 1e-30) return Number.NaN
  return cov / k / vx
}

/** empyrical `alpha_aligned` given beta: `(1 + nanmean((r − rf) − β(f − rf)))^factor − 1`. @internal */
export function alphaOf(
  returns: ArrayLike<number>,
  factor: ArrayLike<number>,
  rf: number | ArrayLike<number>,
  periodsPerYear: number,
  b: number,
): number {
  const n = returns.length
  if (n < 2) return Number.NaN
  const ya = adjustReturns(returns, rf)
  const xa = adjustReturns(factor, rf)
  let sum = 0
  let k = 0
  for (let i = 0; i < n; i++) {
    const a = ya[i]! - b * xa[i]!
    if (!Number.isNaN(a)) {
      sum += a
      k++
    }
  }
  const mean = k === 0 ? Number.NaN : sum / k
  return (1 + mean) ** periodsPerYear - 1
}

/**
 * Beta of a strategy against a factor (usually the market): `cov(r, f) / var(f)`, both moments with divisor
 * `n` over the observations where both series are present (`NaN` pairs dropped). Convention: empyrical
 * `beta` (which ignores its `risk_free` argument; a constant risk-free rate cancels out anyway).
 *
 * Edge cases (as empyrical): fewer than 2 observations → `NaN`; factor variance below `1e-30` (e.g. a
 * constant factor) → `NaN`.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the factor, paired by index with `returns`.
 * @returns Beta (dimensionless).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input or mismatched lengths.
 * @see empyrical `beta` (empyrical/stats.py); W. F. Sharpe, "Capital Asset Prices", Journal of Finance, 1964.
 *
 * @example
 * ```ts
 * import { beta } from '@aitrade/analytics'
 *
 * beta([0.02, -0.02, 0.04], [0.01, -0.01, 0.02]) // 2
 * ```
 */
export function beta(returns: ArrayLike<number>, factorReturns: ArrayLike<number>): number {
  checkPair(returns, factorReturns)
  return betaOf(returns, factorReturns)
}

/**
 * Annualized Jensen's alpha: `(1 + mean((r − rf) − β·(f − rf)))^periodsPerYear − 1`, with {@link beta} on
 * the raw series and the mean over the observations where every input is present. Convention: empyrical
 * `alpha` (compounded annualization, empyrical ≥ 0.5).
 *
 * Edge cases (as empyrical): fewer than 2 observations → `NaN`; undefined beta → `NaN`.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the factor, paired by index with `returns`.
 * @param options - `riskFree` per period (number or array), `period` (default `'daily'`) or `annualization`.
 * @returns Alpha as a fraction per year.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths or bad options.
 * @see empyrical `alpha` (empyrical/stats.py); M. C. Jensen, "The Performance of Mutual Funds in the Period
 *   1945–1964", Journal of Finance, 1968.
 *
 * @example
 * ```ts
 * import { alpha } from '@aitrade/analytics'
 *
 * alpha([0.03, -0.01, 0.05], [0.01, -0.01, 0.02], { annualization: 1 }) // β = 2, mean(r − 2f) = 0.01 → 0.01
 * ```
 */
export function alpha(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: AlphaBetaOptions = {},
): number {
  return alphaBeta(returns, factorReturns, options).alpha
}

/**
 * Alpha and beta together (one beta computation): see {@link alpha} and {@link beta}. Convention: empyrical
 * `alpha_beta`.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the factor, paired by index with `returns`.
 * @param options - `riskFree` per period, `period` (default `'daily'`) or `annualization`.
 * @returns `{ alpha, beta }` — alpha as a fraction per year, beta dimensionless; `NaN`s as in {@link alpha}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths or bad options.
 * @see empyrical `alpha_beta` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { alphaBeta } from '@aitrade/analytics'
 *
 * alphaBeta([0.03, -0.01, 0.05], [0.01, -0.01, 0.02], { period: 'yearly' }) // { alpha: 0.01, beta: 2 } (≈)
 * ```
 */
export function alphaBeta(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: AlphaBetaOptions = {},
): AlphaBeta {
  checkPair(returns, factorReturns)
  const factor = annualizationFactor(options)
  const rf = checkRate('riskFree', options.riskFree, returns.length)
  const b = betaOf(returns, factorReturns)
  return { alpha: alphaOf(returns, factorReturns, rf, factor, b), beta: b }
}

function filtered(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  rf: number | ArrayLike<number>,
  up: boolean,
): { r: Float64Array; f: Float64Array; rf: number | Float64Array } {
  let k = 0
  for (let i = 0; i < factorReturns.length; i++) {
    const f = factorReturns[i]!
    if (up ? f > 0 : f < 0) k++
  }
  const r = new Float64Array(k)
  const f = new Float64Array(k)
  const rfOut = typeof rf === 'number' ? rf : new Float64Array(k)
  let j = 0
  for (let i = 0; i < factorReturns.length; i++) {
    const x = factorReturns[i]!
    if (up ? x > 0 : x < 0) {
      r[j] = returns[i]!
      f[j] = x
      if (typeof rfOut !== 'number') rfOut[j] = (rf as ArrayLike<number>)[i]!
      j++
    }
  }
  return { r, f, rf: rfOut }
}

function conditionalAlphaBeta(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: AlphaBetaOptions,
  up: boolean,
): AlphaBeta {
  checkPair(returns, factorReturns)
  const factor = annualizationFactor(options)
  const rate = checkRate('riskFree', options.riskFree, returns.length)
  const { r, f, rf } = filtered(returns, factorReturns, rate, up)
  const b = betaOf(r, f)
  return { alpha: alphaOf(r, f, rf, factor, b), beta: b }
}

/**
 * {@link alphaBeta} over the periods when the factor return is **positive** (`f > 0`). Convention:
 * empyrical `up_alpha_beta`.
 *
 * Edge cases: fewer than 2 up periods → `{ alpha: NaN, beta: NaN }`.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the factor, paired by index with `returns`.
 * @param options - `riskFree` per period, `period` (default `'daily'`) or `annualization`.
 * @returns `{ alpha, beta }` over up periods (alpha per year, beta dimensionless).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths or bad options.
 * @see empyrical `up_alpha_beta` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { upAlphaBeta } from '@aitrade/analytics'
 *
 * upAlphaBeta([0.02, 0.5, 0.04], [0.01, -0.03, 0.02]).beta // 2 (the down day is left out)
 * ```
 */
export function upAlphaBeta(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: AlphaBetaOptions = {},
): AlphaBeta {
  return conditionalAlphaBeta(returns, factorReturns, options, true)
}

/**
 * {@link alphaBeta} over the periods when the factor return is **negative** (`f < 0`). Convention:
 * empyrical `down_alpha_beta`.
 *
 * Edge cases: fewer than 2 down periods → `{ alpha: NaN, beta: NaN }`.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the factor, paired by index with `returns`.
 * @param options - `riskFree` per period, `period` (default `'daily'`) or `annualization`.
 * @returns `{ alpha, beta }` over down periods (alpha per year, beta dimensionless).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths or bad options.
 * @see empyrical `down_alpha_beta` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { downAlphaBeta } from '@aitrade/analytics'
 *
 * downAlphaBeta([-0.01, 0.5, -0.03], [-0.01, 0.03, -0.02]).beta // 2 (the up day is left out)
 * ```
 */
export function downAlphaBeta(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: AlphaBetaOptions = {},
): AlphaBeta {
  return conditionalAlphaBeta(returns, factorReturns, options, false)
}
