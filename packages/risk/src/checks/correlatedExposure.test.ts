import { describe, expect, it } from 'vitest'
import { ctx, order, outcome, position } from '../../test-support/context.js'
import { correlatedExposure } from './correlatedExposure.js'

describe('correlatedExposure', () => {
  const cfg = {
    symbols: ['A', 'B', 'C'],
    matrix: [
      [1, 0.8, -0.9],
      [0.8, 1, 0.1],
      [-0.9, 0.1, 1],
    ],
    minCorrelation: 0.5,
    maxEquityFraction: 0.5,
  }

  it('adds ρ-weighted exposure of correlated longs: B 2 000 × 0.8 = 1 600; cap 5 000 → 34 A at 100', () => {
    const cx = ctx({ positions: [position('B', 'long', 20, 100)] })
    expect(outcome(correlatedExposure(cfg).check(order({ symbol: 'A', amount: '40' }), cx))).toBe('resize 34')
  })

  it('a negatively correlated long hedges: C 3 000 × −0.9 = −2 700 → room 7 700 → 77', () => {
    const cx = ctx({ positions: [position('C', 'long', 30, 100)] })
    expect(outcome(correlatedExposure(cfg).check(order({ symbol: 'A', amount: '100' }), cx))).toBe('resize 77')
  })

  it('weakly correlated symbols are ignored; unknown symbols count alone', () => {
    const cx = ctx({ positions: [position('C', 'long', 45, 100)] })
    expect(correlatedExposure(cfg).check(order({ symbol: 'B', amount: '50' }), cx).action).toBe('allow')
    expect(outcome(correlatedExposure(cfg).check(order({ symbol: 'Z', amount: '60' }), cx))).toBe('resize 50')
  })

  it('rejects a matrix that is not symmetric, naming the cell', () => {
    const bad = {
      ...cfg,
      matrix: [
        [1, 0.8, 0],
        [0.7, 1, 0],
        [0, 0, 1],
      ],
    }
    expect(() => correlatedExposure(bad)).toThrow(/options\.matrix\.1\.0/)
  })
})
