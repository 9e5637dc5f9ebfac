/**
 * `@aitrade/risk` — pre-trade checks and a composing risk gate, account guards, prop-firm challenge rules with
 * presets (FTMO, The5%ers, Topstep, Apex, FundedNext), and position sizing in `Decimal`.
 *
 * @packageDocumentation
 */

export { type CorrelatedExposureOptions, correlatedExposure } from './checks/correlatedExposure.js'
export { type MaxConcentrationOptions, maxConcentration } from './checks/maxConcentration.js'
export { type MaxLeverageOptions, maxLeverage } from './checks/maxLeverage.js'
export { type MaxOpenPositionsOptions, maxOpenPositions } from './checks/maxOpenPositions.js'
export { type MaxOpenRiskOptions, maxOpenRisk } from './checks/maxOpenRisk.js'
export { type MaxOrderNotionalOptions, maxOrderNotional } from './checks/maxOrderNotional.js'
export { type MaxPositionSizeOptions, maxPositionSize } from './checks/maxPositionSize.js'
export { type MaxRiskPerTradeOptions, maxRiskPerTrade } from './checks/maxRiskPerTrade.js'
export { type MaxTotalExposureOptions, maxTotalExposure } from './checks/maxTotalExposure.js'
export { type MinRewardRiskOptions, minRewardRisk } from './checks/minRewardRisk.js'
export { type NewsBlackoutOptions, type NewsEvent, newsBlackout } from './checks/newsBlackout.js'
export { type OrderRateThrottleOptions, orderRateThrottle } from './checks/orderRateThrottle.js'
export { createRiskGate } from './checks/riskGate.js'
export { stopLossRequired } from './checks/stopLossRequired.js'
export { type TradingState, type TradingStateCheck, tradingState } from './checks/tradingState.js'
export { type TradingWindow, type TradingWindowsOptions, tradingWindows } from './checks/tradingWindows.js'
export { type VolatilityCapCheck, type VolatilityCapOptions, volatilityCap } from './checks/volatilityCap.js'
export {
  createPersonalRisk,
  type PersonalRisk,
  type PersonalRiskOptions,
  type PersonalTraderLimits,
  personalTraderLimits,
} from './presets/personalTraderLimits.js'
export type {
  PresetRuleInputs,
  PresetSource,
  PropFirmPhase,
  PropFirmPhaseName,
  PropFirmPreset,
  PropFirmPresetName,
} from './presets/propFirmPreset.js'
export { getPropFirmPreset, PROP_FIRM_PRESET_NAMES, presetRules } from './presets/propFirmPresets.js'
export { AccountGuard, type AccountGuardEvents } from './prop/accountGuard.js'
export {
  ChallengeEvaluator,
  type ChallengeLimits,
  type ChallengeProgress,
  type ChallengeRuleName,
  type ChallengeSnapshot,
  type ChallengeStatus,
  type ChallengeViolation,
  type FromPresetOptions,
  type PayoutStatus,
} from './prop/challengeEvaluator.js'
export type { AmountOrFractionInput, ChallengeRules, WeeklyTime } from './prop/challengeRules.js'
export { type AtrUnitSizeParams, atrUnitSize } from './sizing/atrUnitSize.js'
export { type EquityFractionSizeParams, equityFractionSize } from './sizing/equityFractionSize.js'
export { type FixedAmountSizeParams, fixedAmountSize } from './sizing/fixedAmountSize.js'
export { type FixedFractionalSizeParams, fixedFractionalSize } from './sizing/fixedFractionalSize.js'
export { type KellySizeParams, kellyFraction, kellySize } from './sizing/kellySize.js'
export type { SizeRounding } from './sizing/sizeRounding.js'
export { type VolatilityTargetSizeParams, volatilityTargetSize } from './sizing/volatilityTargetSize.js'
export type { TradingDay } from './time/tradingDayClock.js'
