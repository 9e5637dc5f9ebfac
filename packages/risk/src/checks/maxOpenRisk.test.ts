import { describe, expect, it } from 'vitest'
import { ctx, order, outcome, position, workingOrder } from '../../test-support/context.js'
import { maxOpenRisk } from './maxOpenRisk.js'

describe('maxOpenRisk', () => {
  it('10 % of 10 000 = 1 000: a long 100 @ 50 with stop 45 risks 500, the order 2/share → 250 shares', () => {
    const cx = ctx({
      positions: [position('ABC', 'long', 100, 50)],
      openOrders: [workingOrder({ symbol: 'ABC', side: 'sell', type: 'stop', stopPrice: '45', amount: '100' })],
    })
    const c = maxOpenRisk({ maxEquityFraction: 0.1 })
    const d = c.check(order({ amount: '300', stopLoss: { price: '98' } }), cx)
    expect(outcome(d)).toBe('resize 250')
  })

  it('an unprotected position counts its whole notional', () => {
    const cx = ctx({ positions: [position('ABC', 'long', 30, 50)] }) // 1 500 at risk > 1 000
    const d = maxOpenRisk({ maxEquityFraction: 0.1 }).check(order({ stopLoss: { price: '99' } }), cx)
    expect(d.action).toBe('reject')
  })
})
