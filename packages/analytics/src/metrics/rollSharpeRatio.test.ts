import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyReturns, expectAllClose, mixedReturns, negativeReturns } from '../__fixtures__/empyricalFixtures.js'
import { close, returnsArb } from '../__fixtures__/rollingTestSupport.js'
import { rollSharpeRatio } from './rollSharpeRatio.js'
import { sharpeRatio } from './sharpeRatio.js'

// Oracle: empyrical tests/test_stats.py test_roll_sharpe_ratio (stefan-jansen/empyrical-reloaded), decimal=8
describe('rollSharpeRatio (empyrical roll_sharpe_ratio)', () => {
  it('matches the published fixtures', () => {
    expect(rollSharpeRatio(emptyReturns, { window: 6 })).toEqual(new Float64Array(0))
    const dec8 = { abs: 1.5e-8 }
    expectAllClose(
      rollSharpeRatio(negativeReturns, { window: 6 }),
      [-18.09162052, -26.79897486, -26.69138263, -25.72298838],
      dec8,
    )
    expectAllClose(rollSharpeRatio(mixedReturns, { window: 6 }), [7.57445259, 8.22784105, 8.22784105, -3.1374751], dec8)
  })

  it('worked by hand, including flat windows', () => {
    expectAllClose(rollSharpeRatio([0.01, 0.02, 0.03, 0.05], { window: 3, annualization: 1 }), [
      2,
      0.1 / 3 / Math.sqrt(7 / 3 / 1e4),
    ])
    const flat = rollSharpeRatio([0.01, 0.01, 0, 0], { window: 2 })
    expect(Array.from(flat)).toEqual([Number.POSITIVE_INFINITY, expect.any(Number), Number.NaN])
  })

  it('property: equals sharpeRatio of every window, with and without a risk-free rate', () => {
    fc.assert(
      fc.property(returnsArb, fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 0.001), (r, window, riskFree) => {
        const rolled = rollSharpeRatio(r, { window, riskFree })
        return Array.from(rolled).every((v, i) => close(v, sharpeRatio(r.slice(i, i + window), { riskFree }), 1e-8))
      }),
    )
  })
})
