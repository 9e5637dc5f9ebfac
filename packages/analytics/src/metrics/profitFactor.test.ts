import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { profitFactor } from './profitFactor.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('profitFactor (quantstats)', () => {
  it('worked by hand and edge cases', () => {
    expectClose(profitFactor([0.03, -0.01, 0.01, -0.01, Number.NaN]), 2)
    expect(profitFactor([0.01, 0.02])).toBe(Number.POSITIVE_INFINITY)
    expect(profitFactor([])).toBe(0)
  })
})
