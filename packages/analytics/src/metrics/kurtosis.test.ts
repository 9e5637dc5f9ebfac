import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { baconMonthly, reference, tinySample } from '../__fixtures__/quantstatsFixtures.js'
import { kurtosis } from './kurtosis.js'

// Oracles: scipy's own tests (scipy/stats/tests/test_stats.py, TestMoments): the MathWorks sample
// [1.165, 0.6268, 0.0751, 0.3516, -0.6965] has skew −0.29322304336607 and Pearson kurtosis 2.1658856802973 (10
// significant digits), [1, 2, 3, 4] has Pearson kurtosis 1.64; and quantstats' reference_values.json, whose
// adjusted G1 / G2 convert to the biased g1 / g2 by g1 = G1·(n−2)/√(n(n−1)) and
// g2 = (G2·(n−2)(n−3)/(n−1) − 6)/(n+1).
const mathworks = [1.165, 0.6268, 0.0751, 0.3516, -0.6965]
const fromG2 = (g: number, n: number) => ((g * (n - 2) * (n - 3)) / (n - 1) - 6) / (n + 1)

describe('kurtosis (scipy.stats.kurtosis, fisher=True, bias=True)', () => {
  it('matches the published values', () => {
    expectClose(kurtosis(mathworks), 2.1658856802973 - 3, { rel: 1e-10 })
    expectClose(kurtosis([1, 2, 3, 4]), 1.64 - 3)
    expectClose(kurtosis(baconMonthly), fromG2(reference.kurtosisAdjusted.bacon, 24))
    expectClose(kurtosis(tinySample), fromG2(reference.kurtosisAdjusted.tiny, 7))
  })

  it('edge cases as scipy', () => {
    expect(kurtosis([0, 1, Number.NaN])).toBeNaN()
    expect(kurtosis([0.02])).toBeNaN()
  })
})
