import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { payoffRatio } from './payoffRatio.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('payoffRatio (quantstats)', () => {
  it('worked by hand', () => {
    expectClose(payoffRatio([0.03, -0.01, 0.01, -0.01]), 2)
    expect(payoffRatio([0.03, 0.01])).toBeNaN()
  })
})
