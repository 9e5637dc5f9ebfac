import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { avgReturn } from './avgReturn.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('avgReturn (quantstats)', () => {
  it('worked by hand: zeros and NaN are left out', () => {
    expectClose(avgReturn([0.01, 0, -0.02, 0.04, Number.NaN]), 0.01)
    expect(avgReturn([0, 0])).toBeNaN()
  })
})
