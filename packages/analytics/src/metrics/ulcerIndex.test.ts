import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { ulcerIndex } from './ulcerIndex.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('ulcerIndex (quantstats)', () => {
  it('worked by hand: drawdowns 0, −0.1, −0.01 over n − 1 = 2', () => {
    expectClose(ulcerIndex([0.1, -0.1, 0.1]), Math.sqrt(((0.99 / 1.1 - 1) ** 2 + (1.089 / 1.1 - 1) ** 2) / 2))
    // the starting value counts as a peak: a first-day loss is a drawdown
    expectClose(ulcerIndex([-0.1, 0]), Math.sqrt(0.02 / 1))
    expect(ulcerIndex([])).toBeNaN()
  })
})
