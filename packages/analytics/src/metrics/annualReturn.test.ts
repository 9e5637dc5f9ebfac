import { describe, expect, it } from 'vitest'
import {
  emptyReturns,
  expectClose,
  flatLine1000,
  flatLineYearly,
  mixedReturns,
  oneReturn,
  periodicReturns,
} from '../__fixtures__/empyricalFixtures.js'
import { baconMonthly, reference, tinySample } from '../__fixtures__/quantstatsFixtures.js'
import { annualReturn, cagr } from './annualReturn.js'

// Oracle: empyrical tests/test_stats.py test_annual_ret and test_cagr (stefan-jansen/empyrical-reloaded).
describe('annualReturn / cagr (empyrical annual_return, cagr)', () => {
  it('matches the published fixtures', () => {
    expectClose(annualReturn(mixedReturns), 1.9135925373194231)
    expectClose(annualReturn(periodicReturns, { period: 'weekly' }), 0.24690830513998208)
    expectClose(annualReturn(periodicReturns, { period: 'monthly' }), 0.052242061386048144)
    expect(cagr(emptyReturns)).toBeNaN()
    expectClose(cagr(oneReturn), 11.274002099240244)
    expectClose(cagr(mixedReturns), 1.9135925373194231)
    expectClose(cagr(flatLine1000), 11.274002099240256)
    expectClose(cagr(flatLineYearly, { period: 'yearly' }), 0.03)
    // Oracle: quantstats tests/data/reference_values.json (R PerformanceAnalytics where it has the convention)
    expectClose(annualReturn(baconMonthly, { period: 'monthly' }), reference.returnAnnual.bacon)
    expectClose(annualReturn(tinySample), reference.returnAnnual.tiny)
  })

  it('worked by hand: four quarters of 1 %, 2 %, −1 %, 3 % compound over exactly one year', () => {
    expectClose(annualReturn([0.01, 0.02, -0.01, 0.03], { period: 'quarterly' }), 1.01 * 1.02 * 0.99 * 1.03 - 1)
    expectClose(annualReturn([0.21], { annualization: 0.5 }), 0.1) // one period = two years: 1.21^(1/2) − 1
  })

  it('rejects bad options', () => {
    expect(() => annualReturn([0.1], { period: 'hourly' as 'daily' })).toThrowError(/period/)
    expect(() => annualReturn([0.1], { annualization: 0 })).toThrowError(/annualization/)
  })
})
