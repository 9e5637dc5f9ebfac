/**
 * @packageDocumentation
 * `@aitrade/backtest` — the simulated broker (matching engine), the backtest runner and compatibility presets that
 * reproduce backtesting.py and backtrader results.
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
  type BacktestingPyRunOptions,
  backtestingPyPreset,
} from './compat/backtestingPyPreset.js'
export { type BacktraderOptions, backtraderPreset } from './compat/backtraderPreset.js'
export { replayFills } from './replayFills.js'
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
