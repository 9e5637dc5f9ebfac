import { describe, expect, it } from 'vitest'
import {
  emptyReturns,
  expectClose,
  flatLine1,
  mixedReturns,
  oneReturn,
  posLine,
} from '../__fixtures__/empyricalFixtures.js'
import { excessSharpe } from './excessSharpe.js'

// Oracle: empyrical tests/test_stats.py test_excess_sharpe (stefan-jansen/empyrical-reloaded)
describe('excessSharpe (empyrical excess_sharpe)', () => {
  it('matches the published fixtures', () => {
    expect(excessSharpe(emptyReturns, 0)).toBeNaN()
    expect(excessSharpe(oneReturn, 0)).toBeNaN()
    expect(excessSharpe(posLine, posLine)).toBeNaN()
    expectClose(excessSharpe(mixedReturns, 0), 0.10859306069076737)
    expectClose(excessSharpe(mixedReturns, flatLine1), -0.06515583641446039)
  })

  it('worked by hand and errors', () => {
    expectClose(excessSharpe([0.02, 0.01, 0.03], 0.01), 1)
    expect(excessSharpe([0.02, Number.NaN], 0.01)).toBe(Number.POSITIVE_INFINITY) // undefined tracking error → 0
    expect(() => excessSharpe([0.1, 0.2], [0.1])).toThrowError(/factorReturns/)
    expect(() => excessSharpe([0.1, 0.2], Number.NaN)).toThrowError(/factorReturns/)
  })
})
