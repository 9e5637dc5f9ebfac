import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { treynorRatio } from './treynorRatio.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('treynorRatio (quantstats)', () => {
  it('worked by hand: total return over beta', () => {
    expectClose(treynorRatio([0.02, -0.02, 0.04], [0.01, -0.01, 0.02]), (1.02 * 0.98 * 1.04 - 1) / 2)
    expect(treynorRatio([0.02, 0.03], [0.01, 0.01])).toBe(0) // constant benchmark: beta undefined → 0
  })
})
