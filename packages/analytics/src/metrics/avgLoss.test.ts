import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { avgLoss } from './avgLoss.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('avgLoss (quantstats)', () => {
  it('worked by hand', () => {
    expectClose(avgLoss([0.01, -0.02, -0.04, Number.NaN]), -0.03)
    expect(avgLoss([0.01, 0])).toBeNaN()
  })
})
