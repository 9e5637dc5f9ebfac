/**
 * @packageDocumentation
 * `@aitrade/backtest` — the simulated broker (matching engine), the backtest runner, compatibility presets that
 * reproduce backtesting.py and backtrader results, the optimizer, and robustness tools: walk-forward analysis, Monte
 * Carlo resampling of trades and a look-ahead check.
 */
export { type CarryModel, fundingRateCarry, fxSwapCarry } from './carry.js'
export {
  type CommissionContext,
  type CommissionModel,
  type CommissionTier,
  fixedCommission,
  fractionCommission,
  makerTakerCommission,
  perUnitCommission,
  tieredCommission,
} from './commission.js'
export {
  type BacktestingPyOrderArgs,
  type BacktestingPyOrders,
  backtestingPyOrders,
} from './compat/backtestingPyOrders.js'
export {
  type BacktestingPyOptions,
  backtestingPyPreset,
  type PresetRunOptions,
} from './compat/backtestingPyPreset.js'
export { type BacktraderOptions, backtraderPreset } from './compat/backtraderPreset.js'
export { type HeatmapSvgOptions, heatmapSvg } from './optimize/heatmapSvg.js'
export {
  type Heatmap,
  type OptimizationHeatmapOptions,
  optimizationHeatmap,
} from './optimize/optimizationHeatmap.js'
export {
  type OptimizationTable,
  type OptimizationTableOptions,
  optimizationTable,
} from './optimize/optimizationTable.js'
export {
  type ObjectiveFunction,
  type OptimizeOptions,
  type OptimizeProgress,
  type OptimizeResult,
  type OptimizeRun,
  type OptimizeRunOutcome,
  optimize,
  type StatName,
} from './optimize/optimize.js'
export {
  type ExpandedParamSpace,
  expandParamSpace,
  gridParams,
  type ParamConstraint,
  type ParamDomain,
  type ParamRange,
  type ParamSet,
  type ParamSpace,
  type ParamValue,
  randomParams,
} from './optimize/parameterSpace.js'
export { type OptimizeTask, type OptimizeTaskResult, runOptimizeTask } from './optimize/runOptimizeTask.js'
export type { SharedData, SharedSeries, SharedSeriesField } from './optimize/sharedSeries.js'
export { SplitMix64 } from './optimize/splitMix64.js'
export type {
  OptimizeBacktestOptions,
  StrategyFactory,
  StrategyModule,
  StrategySource,
} from './optimize/strategySource.js'
export { replayFills } from './replayFills.js'
export {
  type LookAheadAction,
  type LookAheadCheckOptions,
  type LookAheadDifference,
  type LookAheadResult,
  type LookAheadStrategyFactory,
  lookAheadCheck,
} from './robustness/lookAheadCheck.js'
export {
  type MonteCarloDistribution,
  type MonteCarloOptions,
  type MonteCarloResult,
  monteCarlo,
} from './robustness/monteCarlo.js'
export {
  type WalkForwardOptions,
  type WalkForwardProgress,
  type WalkForwardResult,
  type WalkForwardSpan,
  type WalkForwardWindow,
  walkForward,
} from './robustness/walkForward.js'
export {
  type BacktestChallengeResult,
  type BacktestEvent,
  type BacktestResult,
  type RunBacktestOptions,
  runBacktest,
} from './runBacktest.js'
export {
  type FractionSizer,
  type FractionSizingContext,
  marginFractionSizer,
  SimulatedBroker,
  type SimulatedBrokerEvents,
  type SimulatedBrokerOptions,
} from './simulatedBroker.js'
export {
  fixedTicksSlippage,
  fractionSlippage,
  type SlippageContext,
  type SlippageModel,
  volumeShareSlippage,
} from './slippage.js'
