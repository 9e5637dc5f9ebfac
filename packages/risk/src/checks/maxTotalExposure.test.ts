import { describe, expect, it } from 'vitest'
import { ctx, instrument, order, outcome, position } from '../../test-support/context.js'
import { maxTotalExposure } from './maxTotalExposure.js'

describe('maxTotalExposure', () => {
  // equity 10 000, limit 1.5× = 15 000 gross; ABC long 50 @ 100 = 5 000 (mark), XYZ order at 100
  const cx = ctx({ positions: [position('ABC', 'long', 50, 100)], instruments: [instrument({ symbol: 'ABC' })] })

  it('counts other symbols and resizes the order to the remaining room: (15 000 − 5 000) / 100 = 100', () => {
    const c = maxTotalExposure({ maxEquityFraction: 1.5 })
    expect(c.check(order({ amount: '100' }), cx).action).toBe('allow')
    const d = c.check(order({ amount: '120' }), cx)
    expect(outcome(d)).toBe('resize 100')
    expect(d.action !== 'allow' && d.reasons[0]).toMatchObject({
      code: 'MAX_TOTAL_EXPOSURE',
      limit: 1.5,
      actual: '1.7',
    })
  })

  it('uses context.prices over stale marks', () => {
    const c = maxTotalExposure({ maxNotional: '15000' })
    // ABC now 200 → 10 000 used; room 5 000 → 50 XYZ
    const d = c.check(order({ amount: '80' }), { ...cx, prices: new Map([['ABC', cx.price.mul(2)]]) })
    expect(outcome(d)).toBe('resize 50')
  })

  it('lets a reducing order through even when already over the limit', () => {
    const c = maxTotalExposure({ maxNotional: '1000' })
    expect(c.check(order({ symbol: 'ABC', side: 'sell', amount: '10' }), cx).action).toBe('allow')
    expect(c.check(order({ amount: '1' }), cx).action).toBe('reject')
  })
})
