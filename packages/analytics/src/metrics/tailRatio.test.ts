import { describe, expect, it } from 'vitest'
import { emptyReturns, expectClose, mixedReturns, oneReturn } from '../__fixtures__/empyricalFixtures.js'
import { tailRatio } from './tailRatio.js'

// Oracle: empyrical tests/test_stats.py test_tail_ratio (stefan-jansen/empyrical-reloaded), asserted there to
// 1 decimal only: its 0.9473684210526313 (= 7.2 / 7.6) predates the NaN filtering of the current code, which
// gives 7.55 / 7.9 on the 8 valid values (worked below).
describe('tailRatio (empyrical tail_ratio)', () => {
  it('matches the published fixtures', () => {
    expect(tailRatio(emptyReturns)).toBeNaN()
    expectClose(tailRatio(oneReturn), 1)
    expectClose(tailRatio(mixedReturns), 0.9473684210526313, { abs: 0.15 })
  })

  it('worked by hand with numpy linear interpolation', () => {
    // sorted valid mixed returns (%): −10 −4 1 1 2 2 3 10; h95 = 6.65 → 3 + 0.65·7; h5 = 0.35 → −10 + 0.35·6
    expectClose(tailRatio(mixedReturns), (3 + 0.65 * 7) / (10 - 0.35 * 6))
    expectClose(tailRatio([-0.02, -0.01, 0, 0.01, 0.02, 0.03]), 0.0275 / 0.0175)
    expect(tailRatio([Number.NaN])).toBeNaN()
  })
})
