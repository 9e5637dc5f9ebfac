import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { conditionalValueAtRisk, valueAtRisk } from './valueAtRisk.js'

// Oracle: empyrical tests/test_stats.py test_value_at_risk and test_conditional_value_at_risk
// (stefan-jansen/empyrical-reloaded): fixed cases, and CVaR = mean(returns[returns <= VaR]).
describe('valueAtRisk (empyrical value_at_risk)', () => {
  it('matches the published cases', () => {
    expectClose(valueAtRisk([1, 2], { cutoff: 0 }), 1)
    expectClose(valueAtRisk([1, 2], { cutoff: 0.3 }), 1.3)
    expectClose(valueAtRisk([1, 2], { cutoff: 1 }), 2)
    const r = [1, 81, 82, 83, 84, 85]
    expectClose(valueAtRisk(r, { cutoff: 0.1 }), 41)
    expectClose(valueAtRisk(r, { cutoff: 0.2 }), 81)
    expectClose(valueAtRisk(r, { cutoff: 0.3 }), 81.5)
  })

  it('edge cases and errors', () => {
    expect(valueAtRisk([])).toBeNaN()
    expect(valueAtRisk([0.01, Number.NaN])).toBeNaN()
    expect(() => valueAtRisk([0.1], { cutoff: 1.5 })).toThrowError(/cutoff/)
    expect(() => valueAtRisk([0.1], { cutoff: Number.NaN })).toThrowError(/cutoff/)
  })
})

describe('conditionalValueAtRisk (empyrical conditional_value_at_risk)', () => {
  it('matches the published cases', () => {
    expectClose(conditionalValueAtRisk([0.0123], { cutoff: 0 }), 0.0123)
    expectClose(conditionalValueAtRisk([0.0123], { cutoff: 1 }), 0.0123)
    expectClose(conditionalValueAtRisk([-0.05, -0.03, 0.01, 0.02, 0.04], { cutoff: 0.25 }), -0.04)
    expect(conditionalValueAtRisk([])).toBeNaN()
  })

  it('property: equals the mean of the returns at or below VaR (distinct values), and CVaR ≤ VaR', () => {
    const arb = fc
      .uniqueArray(fc.integer({ min: -2000, max: 2000 }), { minLength: 1, maxLength: 60 })
      .map((xs) => xs.map((x) => x / 10_000))
    fc.assert(
      fc.property(arb, fc.constantFrom(0, 0.0499, 0.05, 0.2, 0.999, 1), (r, cutoff) => {
        const v = valueAtRisk(r, { cutoff })
        const tail = r.filter((x) => x <= v)
        const expected = tail.reduce((s, x) => s + x, 0) / tail.length
        const cvar = conditionalValueAtRisk(r, { cutoff })
        return Math.abs(cvar - expected) <= 1e-12 && cvar <= v + 1e-15
      }),
    )
  })
})
