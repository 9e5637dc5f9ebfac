import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { correlatedExposure } from './correlatedExposure.js'
import { maxConcentration } from './maxConcentration.js'
import { maxLeverage } from './maxLeverage.js'
import { maxOpenRisk } from './maxOpenRisk.js'
import { maxOrderNotional } from './maxOrderNotional.js'
import { maxRiskPerTrade } from './maxRiskPerTrade.js'
import { maxTotalExposure } from './maxTotalExposure.js'
import { minRewardRisk } from './minRewardRisk.js'
import { newsBlackout } from './newsBlackout.js'
import { orderRateThrottle } from './orderRateThrottle.js'
import { tradingState } from './tradingState.js'
import { volatilityCap } from './volatilityCap.js'

function argumentOf(f: () => unknown): unknown {
  try {
    f()
  } catch (e) {
    if (isAitradeError(e) && e.code === 'INVALID_ARGUMENT') return e.details.argument
    return `unexpected ${String(e)}`
  }
  return 'no error'
}

describe('bad check configuration → InvalidArgumentError naming the field', () => {
  const cases: [string, () => unknown, string][] = [
    ['maxTotalExposure without a limit', () => maxTotalExposure({}), 'options.maxEquityFraction'],
    [
      'maxTotalExposure negative fraction',
      () => maxTotalExposure({ maxEquityFraction: -1 }),
      'options.maxEquityFraction',
    ],
    [
      'maxConcentration unknown grouping',
      () => maxConcentration({ by: 'country' as never, maxEquityFraction: 0.2 }),
      'options.by',
    ],
    ['maxLeverage margin usage > 1', () => maxLeverage({ maxMarginUsage: 1.5 }), 'options.maxMarginUsage'],
    ['maxOpenRisk NaN', () => maxOpenRisk({ maxEquityFraction: Number.NaN }), 'options.maxEquityFraction'],
    ['maxOrderNotional text', () => maxOrderNotional({ maxNotional: 'lots' }), 'options.maxNotional'],
    ['maxRiskPerTrade zero amount', () => maxRiskPerTrade({ maxAmount: 0 }), 'options.maxAmount'],
    ['minRewardRisk zero ratio', () => minRewardRisk({ minRatio: 0 }), 'options.minRatio'],
    ['orderRateThrottle zero orders', () => orderRateThrottle({ maxOrders: 0, windowMs: 1000 }), 'options.maxOrders'],
    [
      'orderRateThrottle fractional window',
      () => orderRateThrottle({ maxOrders: 1, windowMs: 0.5 }),
      'options.windowMs',
    ],
    ['newsBlackout bad time', () => newsBlackout({ events: [{ time: Number.NaN }] }), 'options.events.0.time'],
    ['newsBlackout negative window', () => newsBlackout({ events: [], beforeMs: -1 }), 'options.beforeMs'],
    [
      'volatilityCap negative σ',
      () => volatilityCap({ volatility: { A: -0.1 }, maxVolatility: 1 }),
      'options.volatility.A',
    ],
    ['volatilityCap without a limit', () => volatilityCap({ volatility: {} }), 'options.maxVolatility'],
    [
      'correlatedExposure wrong size',
      () => correlatedExposure({ symbols: ['A', 'B'], matrix: [[1]], maxEquityFraction: 1 }),
      'options.matrix',
    ],
    [
      'correlatedExposure ρ out of range',
      () => correlatedExposure({ symbols: ['A'], matrix: [[1.2]], maxEquityFraction: 1 }),
      'options.matrix.0.0',
    ],
    ['tradingState unknown', () => tradingState('frozen' as never), 'state'],
  ]
  it.each(cases)('%s', (_label, f, field) => {
    expect(argumentOf(f)).toBe(field)
  })
})
