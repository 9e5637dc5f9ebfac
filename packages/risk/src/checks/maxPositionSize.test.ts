import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { ctx, instrument, order, outcome, position } from '../../test-support/context.js'
import { maxPositionSize } from './maxPositionSize.js'

describe('maxPositionSize', () => {
  it('allows an order within every limit', () => {
    const c = maxPositionSize({ maxAmount: '10' })
    expect(c.check(order({ amount: '10' }), ctx()).action).toBe('allow')
  })

  it('resizes to the largest amount under the lot limit, counting the existing position', () => {
    // long 6, max 10 lots → at most 4 more
    const c = maxPositionSize({ maxAmount: '10' })
    const d = c.check(order({ amount: '7' }), ctx({ positions: [position('XYZ', 'long', 6, 100)] }))
    expect(outcome(d)).toBe('resize 4')
    expect(d.action !== 'allow' && d.reasons[0]).toMatchObject({ code: 'MAX_POSITION_SIZE', limit: '10', actual: '13' })
  })

  it('equity fraction: 20 % of 10 000 at price 100 is 20 shares; 0.5-lot steps round down', () => {
    const c = maxPositionSize({ maxEquityFraction: 0.2 })
    const i = instrument({ lotStep: '0.5' })
    // price 101 → 2000 / 101 = 19.80… → 19.5
    const d = c.check(order({ amount: '25' }), ctx({ price: 101, instrument: i }))
    expect(outcome(d)).toBe('resize 19.5')
  })

  it('notional limit with contract size: 100 000 EUR lots at 1.1 under 250 000 notional → 2.27 lots', () => {
    const fx = instrument({
      symbol: 'EUR/USD',
      base: 'EUR',
      assetClass: 'forex',
      contractSize: '100000',
      lotStep: '0.01',
    })
    const c = maxPositionSize({ maxNotional: '250000' })
    const d = c.check(order({ symbol: 'EUR/USD', amount: '3' }), ctx({ price: '1.1', instrument: fx }))
    expect(outcome(d)).toBe('resize 2.27')
  })

  it('a sell that reduces a position over the limit passes; a sell flipping beyond the limit is resized', () => {
    const c = maxPositionSize({ maxAmount: '10' })
    const cx = ctx({ positions: [position('XYZ', 'long', 15, 100)] })
    expect(c.check(order({ side: 'sell', amount: '5' }), cx).action).toBe('allow')
    // long 15 → selling 30 leaves short 15 > 10; at most 25 (short 10)
    expect(outcome(c.check(order({ side: 'sell', amount: '30' }), cx))).toBe('resize 25')
  })

  it('rejects when nothing tradable fits (below minAmount) and when equity is not positive', () => {
    const c = maxPositionSize({ maxAmount: '10' })
    const i = instrument({ minAmount: '2' })
    const d = c.check(order({ amount: '5' }), ctx({ instrument: i, positions: [position('XYZ', 'long', 9, 100)] }))
    expect(d.action).toBe('reject')
    const f = maxPositionSize({ maxEquityFraction: 0.5 })
    expect(f.check(order(), ctx({ equity: '-5' })).action).toBe('reject')
  })

  it('reports every violated limit', () => {
    const c = maxPositionSize({ maxAmount: '5', maxNotional: '300' })
    const d = c.check(order({ amount: '8' }), ctx())
    expect(outcome(d)).toBe('resize 3')
    expect(d.action !== 'allow' && d.reasons.length).toBe(2)
  })

  it('bad config → InvalidArgumentError naming the field', () => {
    try {
      maxPositionSize({ maxNotional: '-1' })
      expect.unreachable()
    } catch (e) {
      expect(isAitradeError(e) && e.code).toBe('INVALID_ARGUMENT')
      expect(isAitradeError(e) && e.details.argument).toBe('options.maxNotional')
    }
    expect(() => maxPositionSize({})).toThrow(/maxEquityFraction/)
  })
})
