import { describe, expect, it } from 'vitest'
import { ctx, instrument, order, outcome, position } from '../../test-support/context.js'
import { maxConcentration } from './maxConcentration.js'

describe('maxConcentration', () => {
  const aapl = instrument({ symbol: 'AAPL', sector: 'tech' })
  const msft = instrument({ symbol: 'MSFT', sector: 'tech' })
  const xom = instrument({ symbol: 'XOM', sector: 'energy' })
  const cx = ctx({
    equity: '100000',
    price: 100,
    instrument: msft,
    instruments: [aapl, msft, xom],
    positions: [position('AAPL', 'long', 200, 100), position('XOM', 'long', 500, 100)],
  })

  it('sector: tech holds 20 000 of a 30 % × 100 000 = 30 000 cap → 100 MSFT more', () => {
    const c = maxConcentration({ by: 'sector', maxEquityFraction: 0.3 })
    expect(outcome(c.check(order({ symbol: 'MSFT', amount: '150' }), cx))).toBe('resize 100')
  })

  it('asset class: all three are stocks, 70 000 held → cap 80 000 leaves 100', () => {
    const c = maxConcentration({ by: 'assetClass', maxEquityFraction: 0.8 })
    expect(outcome(c.check(order({ symbol: 'MSFT', amount: '150' }), cx))).toBe('resize 100')
  })

  it('symbol: only the order symbol counts', () => {
    const c = maxConcentration({ by: 'symbol', maxEquityFraction: 0.05 })
    expect(outcome(c.check(order({ symbol: 'MSFT', amount: '80' }), cx))).toBe('resize 50')
  })

  it('rejects when the instrument needed for grouping is unknown', () => {
    const c = maxConcentration({ by: 'sector', maxEquityFraction: 0.3 })
    const d = c.check(order({ symbol: 'MSFT' }), ctx())
    expect(d.action === 'reject' && d.reasons[0]!.code).toBe('CONCENTRATION_GROUP_UNKNOWN')
  })
})
