import { describe, expect, it } from 'vitest'
import { expectAllClose, flatLine1, posLine } from '../__fixtures__/empyricalFixtures.js'
import { simpleReturns } from './simpleReturns.js'

// Oracle: empyrical tests/test_stats.py test_simple_returns (stefan-jansen/empyrical-reloaded): constant prices
// give zero returns, the prices linspace(0, 1, 1000) give [inf, 1/1, 1/2, …, 1/998].
describe('simpleReturns (empyrical simple_returns)', () => {
  it('matches the published fixtures', () => {
    expectAllClose(simpleReturns(flatLine1), new Array(8).fill(0))
    const r = simpleReturns(posLine)
    expect(r[0]).toBe(Number.POSITIVE_INFINITY)
    expectAllClose(
      r.subarray(1),
      Array.from({ length: 998 }, (_, i) => 1 / (i + 1)),
      { abs: 1.5e-4 },
    )
  })

  it('worked by hand and edge cases', () => {
    expectAllClose(simpleReturns([100, 110, 99]), [0.1, -0.1])
    expect(simpleReturns([100])).toEqual(new Float64Array(0))
    expect(Array.from(simpleReturns([100, Number.NaN, 100]))).toEqual([Number.NaN, Number.NaN])
  })
})
