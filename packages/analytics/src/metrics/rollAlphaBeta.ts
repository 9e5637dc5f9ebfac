import type { AlphaBetaOptions } from './alphaBeta.js'
import { fastExpm1 } from './fastExpm1.js'
import { fastLog1p } from './fastLog1p.js'
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

/**
 * Rolling beta (and alpha when `alphaOut` is given) in one pass. Running sums over the complete pairs of the
 * window — count, Σdx, Σdy, Σdx², Σdx·dy with dx, dy the values shifted by the series means — and, for a
 * per-period risk-free rate, count, Σ(y − rf), Σ(f − rf) over the complete triples; all rebuilt from scratch at
 * every multiple of `window`, so the rounding of the add/remove updates cannot accumulate beyond `2·window`
 * operations.
 */
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
  // factor values on complete pairs only (a window where they are all equal has exactly zero variance), and the
  // means of both series over the complete pairs, which the sums are shifted by
  const paired = new Float64Array(n)
  let ky = 0
  let kx = 0
  let pairs = 0
  for (let i = 0; i < n; i++) {
    const y = returns[i]!
    const x = Number.isNaN(y) ? Number.NaN : factorReturns[i]!
    paired[i] = x
    if (!Number.isNaN(x)) {
      ky += y
      kx += x
      pairs++
    }
  }
  ky = pairs === 0 ? 0 : ky / pairs
  kx = pairs === 0 ? 0 : kx / pairs
  const constant = constantWindows(paired, window)
  // a constant risk-free rate needs no sums of its own: mean(y − rf) − β·mean(x − rf) follows from the pair
  // sums; a per-period rate is tracked over the observations where it is present too
  const perPeriod = typeof rf !== 'number'
  const ya = perPeriod ? adjustReturns(returns, rf) : returns
  const xa = perPeriod ? adjustReturns(factorReturns, rf) : factorReturns
  const rate = typeof rf === 'number' ? rf : 0
  let k = 0
  let sx = 0
  let sy = 0
  let sxx = 0
  let sxy = 0
  let k3 = 0
  let sya = 0
  let sxa = 0
  let anchor = 0
  for (let s = 0; s < m; s++) {
    const end = s + window
    if (s === anchor) {
      anchor += window
      k = sx = sy = sxx = sxy = k3 = sya = sxa = 0
      for (let i = s; i < end; i++) {
        const dx = paired[i]! - kx
        const dy = returns[i]! - ky
        if (!Number.isNaN(dx)) {
          k++
          sx += dx
          sy += dy
          sxx += dx * dx
          sxy += dx * dy
        }
        if (perPeriod) {
          const a = ya[i]!
          const b = xa[i]!
          if (!Number.isNaN(a) && !Number.isNaN(b)) {
            k3++
            sya += a
            sxa += b
          }
        }
      }
    } else {
      const o = s - 1
      const a = end - 1
      const dxo = paired[o]! - kx
      if (!Number.isNaN(dxo)) {
        const dyo = returns[o]! - ky
        k--
        sx -= dxo
        sy -= dyo
        sxx -= dxo * dxo
        sxy -= dxo * dyo
      }
      const dxa = paired[a]! - kx
      if (!Number.isNaN(dxa)) {
        const dya = returns[a]! - ky
        k++
        sx += dxa
        sy += dya
        sxx += dxa * dxa
        sxy += dxa * dya
      }
      if (perPeriod) {
        const yo = ya[o]!
        const xo = xa[o]!
        if (!Number.isNaN(yo) && !Number.isNaN(xo)) {
          k3--
          sya -= yo
          sxa -= xo
        }
        const yn = ya[a]!
        const xn = xa[a]!
        if (!Number.isNaN(yn) && !Number.isNaN(xn)) {
          k3++
          sya += yn
          sxa += xn
        }
      }
    }
    // β = cov / var = (Σdx·dy − Σdx·Σdy/k) / (Σdx² − (Σdx)²/k), one division besides 1/k
    const perK = 1 / k
    const cxx = sxx - sx * sx * perK
    let b = Number.NaN
    if (k > 0 && constant[s] === 0 && !(cxx * perK < 1e-30)) b = (sxy - sx * sy * perK) / cxx
    betaOut[s] = b
    if (alphaOut !== null) {
      const mean = perPeriod
        ? k3 === 0
          ? Number.NaN
          : (sya - b * sxa) / k3
        : k === 0
          ? Number.NaN
          : ky + sy * perK - rate - b * (kx + sx * perK - rate)
      alphaOut[s] = mean
    }
  }
  // alpha = (1 + mean)^periodsPerYear − 1, via expm1/log1p (faster than pow, and exact near 0), in a loop of its own
  if (alphaOut !== null) {
    for (let s = 0; s < m; s++) {
      const mean = alphaOut[s]!
      alphaOut[s] = mean > -1 ? fastExpm1(periodsPerYear * fastLog1p(mean)) : (1 + mean) ** periodsPerYear - 1
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
