import { describe, expect, it } from 'vitest'
import {
  expectClose,
  mixedReturns,
  negativeReturns,
  oneReturn,
  positiveReturns,
  simpleBenchmark,
} from '../__fixtures__/empyricalFixtures.js'
import { betaFragilityHeuristic } from './betaFragilityHeuristic.js'

// Oracle: the parametrised cases of empyrical tests/test_stats.py `est_beta_fragility_heuristic`
// (stefan-jansen/empyrical-reloaded; the method is not collected by pytest, so each value is also worked by hand).
describe('betaFragilityHeuristic (empyrical beta_fragility_heuristic)', () => {
  it('matches the published cases', () => {
    expect(betaFragilityHeuristic(oneReturn, oneReturn)).toBeNaN()
    // sorted by factor (stable): start = day 0, mid = day 8 (position round(4.5) = 4), end = day 7; w = (0, 1)
    expectClose(betaFragilityHeuristic(positiveReturns, simpleBenchmark), 0)
    // NaN day dropped; start = day 2 (r 10 %), mid = day 1 (position 4, r 1 %), end = day 7; w = (1, 0)
    expectClose(betaFragilityHeuristic(mixedReturns, simpleBenchmark), 0.09)
    // start = day 0 (0 %), mid = day 8 (−5 %), end = day 7 (−8 %); w = (0, 1): −0.08 + 0.05
    expectClose(betaFragilityHeuristic(negativeReturns, simpleBenchmark), -0.03)
  })

  it('worked by hand with distinct factor returns', () => {
    expectClose(
      betaFragilityHeuristic([0.01, 0.03, 0.02, 0.05], [-0.02, -0.01, 0, 0.02]),
      0.5 * 0.01 + 0.5 * 0.05 - 0.02,
    )
    expect(betaFragilityHeuristic([0.01, 0.02], [0.01, 0.02])).toBeNaN()
  })
})
