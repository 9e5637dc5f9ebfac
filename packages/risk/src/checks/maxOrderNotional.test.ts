import { describe, expect, it } from 'vitest'
import { ctx, order, outcome } from '../../test-support/context.js'
import { maxOrderNotional } from './maxOrderNotional.js'

describe('maxOrderNotional', () => {
  it('5 000 at price 100 → 50 shares; applies to reducing orders too', () => {
    const c = maxOrderNotional({ maxNotional: '5000' })
    expect(c.check(order({ amount: '50' }), ctx()).action).toBe('allow')
    expect(outcome(c.check(order({ amount: '51' }), ctx()))).toBe('resize 50')
    expect(outcome(c.check(order({ amount: '51', reduceOnly: true }), ctx()))).toBe('resize 50')
    expect(outcome(maxOrderNotional({ maxEquityFraction: 0.25 }).check(order({ amount: '30' }), ctx()))).toBe(
      'resize 25',
    )
  })
})
