import { alphaBeta } from '../metrics/alphaBeta.js'
import { annualReturn } from '../metrics/annualReturn.js'
import { downCapture, upCapture } from '../metrics/capture.js'
import { cumReturnsFinal } from '../metrics/cumReturns.js'
import { informationRatio } from '../metrics/informationRatio.js'
import { nanstd } from '../metrics/nan.js'
import { type AnnualizationOptions, annualizationFactor, checkPair, type RiskFreeOptions } from '../metrics/options.js'
import { correlationMatrix } from './correlationMatrix.js'

/** Options of {@link benchmarkComparison}: annualisation (`period` / `annualization`) and a per-period `riskFree`. */
export interface BenchmarkComparisonOptions extends AnnualizationOptions, RiskFreeOptions {}

/** A strategy against its benchmark (see {@link benchmarkComparison}); returns are fractions. */
export interface BenchmarkComparison {
  /** Compounded total return of the strategy (empyrical `cum_returns_final`). */
  totalReturn: number
  /** Compounded total return of the benchmark. */
  benchmarkTotalReturn: number
  /** Annual return of the strategy (empyrical `annual_return`). */
  annualReturn: number
  /** Annual return of the benchmark. */
  benchmarkAnnualReturn: number
  /** `annualReturn - benchmarkAnnualReturn`. */
  excessAnnualReturn: number
  /** Annualised Jensen alpha (empyrical `alpha_beta`). */
  alpha: number
  /** Beta to the benchmark (empyrical `alpha_beta`). */
  beta: number
  /** Pearson correlation of the two return series (pairwise complete observations). */
  correlation: number
  /** Annualised tracking error: sample standard deviation (ddof 1) of `returns - benchmark` times `sqrt(periods per year)`. */
  trackingError: number
  /** quantstats `information_ratio`: `mean(returns - benchmark) / std(returns - benchmark)`, not annualised. */
  informationRatio: number
  /** Up-market capture ratio (empyrical `up_capture`). */
  upCapture: number
  /** Down-market capture ratio (empyrical `down_capture`). */
  downCapture: number
}

/**
 * Compares a strategy's returns with a benchmark's on the same periods: total and annual returns of both, alpha and
 * beta, correlation, tracking error, information ratio and up/down capture — each computed by the library's
 * empyrical- or quantstats-convention metric named in its field's documentation.
 *
 * @param returns - Strategy per-period simple returns (fractions); `NaN` marks a missing observation.
 * @param benchmark - Benchmark per-period simple returns on the same periods (same length).
 * @param options - `period` or `annualization` (default daily, 252) and `riskFree` per period (default 0).
 * @returns The comparison; see {@link BenchmarkComparison}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the series are not numeric or differ in
 *   length, or an option is out of its domain.
 *
 * @example
 * ```ts
 * import { benchmarkComparison } from '@aitrade/analytics'
 *
 * const c = benchmarkComparison([0.02, -0.01, 0.03, 0.01], [0.01, -0.02, 0.02, 0.0])
 * c.beta // ≈ 1 (the strategy moves one for one with the benchmark, plus 1 % a period)
 * c.trackingError // ≈ 0 (the active return is a constant 1 %)
 * ```
 * @see empyrical `alpha_beta`, `up_capture`, `down_capture`, `annual_return`; quantstats `information_ratio`;
 *   tracking error as the annualised standard deviation of active returns (Grinold & Kahn, Active Portfolio
 *   Management, ch. 5).
 */
export function benchmarkComparison(
  returns: ArrayLike<number>,
  benchmark: ArrayLike<number>,
  options: BenchmarkComparisonOptions = {},
): BenchmarkComparison {
  checkPair(returns, benchmark, 'benchmark')
  const factor = annualizationFactor(options)
  const annual: AnnualizationOptions = { annualization: factor }
  const { alpha, beta } = alphaBeta(returns, benchmark, options)
  const active = new Float64Array(returns.length)
  for (let i = 0; i < returns.length; i++) active[i] = (returns[i] as number) - (benchmark[i] as number)
  const ar = annualReturn(returns, annual)
  const br = annualReturn(benchmark, annual)
  return {
    totalReturn: cumReturnsFinal(returns),
    benchmarkTotalReturn: cumReturnsFinal(benchmark),
    annualReturn: ar,
    benchmarkAnnualReturn: br,
    excessAnnualReturn: ar - br,
    alpha,
    beta,
    correlation: correlationMatrix({ returns, benchmark }).values[0]?.[1] as number,
    trackingError: nanstd(active, 1) * Math.sqrt(factor),
    informationRatio: informationRatio(returns, benchmark),
    upCapture: upCapture(returns, benchmark, annual),
    downCapture: downCapture(returns, benchmark, annual),
  }
}
