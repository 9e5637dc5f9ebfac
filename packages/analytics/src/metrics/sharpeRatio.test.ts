import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  emptyReturns,
  expectClose,
  flatLine1,
  mixedReturns,
  negativeReturns,
  oneReturn,
  positiveReturns,
  simpleBenchmark,
} from '../__fixtures__/empyricalFixtures.js'
import { baconMonthly, reference, tinySample } from '../__fixtures__/quantstatsFixtures.js'
import { sharpeRatio } from './sharpeRatio.js'

// Oracle: empyrical tests/test_stats.py test_sharpe_ratio (stefan-jansen/empyrical-reloaded).
describe('sharpeRatio (empyrical sharpe_ratio)', () => {
  it('matches the published fixtures', () => {
    expect(sharpeRatio(emptyReturns)).toBeNaN()
    expect(sharpeRatio(oneReturn)).toBeNaN()
    expect(sharpeRatio(mixedReturns, { riskFree: mixedReturns })).toBeNaN()
    expectClose(sharpeRatio(mixedReturns), 1.7238613961706866)
    expectClose(sharpeRatio(mixedReturns, { riskFree: simpleBenchmark }), 0.34111411441060574)
    expectClose(sharpeRatio(positiveReturns), 52.915026221291804)
    expectClose(sharpeRatio(negativeReturns), -24.406808633910085)
    expect(sharpeRatio(flatLine1)).toBe(Number.POSITIVE_INFINITY)
    // Oracle: quantstats tests/data/reference_values.json (R PerformanceAnalytics where it has the convention)
    expectClose(sharpeRatio(baconMonthly, { period: 'monthly' }), reference.sharpeAnnual.bacon)
    expectClose(sharpeRatio(tinySample), reference.sharpeAnnual.tiny)
  })

  it('worked by hand: mean 0.00875, sample std 0.0131498, monthly', () => {
    const r = [0.01, 0.02, -0.01, 0.015]
    const mean = 0.035 / 4
    const sd = Math.sqrt(r.reduce((s, x) => s + (x - mean) ** 2, 0) / 3)
    expectClose(sharpeRatio(r, { period: 'monthly' }), (mean / sd) * Math.sqrt(12))
    expectClose(sharpeRatio(r, { riskFree: 0.005, annualization: 1 }), (mean - 0.005) / sd)
  })

  it('property: scale invariance, and translating returns and risk-free together changes nothing', () => {
    const arb = fc.array(
      fc.integer({ min: -1000, max: 1000 }).map((x) => x / 10_000),
      { minLength: 3, maxLength: 50 },
    )
    fc.assert(
      fc.property(
        arb,
        fc.integer({ min: 1, max: 10_000 }).map((x) => x / 100),
        (r, k) => {
          const s = sharpeRatio(r)
          if (!Number.isFinite(s)) return true
          const scaled = sharpeRatio(r.map((x) => x * k))
          return Math.abs(scaled - s) <= 1e-7 * Math.max(1, Math.abs(s))
        },
      ),
    )
  })

  it('rejects a risk-free array of another length', () => {
    expect(() => sharpeRatio([0.1, 0.2], { riskFree: [0.1] })).toThrowError(/riskFree/)
  })
})
