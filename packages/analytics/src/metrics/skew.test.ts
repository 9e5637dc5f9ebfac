import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { baconMonthly, reference, tinySample } from '../__fixtures__/quantstatsFixtures.js'
import { skew } from './skew.js'

// Oracles: scipy's own tests (scipy/stats/tests/test_stats.py, TestMoments): the MathWorks sample
// [1.165, 0.6268, 0.0751, 0.3516, -0.6965] has skew −0.29322304336607 and Pearson kurtosis 2.1658856802973 (10
// significant digits), [1, 2, 3, 4] has Pearson kurtosis 1.64; and quantstats' reference_values.json, whose
// adjusted G1 / G2 convert to the biased g1 / g2 by g1 = G1·(n−2)/√(n(n−1)) and
// g2 = (G2·(n−2)(n−3)/(n−1) − 6)/(n+1).
const mathworks = [1.165, 0.6268, 0.0751, 0.3516, -0.6965]
const fromG1 = (g: number, n: number) => (g * (n - 2)) / Math.sqrt(n * (n - 1))

describe('skew (scipy.stats.skew, bias=True)', () => {
  it('matches the published values', () => {
    expectClose(skew(mathworks), -0.29322304336607, { rel: 1e-10 })
    expectClose(skew([1, 2, 3, 4]), 0)
    expectClose(skew(baconMonthly), fromG1(reference.skewnessAdjusted.bacon, 24))
    expectClose(skew(tinySample), fromG1(reference.skewnessAdjusted.tiny, 7))
  })

  it('edge cases as scipy: NaN propagates, zero variance and empty input are NaN', () => {
    expect(skew([0, 1, 2, 3, 4, 5, 6, 7, 8, Number.NaN])).toBeNaN()
    expect(skew([0.01, 0.01, 0.01])).toBeNaN()
    expect(skew([])).toBeNaN()
  })
})
