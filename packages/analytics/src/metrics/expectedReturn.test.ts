import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { expectedReturn } from './expectedReturn.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('expectedReturn (quantstats)', () => {
  it('worked by hand: geometric mean over the observed periods', () => {
    expectClose(expectedReturn([0.21, 0]), 0.1)
    expectClose(expectedReturn([0.21, Number.NaN]), 0.21)
    expect(expectedReturn([])).toBeNaN()
  })
})
