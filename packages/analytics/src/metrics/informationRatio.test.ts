import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { informationRatio } from './informationRatio.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('informationRatio (quantstats)', () => {
  it('worked by hand', () => {
    expectClose(informationRatio([0.03, 0.02, 0.04], [0.01, 0.01, 0.01]), 2)
    expect(informationRatio([0.5, 0.75], [0.25, 0.5])).toBe(0) // zero tracking error
    expect(informationRatio([0.02], [0.01])).toBeNaN()
    expect(() => informationRatio([0.02], [])).toThrowError(/benchmark/)
  })
})
