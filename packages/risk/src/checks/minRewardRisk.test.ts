import { describe, expect, it } from 'vitest'
import { ctx, order, position } from '../../test-support/context.js'
import { minRewardRisk } from './minRewardRisk.js'

describe('minRewardRisk', () => {
  const c = minRewardRisk({ minRatio: 1.5 })
  it('buy limit 100, SL 98, TP 103 → 3/2 = 1.5 passes; TP 102.9 → 1.45 rejected', () => {
    const base = { type: 'limit' as const, price: '100', stopLoss: { price: '98' } }
    expect(c.check(order({ ...base, takeProfit: { price: '103' } }), ctx()).action).toBe('allow')
    const d = c.check(order({ ...base, takeProfit: { price: '102.9' } }), ctx())
    expect(d.action === 'reject' && d.reasons[0]).toMatchObject({ code: 'MIN_REWARD_RISK', limit: 1.5, actual: '1.45' })
  })

  it('sell market uses the context price: entry 50, SL 52, TP 46 → 2', () => {
    const o = order({ side: 'sell', stopLoss: { price: '52' }, takeProfit: { price: '46' } })
    expect(c.check(o, ctx({ price: 50 })).action).toBe('allow')
  })

  it('without a bracket: allowed unless requireBracket; reducing orders always pass', () => {
    expect(c.check(order(), ctx()).action).toBe('allow')
    const strict = minRewardRisk({ minRatio: 2, requireBracket: true })
    expect(strict.check(order(), ctx()).action).toBe('reject')
    const cx = ctx({ positions: [position('XYZ', 'long', 5, 100)] })
    expect(strict.check(order({ side: 'sell', amount: '5' }), cx).action).toBe('allow')
  })

  it('market order whose stop is on the wrong side of the current price is rejected', () => {
    const o = order({ stopLoss: { price: '101' }, takeProfit: { price: '110' } })
    expect(c.check(o, ctx({ price: 100 })).action).toBe('reject')
  })
})
