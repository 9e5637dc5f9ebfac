import { describe, expect, it } from 'vitest'
import { ctx, instrument, order, outcome, position } from '../../test-support/context.js'
import { maxLeverage } from './maxLeverage.js'

describe('maxLeverage', () => {
  it('leverage 3 on 10 000 equity = 30 000 gross; 10 000 held elsewhere → 200 more at 100', () => {
    const cx = ctx({ positions: [position('ABC', 'short', 100, 100)] })
    expect(outcome(maxLeverage({ maxLeverage: 3 }).check(order({ amount: '250' }), cx))).toBe('resize 200')
  })

  it('margin usage 50 %: margin 2 000 used, 1:20 instrument (5 % margin) → (5 000 − 2 000) / 5 = 600', () => {
    const i = instrument({ maxLeverage: 20 })
    const cx = ctx({ margin: '2000', instrument: i })
    const d = maxLeverage({ maxMarginUsage: 0.5 }).check(order({ amount: '1000' }), cx)
    expect(outcome(d)).toBe('resize 600')
    expect(d.action !== 'allow' && d.reasons[0]!.code).toBe('MAX_MARGIN_USAGE')
  })

  it('without an instrument uses 1 / account leverage', () => {
    const cx = ctx({ leverage: 10 })
    expect(outcome(maxLeverage({ maxMarginUsage: 0.1 }).check(order({ amount: '200' }), cx))).toBe('resize 100')
  })
})
