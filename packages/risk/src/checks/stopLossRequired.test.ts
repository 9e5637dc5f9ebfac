import { describe, expect, it } from 'vitest'
import { ctx, order, position } from '../../test-support/context.js'
import { stopLossRequired } from './stopLossRequired.js'

describe('stopLossRequired', () => {
  const c = stopLossRequired()
  it('rejects an opening order without stop-loss, allows one with it and any reducing order', () => {
    const d = c.check(order(), ctx())
    expect(d.action === 'reject' && d.reasons[0]!.code).toBe('STOP_LOSS_REQUIRED')
    expect(c.check(order({ stopLoss: { price: '90' } }), ctx()).action).toBe('allow')
    const cx = ctx({ positions: [position('XYZ', 'long', 3, 100)] })
    expect(c.check(order({ side: 'sell', amount: '3' }), cx).action).toBe('allow')
    // selling 4 flips to short 1: opening, needs a stop
    expect(c.check(order({ side: 'sell', amount: '4' }), cx).action).toBe('reject')
  })
})
