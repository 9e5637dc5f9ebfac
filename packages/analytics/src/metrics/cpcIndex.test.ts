import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { cpcIndex } from './cpcIndex.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('cpcIndex (quantstats)', () => {
  it('worked by hand: 2 × 0.5 × 2', () => {
    expectClose(cpcIndex([0.03, -0.01, 0.01, -0.01]), 2)
    expect(cpcIndex([0.01])).toBeNaN()
  })
})
