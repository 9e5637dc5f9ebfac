import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { baconMonthly, reference, tinySample } from '../__fixtures__/quantstatsFixtures.js'
import { parametricConditionalValueAtRisk, parametricValueAtRisk } from './parametricValueAtRisk.js'

// Oracle: quantstats tests/data/reference_values.json "var_95" (mean + z(0.05)·std(n−1)) and "es_95"
// (mean − std(n−1)·φ(z)/0.05), ranaroussi/quantstats.
describe('parametricValueAtRisk / parametricConditionalValueAtRisk (quantstats value_at_risk, cvar)', () => {
  it('matches the published reference values', () => {
    expectClose(parametricValueAtRisk(baconMonthly), reference.var95.bacon)
    expectClose(parametricValueAtRisk(tinySample), reference.var95.tiny)
    expectClose(parametricConditionalValueAtRisk(baconMonthly), reference.es95.bacon)
    expectClose(parametricConditionalValueAtRisk(tinySample), reference.es95.tiny)
  })

  it('uses the published normal quantiles (Φ⁻¹(0.05) = −1.6448536269514722, Φ⁻¹(0.01) = −2.3263478740408408)', () => {
    const r = [0.01, -0.01, 0.01, -0.01] // mean 0, sample std √(4e-4 / 3)
    const sd = Math.sqrt(4e-4 / 3)
    expectClose(parametricValueAtRisk(r), -1.6448536269514722 * sd, { rel: 1e-14 })
    expectClose(parametricValueAtRisk(r, { cutoff: 0.01 }), -2.3263478740408408 * sd, { rel: 1e-14 })
  })

  it('edge cases and errors', () => {
    expect(parametricValueAtRisk([0.01, 0.01])).toBeNaN()
    expectClose(parametricConditionalValueAtRisk([0.01, 0.01]), 0.01)
    expect(parametricConditionalValueAtRisk([])).toBeNaN()
    expect(() => parametricValueAtRisk([0.01], { cutoff: 0 })).toThrowError(/cutoff/)
  })
})
