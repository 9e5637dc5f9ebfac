import { describe, expect, it } from 'vitest'
import { ctx, order, outcome } from '../../test-support/context.js'
import { volatilityCap } from './volatilityCap.js'

describe('volatilityCap', () => {
  it('1 % of 10 000 = 100 of 1-σ risk; σ 2 % of 100 = 2 per share → 50 shares', () => {
    const c = volatilityCap({ volatility: { XYZ: 0.02 }, maxVolatilityRiskFraction: 0.01 })
    expect(outcome(c.check(order({ amount: '80' }), ctx()))).toBe('resize 50')
  })

  it('rejects too-volatile or unknown symbols; setVolatility updates the table', () => {
    const c = volatilityCap({ volatility: { XYZ: 0.08 }, maxVolatility: 0.05 })
    expect(c.check(order(), ctx()).action).toBe('reject')
    c.setVolatility('XYZ', 0.03)
    expect(c.check(order(), ctx()).action).toBe('allow')
    const d = c.check(order({ symbol: 'NEW' }), ctx())
    expect(d.action === 'reject' && d.reasons[0]!.code).toBe('VOLATILITY_UNKNOWN')
    expect(() => c.setVolatility('XYZ', -1)).toThrow(/volatility/)
  })
})
