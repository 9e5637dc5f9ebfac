import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { kellyCriterion } from './kellyCriterion.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('kellyCriterion (quantstats)', () => {
  it('worked by hand: p = 0.5, b = 2 → 0.5 − 0.5 / 2', () => {
    expectClose(kellyCriterion([0.03, -0.01, 0.01, -0.01]), 0.25)
    // p = 1/3, b = 0.01 / 0.02 = 0.5 → 1/3 − (2/3) / 0.5 = −1
    expectClose(kellyCriterion([0.01, -0.02, -0.02]), -1)
    expect(kellyCriterion([0.01])).toBeNaN()
  })
})
