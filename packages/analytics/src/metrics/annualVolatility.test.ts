import { describe, expect, it } from 'vitest'
import {
  expectClose,
  flatLine1000,
  mixedReturns,
  oneReturn,
  periodicReturns,
} from '../__fixtures__/empyricalFixtures.js'
import { baconMonthly, reference, tinySample } from '../__fixtures__/quantstatsFixtures.js'
import { annualVolatility } from './annualVolatility.js'

// Oracle: empyrical tests/test_stats.py test_annual_volatility (stefan-jansen/empyrical-reloaded).
describe('annualVolatility (empyrical annual_volatility)', () => {
  it('matches the published fixtures', () => {
    expectClose(annualVolatility(flatLine1000), 0)
    expectClose(annualVolatility(mixedReturns), 0.9136465399704637)
    expectClose(annualVolatility(periodicReturns, { period: 'weekly' }), 0.38851569394870583)
    expectClose(annualVolatility(periodicReturns, { period: 'monthly' }), 0.18663690238892558)
    // Oracle: quantstats tests/data/reference_values.json (R PerformanceAnalytics where it has the convention)
    expectClose(annualVolatility(baconMonthly, { period: 'monthly' }), reference.volatilityAnnual.bacon)
    expectClose(annualVolatility(tinySample), reference.volatilityAnnual.tiny)
  })

  it('worked by hand and edge cases', () => {
    // mean 0, squared deviations 4 × 0.0001, sample variance 0.0004 / 3
    expectClose(
      annualVolatility([0.01, -0.01, 0.01, -0.01], { period: 'monthly' }),
      Math.sqrt(0.0004 / 3) * Math.sqrt(12),
    )
    expect(annualVolatility(oneReturn)).toBeNaN()
    expect(annualVolatility([Number.NaN, 0.01])).toBeNaN()
  })
})
