import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { exposure } from './exposure.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('exposure (quantstats)', () => {
  it('worked by hand, rounding up to a whole percent', () => {
    expect(exposure([0.01, 0, 0.02, 0, 0.03])).toBe(0.6)
    expect(exposure([0.01, 0, 0])).toBe(0.34) // 33.3 % → 34 %
    expect(exposure([0.01, Number.NaN])).toBe(1)
    expect(exposure([])).toBe(0)
    expectClose(exposure([0, 0]), 0)
  })
})
