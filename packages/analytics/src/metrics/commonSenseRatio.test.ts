import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { commonSenseRatio } from './commonSenseRatio.js'

// Oracle: values worked by hand from quantstats' definitions (quantstats/stats.py, ranaroussi/quantstats).
describe('commonSenseRatio (quantstats)', () => {
  it('worked by hand: profit factor × |Q95 / Q5|', () => {
    // profit factor (0.01 + 0.02 + 0.03) / 0.03 = 2; Q95 = 0.02 + 0.75·0.01, Q5 = −0.02 + 0.25·0.01
    expectClose(commonSenseRatio([-0.02, -0.01, 0, 0.01, 0.02, 0.03]), 2 * (0.0275 / 0.0175))
    expect(commonSenseRatio([0, 0, 0, 0.01])).toBeNaN() // Q5 = 0
  })
})
