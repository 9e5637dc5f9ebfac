/**
 * Shared option handling of the return-series metrics: periods and annualization, risk-free and required
 * returns (a number or one value per period), rolling windows and input validation.
 *
 * File map of `src/metrics/` (one file per metric, except closely related functions that share a file):
 *
 * | file | exports |
 * |---|---|
 * | `options.ts` | {@link annualizationFactor}, option types, validation helpers |
 * | `nan.ts` | NaN-aware numerics (`nanmean`, `nanstd`, `percentile`, …), internal |
 * | `simpleReturns.ts` | `simpleReturns` |
 * | `cumReturns.ts` | `cumReturns`, `cumReturnsFinal` |
 * | `aggregateReturns.ts` | `aggregateReturns` |
 * | `maxDrawdown.ts` | `maxDrawdown` |
 * | `annualReturn.ts` | `annualReturn`, `cagr` |
 * | `annualVolatility.ts` | `annualVolatility` |
 * | `sharpeRatio.ts` | `sharpeRatio` |
 * | `sortinoRatio.ts` | `sortinoRatio` |
 * | `downsideRisk.ts` | `downsideRisk` |
 * | `calmarRatio.ts` | `calmarRatio` |
 * | `omegaRatio.ts` | `omegaRatio` |
 * | `excessSharpe.ts` | `excessSharpe` |
 * | `alphaBeta.ts` | `alpha`, `beta`, `alphaBeta`, `upAlphaBeta`, `downAlphaBeta` |
 * | `capture.ts` | `capture`, `upCapture`, `downCapture`, `upDownCapture` |
 * | `stabilityOfTimeseries.ts` | `stabilityOfTimeseries` |
 * | `tailRatio.ts` | `tailRatio` |
 * | `valueAtRisk.ts` | `valueAtRisk`, `conditionalValueAtRisk` |
 * | `betaFragilityHeuristic.ts` | `betaFragilityHeuristic` |
 * | `skew.ts` | `skew` |
 * | `kurtosis.ts` | `kurtosis` |
 * | `rollMaxDrawdown.ts` | `rollMaxDrawdown` |
 * | `rollAnnualVolatility.ts` | `rollAnnualVolatility` |
 * | `rollSharpeRatio.ts` | `rollSharpeRatio` |
 * | `rollAlphaBeta.ts` | `rollBeta`, `rollAlphaBeta` |
 * | `rollCapture.ts` | `rollUpCapture`, `rollDownCapture`, `rollUpDownCapture` |
 * | `consecutiveWins.ts` | `consecutiveWins`, `consecutiveLosses` |
 * | `winRate.ts`, `avgWin.ts`, `avgLoss.ts`, `avgReturn.ts`, `payoffRatio.ts`, `profitFactor.ts`, `kellyCriterion.ts`, `riskOfRuin.ts`, `exposure.ts`, `ulcerIndex.ts`, `ulcerPerformanceIndex.ts`, `recoveryFactor.ts`, `gainToPainRatio.ts`, `commonSenseRatio.ts`, `cpcIndex.ts`, `expectedReturn.ts`, `informationRatio.ts`, `treynorRatio.ts`, `rSquared.ts` | the quantstats-convention metric of the same name |
 * | `parametricValueAtRisk.ts` | `parametricValueAtRisk`, `parametricConditionalValueAtRisk` |
 * | `modifiedValueAtRisk.ts` | `modifiedValueAtRisk` |
 * | `normal.ts` | standard normal pdf and inverse cdf (internal) |
 * | `rolling.ts` | O(n) windowed mean/variance and flat-window detection (internal) |
 * | `pairs.ts` | paired-observation moments of the benchmark-relative quantstats metrics (internal) |
 * | `fastExpm1.ts`, `fastLog1p.ts` | table-driven `eˣ − 1` and short-series `ln(1 + x)` of the rolling loops (internal) |
 *
 * Test fixtures (empyrical's and quantstats' published inputs, the rolling-test helpers) live in
 * `src/__fixtures__/`, which is not published.
 *
 * @module
 */
import { InvalidArgumentError } from '@aitrade/core'

/** Sampling period of a return series: `'daily'` = 252, `'weekly'` = 52, `'monthly'` = 12, `'quarterly'` = 4, `'yearly'` = 1 periods per year. */
export type Period = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly'

/** Periods per year for each {@link Period} (empyrical's `ANNUALIZATION_FACTORS`, plus `quarterly`). */
export const ANNUALIZATION_FACTORS: Readonly<Record<Period, number>> = Object.freeze({
  daily: 252,
  weekly: 52,
  monthly: 12,
  quarterly: 4,
  yearly: 1,
})

/** Options of every annualized metric. */
export interface AnnualizationOptions {
  /** Sampling period of the returns. Default `'daily'` (252 periods per year). Ignored when `annualization` is set. */
  period?: Period
  /** Periods per year, overriding `period` (e.g. `365` for crypto daily bars). Finite, > 0. */
  annualization?: number
}

/** A per-period rate: one constant, or one value per observation (same length as the returns). */
export type PerPeriodRate = number | ArrayLike<number>

/** Options of metrics that subtract a risk-free rate. */
export interface RiskFreeOptions {
  /** Risk-free return **per period** (fraction), a constant or one value per observation. Default `0`. */
  riskFree?: PerPeriodRate
}

/** Options of metrics measured against a minimum acceptable return. */
export interface RequiredReturnOptions {
  /** Minimum acceptable return **per period** (fraction), a constant or one value per observation. Default `0`. */
  requiredReturn?: PerPeriodRate
}

/** Options of rolling metrics. */
export interface WindowOptions {
  /** Window length in observations, an integer ≥ 1. Element `i` of the result covers `returns[i .. i + window)`. */
  window: number
}

/** Options of the tail-risk metrics. */
export interface CutoffOptions {
  /** Left-tail probability, in `[0, 1]`. Default `0.05` (5 %). */
  cutoff?: number
}

/**
 * Periods per year for an options object: `annualization` when given, else the factor of `period`
 * (default `'daily'` = 252). Mirrors empyrical's `annualization_factor`.
 *
 * @param options - `period` and/or `annualization`.
 * @returns Periods per year, > 0.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for an unknown `period` or an
 *   `annualization` that is not a finite number > 0.
 * @see empyrical `annualization_factor` (stats.py)
 *
 * @example
 * ```ts
 * import { annualizationFactor } from '@aitrade/analytics'
 *
 * annualizationFactor({ period: 'weekly' }) // 52
 * annualizationFactor({ annualization: 365 }) // 365
 * ```
 */
export function annualizationFactor(options: AnnualizationOptions = {}): number {
  const { annualization, period } = options
  if (annualization !== undefined) {
    if (typeof annualization !== 'number' || !Number.isFinite(annualization) || annualization <= 0) {
      throw new InvalidArgumentError('annualization', `must be a finite number > 0, got ${String(annualization)}`)
    }
    return annualization
  }
  if (period === undefined) return ANNUALIZATION_FACTORS.daily
  const factor = (ANNUALIZATION_FACTORS as Record<string, number | undefined>)[period]
  if (factor === undefined) {
    throw new InvalidArgumentError(
      'period',
      `must be one of ${Object.keys(ANNUALIZATION_FACTORS).join(', ')}, got ${String(period)}`,
    )
  }
  return factor
}

/**
 * Checks that `values` is an array-like of numbers (`NaN` allowed: it marks a missing observation).
 * Typed arrays pass without a scan. @internal
 */
export function checkSeries(name: string, values: unknown): asserts values is ArrayLike<number> {
  if (values === null || typeof values !== 'object' || typeof (values as { length?: unknown }).length !== 'number') {
    throw new InvalidArgumentError(name, 'must be an array or typed array of numbers')
  }
  if (ArrayBuffer.isView(values)) return
  const v = values as ArrayLike<unknown>
  for (let i = 0; i < v.length; i++) {
    if (typeof v[i] !== 'number') {
      throw new InvalidArgumentError(
        `${name}[${i}]`,
        `must be a number (NaN marks a missing value), got ${typeof v[i]}`,
      )
    }
  }
}

/** Checks two series and that they have the same length (observations are paired by index). @internal */
export function checkPair(returns: unknown, factorReturns: unknown, factorName = 'factorReturns'): void {
  checkSeries('returns', returns)
  checkSeries(factorName, factorReturns)
  if (returns.length !== factorReturns.length) {
    throw new InvalidArgumentError(
      factorName,
      `must have the same length as returns (${returns.length}), got ${factorReturns.length}`,
    )
  }
}

/**
 * Resolves a per-period rate option into a reader: `rate(i)` is the value for observation `i`.
 * Arrays must match the returns length. @internal
 */
export function checkRate(name: string, rate: PerPeriodRate | undefined, n: number): number | ArrayLike<number> {
  if (rate === undefined) return 0
  if (typeof rate === 'number') {
    if (Number.isNaN(rate)) throw new InvalidArgumentError(name, 'must not be NaN')
    return rate
  }
  checkSeries(name, rate)
  if (rate.length !== n) {
    throw new InvalidArgumentError(
      name,
      `must be a number or have the same length as returns (${n}), got ${rate.length}`,
    )
  }
  return rate
}

/** Checks a rolling window length. @internal */
export function checkWindow(window: unknown): number {
  if (typeof window !== 'number' || !Number.isInteger(window) || window < 1) {
    throw new InvalidArgumentError('window', `must be an integer >= 1, got ${String(window)}`)
  }
  return window
}

/** Checks a tail probability (`cutoff`, default 0.05). @internal */
export function checkCutoff(cutoff: unknown = 0.05, name = 'cutoff'): number {
  if (typeof cutoff !== 'number' || !(cutoff >= 0 && cutoff <= 1)) {
    throw new InvalidArgumentError(name, `must be a number in [0, 1], got ${String(cutoff)}`)
  }
  return cutoff
}

/**
 * `returns − rate` as empyrical's `_adjust_returns`: the input itself when `rate` is the constant `0`, else a
 * new `Float64Array` (a `NaN` in either operand gives `NaN`). @internal
 */
export function adjustReturns(returns: ArrayLike<number>, rate: number | ArrayLike<number>): ArrayLike<number> {
  if (rate === 0) return returns
  const n = returns.length
  const out = new Float64Array(n)
  if (typeof rate === 'number') {
    for (let i = 0; i < n; i++) out[i] = returns[i]! - rate
  } else {
    for (let i = 0; i < n; i++) out[i] = returns[i]! - rate[i]!
  }
  return out
}
