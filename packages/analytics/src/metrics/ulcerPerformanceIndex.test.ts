import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { ulcerPerformanceIndex } from './ulcerPerformanceIndex.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('ulcerPerformanceIndex (quantstats)', () => {
  it('worked by hand', () => {
    const ui = Math.sqrt(((0.99 / 1.1 - 1) ** 2 + (1.089 / 1.1 - 1) ** 2) / 2)
    expectClose(ulcerPerformanceIndex([0.1, -0.1, 0.1]), (1.1 * 0.9 * 1.1 - 1) / ui)
    expect(ulcerPerformanceIndex([0.01, 0.02])).toBeNaN()
  })
})
