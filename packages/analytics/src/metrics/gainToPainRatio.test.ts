import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { gainToPainRatio } from './gainToPainRatio.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('gainToPainRatio (quantstats)', () => {
  it('worked by hand', () => {
    expectClose(gainToPainRatio([0.03, -0.01, 0.01, -0.01]), 0.02 / 0.02)
    expectClose(gainToPainRatio([0.05, -0.01, Number.NaN]), 0.04 / 0.01)
    expect(gainToPainRatio([0.01])).toBeNaN()
  })
})
