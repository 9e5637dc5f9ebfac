import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { winRate } from './winRate.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('winRate (quantstats)', () => {
  it('worked by hand', () => {
    expectClose(winRate([0.01, -0.02, 0, 0.03]), 2 / 3)
    expectClose(winRate([0.01, Number.NaN, -0.01]), 0.5) // NaN dropped, not counted as non-zero
    expect(winRate([0, 0])).toBe(0)
    expect(winRate([])).toBe(0)
  })
})
