import { describe, expect, it } from 'vitest'
import { ctx, instrument, order, outcome } from '../../test-support/context.js'
import { maxRiskPerTrade } from './maxRiskPerTrade.js'

describe('maxRiskPerTrade', () => {
  it('2 % of 10 000 = 200 at risk; 100 → 98 stop risks 2 per share → at most 100 shares', () => {
    const c = maxRiskPerTrade({ maxEquityFraction: 0.02 })
    const sl = { stopLoss: { price: '98' } }
    expect(c.check(order({ amount: '100', ...sl }), ctx()).action).toBe('allow')
    const d = c.check(order({ amount: '150', ...sl }), ctx())
    expect(outcome(d)).toBe('resize 100')
    expect(d.action !== 'allow' && d.reasons[0]).toMatchObject({
      code: 'MAX_RISK_PER_TRADE',
      limit: 0.02,
      actual: '0.03',
    })
  })

  it('FX: 1 % of 10 000 USD, EUR/USD 1.1000 → 1.0975 (25 pips) on 100 000 lots → 0.4 lots', () => {
    const fx = instrument({
      symbol: 'EUR/USD',
      base: 'EUR',
      assetClass: 'forex',
      contractSize: '100000',
      lotStep: '0.01',
    })
    const c = maxRiskPerTrade({ maxEquityFraction: 0.01 })
    const o = order({ symbol: 'EUR/USD', amount: '1', stopLoss: { price: '1.0975' } })
    expect(outcome(c.check(o, ctx({ price: '1.1', instrument: fx })))).toBe('resize 0.4')
  })

  it('opening without stop-loss is rejected', () => {
    const d = maxRiskPerTrade({ maxAmount: '100' }).check(order(), ctx())
    expect(d.action === 'reject' && d.reasons[0]!.code).toBe('STOP_LOSS_REQUIRED')
  })
})
