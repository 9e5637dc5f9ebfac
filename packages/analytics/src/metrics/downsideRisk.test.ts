import { describe, expect, it } from 'vitest'
import {
  dfOne,
  dfTwo,
  emptyReturns,
  expectClose,
  mixedReturns,
  oneReturn,
  periodicReturns,
} from '../__fixtures__/empyricalFixtures.js'
import { downsideRisk } from './downsideRisk.js'

// Oracle: empyrical tests/test_stats.py test_downside_risk and test_sortino (stefan-jansen/empyrical-reloaded);
// the df_* cases are the columns `one` / `two` of the DataFrame fixtures, computed per column.
describe('downsideRisk (empyrical downside_risk)', () => {
  it('matches the published fixtures', () => {
    expect(downsideRisk(emptyReturns)).toBeNaN()
    expectClose(downsideRisk(oneReturn), 0)
    expectClose(downsideRisk(mixedReturns, { requiredReturn: mixedReturns }), 0)
    expectClose(downsideRisk(mixedReturns), 0.60448325038829653)
    expectClose(downsideRisk(mixedReturns, { requiredReturn: 0.1 }), 1.7161730681956295)
    expectClose(downsideRisk(periodicReturns, { period: 'weekly' }), 0.25888650451930134)
    expectClose(downsideRisk(periodicReturns, { requiredReturn: 0.1, period: 'weekly' }), 0.7733045971672482)
    expectClose(downsideRisk(periodicReturns, { period: 'monthly' }), 0.1243650540411842)
    expectClose(downsideRisk(periodicReturns, { requiredReturn: 0.1, period: 'monthly' }), 0.37148351242013422)
    expectClose(downsideRisk(dfOne), 0.20671788246185202)
    expectClose(downsideRisk(dfTwo), 0.083495680595704475)
    expectClose(downsideRisk(dfOne, { period: 'weekly' }), 0.093902996054410062)
    expectClose(downsideRisk(dfTwo, { period: 'weekly' }), 0.037928477556776516)
    expectClose(downsideRisk(dfOne, { period: 'monthly' }), 0.045109540184877193)
    expectClose(downsideRisk(dfTwo, { period: 'monthly' }), 0.018220251263412916)
  })

  it('worked by hand', () => {
    expectClose(downsideRisk([0.02, -0.01, 0.03, -0.02], { period: 'monthly' }), Math.sqrt(0.0005 / 4) * Math.sqrt(12))
  })
})
