/**
 * `@aitrade/analytics` — performance and risk metrics following empyrical's and quantstats' conventions,
 * trade statistics and tearsheet reports. Statistics are `number`s / `Float64Array`s (measurements, not ledgers).
 *
 * @packageDocumentation
 */

// return-series metrics (empyrical convention)
export { type AggregatedReturns, type AggregatePeriod, aggregateReturns } from './metrics/aggregateReturns.js'
export {
  type AlphaBeta,
  type AlphaBetaOptions,
  alpha,
  alphaBeta,
  beta,
  downAlphaBeta,
  upAlphaBeta,
} from './metrics/alphaBeta.js'
export { annualReturn, cagr } from './metrics/annualReturn.js'
export { annualVolatility } from './metrics/annualVolatility.js'
// period-based metrics (quantstats convention) and Cornish-Fisher VaR (PerformanceAnalytics)
export { avgLoss } from './metrics/avgLoss.js'
export { avgReturn } from './metrics/avgReturn.js'
export { avgWin } from './metrics/avgWin.js'
export { betaFragilityHeuristic } from './metrics/betaFragilityHeuristic.js'
export { calmarRatio } from './metrics/calmarRatio.js'
export { capture, downCapture, upCapture, upDownCapture } from './metrics/capture.js'
export { commonSenseRatio } from './metrics/commonSenseRatio.js'
export { consecutiveLosses, consecutiveWins } from './metrics/consecutiveWins.js'
export { cpcIndex } from './metrics/cpcIndex.js'
export { type CumReturnsOptions, cumReturns, cumReturnsFinal } from './metrics/cumReturns.js'
export { type DownsideRiskOptions, downsideRisk } from './metrics/downsideRisk.js'
export { excessSharpe } from './metrics/excessSharpe.js'
export { expectedReturn } from './metrics/expectedReturn.js'
export { exposure } from './metrics/exposure.js'
export { gainToPainRatio } from './metrics/gainToPainRatio.js'
export { informationRatio } from './metrics/informationRatio.js'
export { kellyCriterion } from './metrics/kellyCriterion.js'
export { kurtosis } from './metrics/kurtosis.js'
export { maxDrawdown } from './metrics/maxDrawdown.js'
export { modifiedValueAtRisk } from './metrics/modifiedValueAtRisk.js'
export { type OmegaRatioOptions, omegaRatio } from './metrics/omegaRatio.js'
export {
  ANNUALIZATION_FACTORS,
  type AnnualizationOptions,
  annualizationFactor,
  type CutoffOptions,
  type Period,
  type PerPeriodRate,
  type RequiredReturnOptions,
  type RiskFreeOptions,
  type WindowOptions,
} from './metrics/options.js'
export { parametricConditionalValueAtRisk, parametricValueAtRisk } from './metrics/parametricValueAtRisk.js'
export { payoffRatio } from './metrics/payoffRatio.js'
export { profitFactor } from './metrics/profitFactor.js'
export { recoveryFactor } from './metrics/recoveryFactor.js'
export { riskOfRuin } from './metrics/riskOfRuin.js'
export { type RollAlphaBetaOptions, type RollingAlphaBeta, rollAlphaBeta, rollBeta } from './metrics/rollAlphaBeta.js'
export { type RollAnnualVolatilityOptions, rollAnnualVolatility } from './metrics/rollAnnualVolatility.js'
export {
  type RollCaptureOptions,
  rollDownCapture,
  rollUpCapture,
  rollUpDownCapture,
} from './metrics/rollCapture.js'
export { rollMaxDrawdown } from './metrics/rollMaxDrawdown.js'
export { type RollSharpeRatioOptions, rollSharpeRatio } from './metrics/rollSharpeRatio.js'
export { rSquared } from './metrics/rSquared.js'
export { type SharpeRatioOptions, sharpeRatio } from './metrics/sharpeRatio.js'
export { simpleReturns } from './metrics/simpleReturns.js'
export { skew } from './metrics/skew.js'
export { type SortinoRatioOptions, sortinoRatio } from './metrics/sortinoRatio.js'
export { stabilityOfTimeseries } from './metrics/stabilityOfTimeseries.js'
export { tailRatio } from './metrics/tailRatio.js'
export { treynorRatio } from './metrics/treynorRatio.js'
export { ulcerIndex } from './metrics/ulcerIndex.js'
export { ulcerPerformanceIndex } from './metrics/ulcerPerformanceIndex.js'
export { conditionalValueAtRisk, valueAtRisk } from './metrics/valueAtRisk.js'
export { winRate } from './metrics/winRate.js'
// portfolio views
export {
  type BenchmarkComparison,
  type BenchmarkComparisonOptions,
  benchmarkComparison,
} from './portfolio/benchmarkComparison.js'
export { type CorrelationMatrix, correlationMatrix } from './portfolio/correlationMatrix.js'
export { diversificationRatio } from './portfolio/diversificationRatio.js'
export {
  type ExposureBreakdown,
  type ExposureBreakdownOptions,
  type ExposureGroup,
  type ExposurePosition,
  exposureBreakdown,
} from './portfolio/exposureBreakdown.js'
export { type RiskContribution, riskContribution } from './portfolio/riskContribution.js'
// tearsheet report
export {
  type RenderTearsheetOptions,
  renderTearsheet,
  type TearsheetBars,
  type TearsheetBenchmark,
  type TearsheetInput,
  type TearsheetTrade,
} from './report/renderTearsheet.js'
// trade statistics and drawdown tables (backtesting.py / pyfolio conventions)
export { type DrawdownPeriod, type DrawdownTableOptions, drawdownTable } from './stats/drawdownTable.js'
export { type MonthlyReturnsTable, monthlyReturnsTable } from './stats/monthlyReturnsTable.js'
export {
  type ReturnDistribution,
  type ReturnDistributionOptions,
  returnDistribution,
} from './stats/returnDistribution.js'
export {
  type EquityCurve,
  type NumberLike,
  type TradeStats,
  type TradeStatsOptions,
  type TradeStatsTrade,
  tradeStats,
} from './stats/tradeStats.js'
export { underwater } from './stats/underwater.js'
