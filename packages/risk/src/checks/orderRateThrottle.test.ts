import { describe, expect, it } from 'vitest'
import { ctx, order } from '../../test-support/context.js'
import { orderRateThrottle } from './orderRateThrottle.js'

describe('orderRateThrottle', () => {
  it('3 orders per 1 000 ms, sliding on context.time', () => {
    const c = orderRateThrottle({ maxOrders: 3, windowMs: 1000 })
    const send = (t: number) => {
      const cx = ctx({ time: t })
      const d = c.check(order(), cx)
      if (d.action === 'allow') c.onAccepted!(order(), cx)
      return d.action
    }
    expect([send(0), send(100), send(200), send(300)]).toEqual(['allow', 'allow', 'allow', 'reject'])
    expect(send(999)).toBe('reject') // 0 is still inside (−1, 999]
    expect(send(1000)).toBe('allow') // 0 left the window
    expect(send(1050)).toBe('reject') // 100, 200, 1000 inside
  })
})
