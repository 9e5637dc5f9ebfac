/**
 * `@aitrade/analytics` — performance and risk metrics following empyrical's and quantstats' conventions,
 * trade statistics and tearsheet reports. Statistics are `number`s / `Float64Array`s (measurements, not ledgers).
 *
 * @packageDocumentation
 */

// return-series metrics (empyrical convention)
export { annualReturn, cagr } from './metrics/annualReturn.js'
export { annualVolatility } from './metrics/annualVolatility.js'
export { type CumReturnsOptions, cumReturns, cumReturnsFinal } from './metrics/cumReturns.js'
export { type DownsideRiskOptions, downsideRisk } from './metrics/downsideRisk.js'
export { maxDrawdown } from './metrics/maxDrawdown.js'
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
export { type SharpeRatioOptions, sharpeRatio } from './metrics/sharpeRatio.js'
export { type SortinoRatioOptions, sortinoRatio } from './metrics/sortinoRatio.js'
// portfolio views
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
// trade statistics and drawdown tables (backtesting.py / pyfolio conventions)
export { type DrawdownPeriod, type DrawdownTableOptions, drawdownTable } from './stats/drawdownTable.js'
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
