import { describe, expect, it } from 'vitest'
import {
  dfOne,
  dfTwo,
  emptyReturns,
  expectClose,
  flatLine1,
  mixedReturns,
  negativeReturns,
  oneReturn,
  periodicReturns,
  positiveReturns,
  simpleBenchmark,
} from '../__fixtures__/empyricalFixtures.js'
import { baconMonthly, reference, tinySample } from '../__fixtures__/quantstatsFixtures.js'
import { sortinoRatio } from './sortinoRatio.js'

// Oracle: empyrical tests/test_stats.py test_downside_risk and test_sortino (stefan-jansen/empyrical-reloaded);
// the df_* cases are the columns `one` / `two` of the DataFrame fixtures, computed per column.
describe('sortinoRatio (empyrical sortino_ratio)', () => {
  it('matches the published fixtures', () => {
    expect(sortinoRatio(emptyReturns)).toBeNaN()
    expect(sortinoRatio(oneReturn)).toBeNaN()
    expect(sortinoRatio(mixedReturns, { requiredReturn: mixedReturns })).toBeNaN()
    expectClose(sortinoRatio(mixedReturns), 2.605531251673693)
    expectClose(sortinoRatio(mixedReturns, { requiredReturn: flatLine1 }), -1.3934779588919977)
    expect(sortinoRatio(positiveReturns)).toBe(Number.POSITIVE_INFINITY)
    expectClose(sortinoRatio(negativeReturns), -13.532743075043401)
    expect(sortinoRatio(simpleBenchmark)).toBe(Number.POSITIVE_INFINITY)
    expectClose(sortinoRatio(periodicReturns, { period: 'weekly' }), 1.1158901056866439)
    expectClose(sortinoRatio(periodicReturns, { period: 'monthly' }), 0.53605626741889756)
    expectClose(sortinoRatio(dfOne), 3.0639640966566306)
    expectClose(sortinoRatio(dfTwo), 38.090963117002495)
    expectClose(sortinoRatio(dfOne, { period: 'weekly' }), 1.3918264112070571)
    expectClose(sortinoRatio(dfTwo, { period: 'weekly' }), 17.303077589064618)
    expectClose(sortinoRatio(dfOne, { period: 'monthly' }), 0.6686117809312383)
    expectClose(sortinoRatio(dfTwo, { period: 'monthly' }), 8.3121296084492844)
    // Oracle: quantstats tests/data/reference_values.json (R PerformanceAnalytics where it has the convention)
    expectClose(sortinoRatio(baconMonthly, { period: 'monthly' }), reference.sortinoAnnual.bacon)
    expectClose(sortinoRatio(tinySample), reference.sortinoAnnual.tiny)
  })

  it('worked by hand: mean 0.005 · 12 over the monthly downside deviation', () => {
    const dd = Math.sqrt(0.0005 / 4) * Math.sqrt(12)
    expectClose(sortinoRatio([0.02, -0.01, 0.03, -0.02], { period: 'monthly' }), (0.005 * 12) / dd)
  })
})
