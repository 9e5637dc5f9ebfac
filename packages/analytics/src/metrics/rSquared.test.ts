import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { rSquared } from './rSquared.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('rSquared (quantstats)', () => {
  it('worked by hand', () => {
    expectClose(rSquared([0.02, -0.02, 0.04], [0.01, -0.01, 0.02]), 1)
    // x = (1, 2, 3), y = (1, 3, 2): Σdxdy = 1, Σdx² = 2, Σdy² = 2 → r = 0.5
    expectClose(rSquared([1, 2, 3], [1, 3, 2]), 0.25)
    expectClose(rSquared([1, 2, Number.NaN, 3], [1, 3, 7, 2]), 0.25)
    expect(rSquared([0.01], [0.02])).toBeNaN()
  })
})
