import { growthFactor } from './cumReturns.js'
import { type AnnualizationOptions, annualizationFactor, checkPair } from './options.js'

/**
 * empyrical `capture` restricted to the periods where `side · f > 0` (`side = 1`: up periods, `−1`: down
 * periods) in one pass: both annual returns count those periods (NaN returns included) and compound the
 * non-NaN values. @internal
 */
function captureWhere(returns: ArrayLike<number>, factor: ArrayLike<number>, side: number, ppy: number): number {
  let k = 0
  let strategy = 1
  let benchmark = 1
  for (let i = 0; i < returns.length; i++) {
    const f = factor[i]!
    if (side * f > 0) {
      k++
      benchmark *= 1 + f
      const r = returns[i]!
      if (!Number.isNaN(r)) strategy *= 1 + r
    }
  }
  if (k === 0) return Number.NaN
  return (strategy ** (ppy / k) - 1) / (benchmark ** (ppy / k) - 1)
}

function captureRatio(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: AnnualizationOptions,
  side: number,
): number {
  checkPair(returns, factorReturns)
  const factor = annualizationFactor(options)
  if (side !== 0) return captureWhere(returns, factorReturns, side, factor)
  const n = returns.length
  if (n === 0) return Number.NaN
  return (growthFactor(returns, 0, n) ** (factor / n) - 1) / (growthFactor(factorReturns, 0, n) ** (factor / n) - 1)
}

/**
 * Capture ratio: `annualReturn(r) / annualReturn(f)` (both compound annual growth rates, see
 * {@link annualReturn}). Convention: empyrical `capture`.
 *
 * Edge cases: empty input → `NaN`; a factor with zero annual return → `±Infinity` or `NaN`.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the benchmark, paired by index with `returns`.
 * @param options - `period` (default `'daily'`) or `annualization`.
 * @returns Capture ratio (dimensionless; 1 = moves like the benchmark).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths or bad options.
 * @see empyrical `capture` (empyrical/stats.py); https://www.investopedia.com/terms/u/up-market-capture-ratio.asp
 *
 * @example
 * ```ts
 * import { capture } from '@aitrade/analytics'
 *
 * capture([0.21], [0.1], { annualization: 0.5 }) // (1.21^0.5 − 1) / (1.1^0.5 − 1) ≈ 2.049
 * ```
 */
export function capture(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: AnnualizationOptions = {},
): number {
  return captureRatio(returns, factorReturns, options, 0)
}

/**
 * Up-market capture: {@link capture} over the periods when the benchmark return is positive (`f > 0`);
 * each annual return counts only those periods. Convention: empyrical `up_capture`.
 *
 * Edge cases: no up period → `NaN`.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the benchmark, paired by index with `returns`.
 * @param options - `period` (default `'daily'`) or `annualization`.
 * @returns Up capture ratio (dimensionless).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths or bad options.
 * @see empyrical `up_capture` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { upCapture } from '@aitrade/analytics'
 *
 * upCapture([0.02, -0.05], [0.01, -0.02], { annualization: 1 }) // 0.02 / 0.01 = 2
 * ```
 */
export function upCapture(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: AnnualizationOptions = {},
): number {
  return captureRatio(returns, factorReturns, options, 1)
}

/**
 * Down-market capture: {@link capture} over the periods when the benchmark return is negative (`f < 0`).
 * Convention: empyrical `down_capture`.
 *
 * Edge cases: no down period → `NaN`.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the benchmark, paired by index with `returns`.
 * @param options - `period` (default `'daily'`) or `annualization`.
 * @returns Down capture ratio (dimensionless; below 1 = loses less than the benchmark).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths or bad options.
 * @see empyrical `down_capture` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { downCapture } from '@aitrade/analytics'
 *
 * downCapture([0.02, -0.01], [0.01, -0.02], { annualization: 1 }) // −0.01 / −0.02 = 0.5
 * ```
 */
export function downCapture(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: AnnualizationOptions = {},
): number {
  return captureRatio(returns, factorReturns, options, -1)
}

/**
 * Up/down capture: {@link upCapture} divided by {@link downCapture}. Convention: empyrical `up_down_capture`.
 *
 * Edge cases: no up or no down period → `NaN`.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the benchmark, paired by index with `returns`.
 * @param options - `period` (default `'daily'`) or `annualization`.
 * @returns Up/down capture ratio (dimensionless; above 1 is favourable).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths or bad options.
 * @see empyrical `up_down_capture` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { upDownCapture } from '@aitrade/analytics'
 *
 * upDownCapture([0.02, -0.01], [0.01, -0.02], { annualization: 1 }) // 2 / 0.5 = 4
 * ```
 */
export function upDownCapture(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: AnnualizationOptions = {},
): number {
  return captureRatio(returns, factorReturns, options, 1) / captureRatio(returns, factorReturns, options, -1)
}
