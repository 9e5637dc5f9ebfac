import { describe, expect, it } from 'vitest'
import { emptyReturns, expectClose, flatLine1000, mixedReturns, oneReturn } from '../__fixtures__/empyricalFixtures.js'
import { stabilityOfTimeseries } from './stabilityOfTimeseries.js'

// Oracle: empyrical tests/test_stats.py test_stability_of_timeseries (stefan-jansen/empyrical-reloaded)
describe('stabilityOfTimeseries (empyrical stability_of_timeseries)', () => {
  it('matches the published fixtures', () => {
    expect(stabilityOfTimeseries(emptyReturns)).toBeNaN()
    expect(stabilityOfTimeseries(oneReturn)).toBeNaN()
    expectClose(stabilityOfTimeseries(mixedReturns), 0.1529973665111273)
    expectClose(stabilityOfTimeseries(flatLine1000), 1)
  })

  it('worked by hand: three points (0, a), (1, a+b), (2, a+b+c) of the cumulative log curve', () => {
    const y = [Math.log(1.1), Math.log(1.1) + Math.log(0.9), Math.log(1.1) + Math.log(0.9) + Math.log(1.3)]
    const my = (y[0]! + y[1]! + y[2]!) / 3
    const sxy = -1 * (y[0]! - my) + 1 * (y[2]! - my)
    const syy = y.reduce((s, v) => s + (v - my) ** 2, 0)
    expectClose(stabilityOfTimeseries([0.1, -0.1, 0.3]), (sxy * sxy) / (2 * syy))
    expect(stabilityOfTimeseries([0, 0, 0])).toBe(0)
  })
})
