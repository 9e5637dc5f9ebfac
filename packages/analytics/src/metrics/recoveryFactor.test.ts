import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { recoveryFactor } from './recoveryFactor.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('recoveryFactor (quantstats)', () => {
  it('worked by hand: arithmetic sum over the compounded drawdown', () => {
    expectClose(recoveryFactor([0.1, -0.1, 0.1]), 0.1 / 0.1)
    expectClose(recoveryFactor([-0.2, 0.05]), 0.15 / 0.2)
    expect(recoveryFactor([0.01, 0.02])).toBeNaN()
  })
})
