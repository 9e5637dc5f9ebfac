import type { AlphaBetaOptions } from './alphaBeta.js'
import {
  adjustReturns,
  annualizationFactor,
  checkPair,
  checkRate,
  checkWindow,
  type PerPeriodRate,
  type WindowOptions,
} from './options.js'
import { constantWindows } from './rolling.js'

/** Options of {@link rollAlphaBeta}. */
export interface RollAlphaBetaOptions extends AlphaBetaOptions, WindowOptions {}

/** Rolling alpha and beta, aligned element by element. */
export interface RollingAlphaBeta {
  /** Annualized alpha of each window (fraction per year). */
  alpha: Float64Array
  /** Beta of each window (dimensionless). */
  beta: Float64Array
}

function meanOfPairs(y: ArrayLike<number>, x: ArrayLike<number>, pick: 'x' | 'y'): number {
  let sum = 0
  let k = 0
  for (let i = 0; i < y.length; i++) {
    const a = y[i]!
    const b = x[i]!
    if (!Number.isNaN(a) && !Number.isNaN(b)) {
      sum += pick === 'x' ? b : a
      k++
    }
  }
  return k === 0 ? 0 : sum / k
}

function rolling(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  window: number,
  rf: number | ArrayLike<number>,
  periodsPerYear: number,
  alphaOut: Float64Array | null,
): Float64Array {
  const n = returns.length
  const m = Math.max(0, n - window + 1)
  const betaOut = new Float64Array(m)
  if (m === 0) return betaOut
  if (window < 2) {
    betaOut.fill(Number.NaN)
    alphaOut?.fill(Number.NaN)
    return betaOut
  }
  // factor values on complete pairs only: a window where they are all equal has exactly zero variance
  const paired = new Float64Array(n)
  for (let i = 0; i < n; i++) paired[i] = Number.isNaN(returns[i]!) ? Number.NaN : factorReturns[i]!
  const constant = constantWindows(paired, window)
  const kx = meanOfPairs(returns, factorReturns, 'x')
  const ky = meanOfPairs(returns, factorReturns, 'y')
  // a constant risk-free rate needs no sums of its own: mean(y − rf) − β·mean(x − rf) follows from the pair
  // sums; a per-period rate is tracked over the observations where it is present too
  const perPeriod = typeof rf !== 'number'
  const ya = adjustReturns(returns, rf)
  const xa = adjustReturns(factorReturns, rf)
  const rate = typeof rf === 'number' ? rf : 0
  // running sums over complete pairs (dx, dy shifted by the series means) and, for alpha, over complete
  // triples (y − rf, f − rf); rebuilt from scratch at every multiple of `window`
  let k = 0
  let sx = 0
  let sy = 0
  let sxx = 0
  let sxy = 0
  let k3 = 0
  let sya = 0
  let sxa = 0
  for (let s = 0; s < m; s++) {
    const anchor = s % window === 0
    if (anchor) {
      k = sx = sy = sxx = sxy = k3 = sya = sxa = 0
    }
    // anchor: add [s, s + window); otherwise remove s − 1 and add s + window − 1
    const ops = anchor ? window : 2
    for (let q = 0; q < ops; q++) {
      const i = anchor ? s + q : q === 0 ? s - 1 : s + window - 1
      const sign = anchor || q === 1 ? 1 : -1
      const y = returns[i]!
      const x = factorReturns[i]!
      if (!Number.isNaN(y) && !Number.isNaN(x)) {
        const dx = x - kx
        const dy = y - ky
        k += sign
        sx += sign * dx
        sy += sign * dy
        sxx += sign * dx * dx
        sxy += sign * dx * dy
      }
      if (perPeriod) {
        const a = ya[i]!
        const b = xa[i]!
        if (!Number.isNaN(a) && !Number.isNaN(b)) {
          k3 += sign
          sya += sign * a
          sxa += sign * b
        }
      }
    }
    let b = Number.NaN
    if (k > 0 && constant[s] === 0) {
      const varX = (sxx - (sx * sx) / k) / k
      if (!(varX < 1e-30)) b = (sxy - (sx * sy) / k) / k / varX
    }
    betaOut[s] = b
    if (alphaOut !== null) {
      const mean = perPeriod
        ? k3 === 0
          ? Number.NaN
          : (sya - b * sxa) / k3
        : k === 0
          ? Number.NaN
          : ky + sy / k - rate - b * (kx + sx / k - rate)
      // (1 + mean)^periodsPerYear − 1, via expm1/log1p (faster than pow, and exact near 0)
      alphaOut[s] = mean > -1 ? Math.expm1(periodsPerYear * Math.log1p(mean)) : (1 + mean) ** periodsPerYear - 1
    }
  }
  return betaOut
}

function prepare(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: { window: number; riskFree?: PerPeriodRate },
): { window: number; rf: number | ArrayLike<number> } {
  checkPair(returns, factorReturns)
  const window = checkWindow(options?.window)
  return { window, rf: checkRate('riskFree', options.riskFree, returns.length) }
}

/**
 * {@link beta} over every window of `window` observations: element `i` covers `[i, i + window)`.
 * Convention: empyrical `roll_beta`. O(n) with running co-moment sums (re-anchored every `window` steps);
 * windows whose factor values are all equal give `NaN`, like the per-window computation.
 *
 * Edge cases: `window > n` → empty array (empyrical would shrink the window to `n`); `window < 2` → all `NaN`.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the factor, paired by index with `returns`.
 * @param options - `window` (required, integer ≥ 1).
 * @returns A `Float64Array` of length `max(0, n − window + 1)` (betas).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths or a bad `window`.
 * @see empyrical `roll_beta` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { rollBeta } from '@aitrade/analytics'
 *
 * rollBeta([0.02, -0.02, 0.04, 0], [0.01, -0.01, 0.02, 0], { window: 3 }) // Float64Array [2, 2]
 * ```
 */
export function rollBeta(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: WindowOptions,
): Float64Array {
  const { window } = prepare(returns, factorReturns, options)
  return rolling(returns, factorReturns, window, 0, 1, null)
}

/**
 * {@link alphaBeta} over every window of `window` observations: element `i` of both arrays covers
 * `[i, i + window)`. Convention: empyrical `roll_alpha_beta`. O(n) with running sums.
 *
 * Edge cases: as {@link rollBeta}; alpha is `NaN` wherever beta is.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the factor, paired by index with `returns`.
 * @param options - `window` (required), `riskFree` per period, `period` (default `'daily'`) or `annualization`.
 * @returns `{ alpha, beta }`, two `Float64Array`s of length `max(0, n − window + 1)` (alpha per year).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths, a bad `window` or bad options.
 * @see empyrical `roll_alpha_beta` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { rollAlphaBeta } from '@aitrade/analytics'
 *
 * const { alpha, beta } = rollAlphaBeta([0.03, -0.01, 0.05, 0.01], [0.01, -0.01, 0.02, 0], {
 *   window: 3,
 *   annualization: 1,
 * })
 * // beta[0] = 2, alpha[0] = 0.01
 * ```
 */
export function rollAlphaBeta(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: RollAlphaBetaOptions,
): RollingAlphaBeta {
  const { window, rf } = prepare(returns, factorReturns, options)
  const periodsPerYear = annualizationFactor(options)
  const alpha = new Float64Array(Math.max(0, returns.length - window + 1))
  const beta = rolling(returns, factorReturns, window, rf, periodsPerYear, alpha)
  return { alpha, beta }
}
