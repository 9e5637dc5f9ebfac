import { describe, expect, it } from 'vitest'
import { ctx, order, position, workingOrder } from '../../test-support/context.js'
import { maxOpenPositions } from './maxOpenPositions.js'

describe('maxOpenPositions', () => {
  const held = [position('A', 'long', 1, 10), position('B', 'short', 1, 10)]
  it('rejects a third symbol at max 2, allows adding to a held symbol and closing', () => {
    const c = maxOpenPositions({ max: 2 })
    const cx = ctx({ positions: held })
    const d = c.check(order({ symbol: 'C' }), cx)
    expect(d.action === 'reject' && d.reasons[0]).toMatchObject({ code: 'MAX_OPEN_POSITIONS', limit: 2, actual: 3 })
    expect(c.check(order({ symbol: 'A' }), cx).action).toBe('allow')
    expect(c.check(order({ symbol: 'C', reduceOnly: true }), cx).action).toBe('allow')
  })

  it('counts pending entry orders as positions about to open', () => {
    const c = maxOpenPositions({ max: 3 })
    const cx = ctx({
      positions: held,
      openOrders: [workingOrder({ symbol: 'C', side: 'buy', type: 'limit', price: '9' })],
    })
    expect(c.check(order({ symbol: 'D' }), cx).action).toBe('reject')
    expect(c.check(order({ symbol: 'C' }), cx).action).toBe('allow')
  })

  it('max 0 rejects every opening order; bad max throws', () => {
    expect(maxOpenPositions({ max: 0 }).check(order(), ctx()).action).toBe('reject')
    expect(() => maxOpenPositions({ max: 1.5 })).toThrow(/options.max/)
  })
})
