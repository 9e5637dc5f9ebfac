import { describe, expect, it } from 'vitest'
import {
  emptyReturns,
  expectClose,
  flatLine1,
  mixedReturns,
  negativeReturns,
  oneReturn,
  positiveReturns,
} from '../__fixtures__/empyricalFixtures.js'
import { baconMonthly, reference, tinySample } from '../__fixtures__/quantstatsFixtures.js'
import { omegaRatio } from './omegaRatio.js'

describe('omegaRatio (empyrical omega_ratio)', () => {
  it('matches the published fixtures', () => {
    // Oracle: empyrical tests/test_stats.py test_omega (stefan-jansen/empyrical-reloaded), decimal=8
    const dec8 = { abs: 1.5e-8 }
    expect(omegaRatio(emptyReturns)).toBeNaN()
    expect(omegaRatio(oneReturn)).toBeNaN()
    expectClose(omegaRatio(mixedReturns, { requiredReturn: 10 }), 0.83354263497557934, dec8)
    expect(omegaRatio(mixedReturns, { requiredReturn: -10 })).toBeNaN()
    expectClose(omegaRatio(mixedReturns, { riskFree: flatLine1 }), 0.8125, dec8)
    expect(omegaRatio(positiveReturns, { riskFree: 0.01 })).toBeNaN()
    expectClose(omegaRatio(positiveReturns, { riskFree: 0.011 }), 1.125, dec8)
    expectClose(omegaRatio(positiveReturns, { riskFree: 0.02 }), 0)
    expectClose(omegaRatio(negativeReturns, { riskFree: 0.01 }), 0)
    // Oracle: quantstats reference_values.json "omega_0" (= PerformanceAnalytics Omega(L = 0, 'simple'))
    expectClose(omegaRatio(baconMonthly, { period: 'monthly' }), reference.omega0.bacon)
    expectClose(omegaRatio(tinySample), reference.omega0.tiny)
  })

  it('worked by hand: an annual 10 % hurdle on monthly data is 1.1^(1/12) − 1 per month', () => {
    const r = [0.02, -0.01, 0.03, -0.02]
    const t = 1.1 ** (1 / 12) - 1
    const expected = (0.02 - t + (0.03 - t)) / (0.01 + t + (0.02 + t))
    expectClose(omegaRatio(r, { requiredReturn: 0.1, period: 'monthly' }), expected)
    expectClose(omegaRatio(r, { requiredReturn: 0.1, annualization: 1 }), 0 / (0.11 + 0.12 + 0.07 + 0.08))
  })

  it('rejects a non-numeric required return', () => {
    expect(() => omegaRatio([0.1, 0.2], { requiredReturn: [0.1] as unknown as number })).toThrowError(/requiredReturn/)
  })
})
