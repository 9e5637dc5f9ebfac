import { describe, expect, it } from 'vitest'
import * as risk from './index.js'

// The public runtime API. A change here is an API change: update the list and the changeset together.
describe('@aitrade/risk exports', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(risk).sort()).toEqual(
      [
        'AccountGuard',
        'ChallengeEvaluator',
        'PROP_FIRM_PRESET_NAMES',
        'atrUnitSize',
        'correlatedExposure',
        'createPersonalRisk',
        'createRiskGate',
        'equityFractionSize',
        'fixedAmountSize',
        'fixedFractionalSize',
        'getPropFirmPreset',
        'kellyFraction',
        'kellySize',
        'maxConcentration',
        'maxLeverage',
        'maxOpenPositions',
        'maxOpenRisk',
        'maxOrderNotional',
        'maxPositionSize',
        'maxRiskPerTrade',
        'maxTotalExposure',
        'minRewardRisk',
        'newsBlackout',
        'orderRateThrottle',
        'personalTraderLimits',
        'presetRules',
        'stopLossRequired',
        'tradingState',
        'tradingWindows',
        'volatilityCap',
        'volatilityTargetSize',
      ].sort(),
    )
  })
})
