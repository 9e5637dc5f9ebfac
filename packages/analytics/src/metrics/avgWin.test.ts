import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { avgWin } from './avgWin.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('avgWin (quantstats)', () => {
  it('worked by hand', () => {
    expectClose(avgWin([0.01, -0.02, 0.03, Number.NaN]), 0.02)
    expect(avgWin([-0.01, 0])).toBeNaN()
  })
})
