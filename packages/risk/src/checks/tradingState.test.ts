import { describe, expect, it } from 'vitest'
import { ctx, order, position } from '../../test-support/context.js'
import { tradingState } from './tradingState.js'

describe('tradingState', () => {
  it('active allows; reducing/halted reject opening orders but let closing ones through', () => {
    const s = tradingState()
    const cx = ctx({ positions: [position('XYZ', 'long', 5, 100)] })
    expect(s.check(order(), cx).action).toBe('allow')
    s.setState('reducing', 'near daily loss')
    const d = s.check(order(), cx)
    expect(d.action === 'reject' && d.reasons[0]!.code).toBe('TRADING_REDUCING')
    s.setState('halted')
    expect(s.check(order(), cx).action).toBe('reject')
    expect(s.check(order({ side: 'sell', amount: '5' }), cx).action).toBe('allow')
    expect(s.check(order({ side: 'sell', amount: '6' }), cx).action).toBe('reject')
    expect(() => s.setState('paused' as never)).toThrow(/state/)
  })
})
