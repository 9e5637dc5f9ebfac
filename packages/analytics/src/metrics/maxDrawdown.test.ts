import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  allNegativeReturns,
  DECIMAL_8,
  emptyReturns,
  expectClose,
  mixedReturns,
  negativeReturns,
  oneReturn,
  positiveReturns,
  simpleBenchmark,
  uduReturns,
} from '../__fixtures__/empyricalFixtures.js'
import { baconMonthly, reference, tinySample } from '../__fixtures__/quantstatsFixtures.js'
import { maxDrawdown } from './maxDrawdown.js'

// Oracle: empyrical tests/test_stats.py test_max_drawdown (stefan-jansen/empyrical-reloaded), decimal=8.
describe('maxDrawdown (empyrical max_drawdown)', () => {
  it('matches the published fixtures', () => {
    expect(maxDrawdown(emptyReturns)).toBeNaN()
    expectClose(maxDrawdown(oneReturn), 0)
    expectClose(maxDrawdown(simpleBenchmark), 0)
    expectClose(maxDrawdown(mixedReturns), -0.1, DECIMAL_8)
    expectClose(maxDrawdown(positiveReturns), -0)
    expectClose(maxDrawdown(negativeReturns), -0.3659073, DECIMAL_8)
    expectClose(maxDrawdown(allNegativeReturns), -0.378589157, DECIMAL_8)
    expectClose(maxDrawdown(uduReturns), -0.1, DECIMAL_8)
    // Oracle: quantstats tests/data/reference_values.json (R PerformanceAnalytics where it has the convention)
    expectClose(maxDrawdown(baconMonthly), reference.maxDrawdown.bacon)
    expectClose(maxDrawdown(tinySample), reference.maxDrawdown.tiny)
  })

  it('worked by hand: peak 1.1·1.2 = 1.32, trough 1.32·0.5·0.9 = 0.594', () => {
    expectClose(maxDrawdown([0.1, 0.2, -0.5, -0.1, 0.3]), 0.594 / 1.32 - 1)
  })

  it('property: drawdown ≤ 0 and shifting returns up never deepens it', () => {
    const arb = fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { minLength: 1, maxLength: 60 })
    fc.assert(
      fc.property(arb, fc.double({ min: 0, max: 0.1, noNaN: true }), (r, c) => {
        const dd = maxDrawdown(r)
        return dd <= 0 && dd >= -1 && maxDrawdown(r.map((x) => x + c)) >= dd - 1e-12
      }),
    )
  })
})
