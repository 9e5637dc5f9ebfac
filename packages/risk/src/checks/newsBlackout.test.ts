import { describe, expect, it } from 'vitest'
import { ctx, order, position } from '../../test-support/context.js'
import { newsBlackout } from './newsBlackout.js'

describe('newsBlackout', () => {
  const nfp = Date.UTC(2024, 0, 5, 13, 30)
  const c = newsBlackout({
    events: [
      { time: nfp, label: 'NFP' },
      { time: nfp + 86_400_000, label: 'ECB', symbols: ['EUR/USD'] },
    ],
    beforeMs: 120_000,
    afterMs: 120_000,
  })
  it('blocks from 2 min before to 2 min after, inclusive', () => {
    expect(c.check(order(), ctx({ time: nfp - 120_001 })).action).toBe('allow')
    expect(c.check(order(), ctx({ time: nfp - 120_000 })).action).toBe('reject')
    expect(c.check(order(), ctx({ time: nfp + 120_000 })).action).toBe('reject')
    expect(c.check(order(), ctx({ time: nfp + 120_001 })).action).toBe('allow')
  })
  it('symbol-specific events and reducing orders', () => {
    const t = nfp + 86_400_000
    expect(c.check(order(), ctx({ time: t })).action).toBe('allow')
    expect(c.check(order({ symbol: 'EUR/USD' }), ctx({ time: t })).action).toBe('reject')
    const cx = ctx({ time: nfp, positions: [position('XYZ', 'long', 1, 100)] })
    expect(c.check(order({ side: 'sell' }), cx).action).toBe('allow')
  })
})

describe('newsBlackout intervals', () => {
  it('calendar intervals (time … end) block their whole span, overlapping a short event', () => {
    const t0 = Date.UTC(2024, 2, 1)
    const c = newsBlackout({
      events: [
        { time: t0, end: t0 + 3_600_000, label: 'central bank' },
        { time: t0 + 600_000, label: 'CPI' },
      ],
    })
    expect(c.check(order(), ctx({ time: t0 + 1_800_000 })).action).toBe('reject')
    expect(c.check(order(), ctx({ time: t0 + 3_600_001 })).action).toBe('allow')
    expect(() => newsBlackout({ events: [{ time: 10, end: 5 }] })).toThrow(/options.events.0.end/)
  })
})
