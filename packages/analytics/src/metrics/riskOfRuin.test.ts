import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { riskOfRuin } from './riskOfRuin.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('riskOfRuin (quantstats)', () => {
  it('worked by hand', () => {
    expectClose(riskOfRuin([0.01, -0.01]), 1 / 9)
    expectClose(riskOfRuin([0.01, 0.01, -0.01, Number.NaN]), ((1 - 2 / 3) / (1 + 2 / 3)) ** 3)
    expect(riskOfRuin([])).toBe(1)
  })
})
