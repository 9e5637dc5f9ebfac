import { describe, expect, it } from 'vitest'
import {
  emptyReturns,
  expectClose,
  mixedReturns,
  oneReturn,
  periodicReturns,
} from '../__fixtures__/empyricalFixtures.js'
import { baconMonthly, reference, tinySample } from '../__fixtures__/quantstatsFixtures.js'
import { calmarRatio } from './calmarRatio.js'

describe('calmarRatio (empyrical calmar_ratio)', () => {
  it('matches the published fixtures', () => {
    // Oracle: empyrical tests/test_stats.py test_calmar (stefan-jansen/empyrical-reloaded)
    expect(calmarRatio(emptyReturns)).toBeNaN()
    expect(calmarRatio(oneReturn)).toBeNaN()
    expectClose(calmarRatio(mixedReturns), 19.135925373194233)
    expectClose(calmarRatio(periodicReturns, { period: 'weekly' }), 2.4690830513998208)
    expectClose(calmarRatio(periodicReturns, { period: 'monthly' }), 0.52242061386048144)
    // Oracle: quantstats tests/data/reference_values.json "calmar" (= R PerformanceAnalytics CalmarRatio)
    expectClose(calmarRatio(baconMonthly, { period: 'monthly' }), 0.7166390511623746)
    expectClose(calmarRatio(tinySample), reference.calmar.tiny)
  })

  it('worked by hand: (1.1 · 0.9 · 1.1 · 1.05 − 1) / 0.1 over one year of quarters', () => {
    expectClose(calmarRatio([0.1, -0.1, 0.1, 0.05], { period: 'quarterly' }), (1.1 * 0.9 * 1.1 * 1.05 - 1) / 0.1)
  })
})
