import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { consecutiveLosses, consecutiveWins } from './consecutiveWins.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('consecutiveWins (quantstats)', () => {
  it('worked by hand', () => {
    expect(consecutiveWins([0.01, 0.02, -0.01, 0.01, 0.01, 0.03])).toBe(3)
    expect(consecutiveWins([0.01, Number.NaN, 0.01])).toBe(1)
    expect(consecutiveLosses([0.01, -0.02, -0.01, 0, -0.01])).toBe(2)
    expect(consecutiveLosses([0.01])).toBe(0)
    expect(consecutiveWins([])).toBeNaN()
    expectClose(consecutiveWins([0.01]), 1)
  })
})
