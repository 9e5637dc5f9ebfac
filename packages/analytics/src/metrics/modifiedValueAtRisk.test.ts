import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { modifiedValueAtRisk } from './modifiedValueAtRisk.js'

// Oracle: the Cornish-Fisher expansion of PerformanceAnalytics VaR.CornishFisher (R/VaR.R, braverock/
// PerformanceAnalytics) worked by hand below on small samples, with the published normal quantile
// Φ⁻¹(0.05) = −1.6448536269514722.
const Z5 = -1.6448536269514722

function cornishFisherByHand(x: number[], z: number): number {
  const n = x.length
  const mean = x.reduce((s, v) => s + v, 0) / n
  const m = (k: number) => x.reduce((s, v) => s + (v - mean) ** k, 0) / n
  const s = m(3) / m(2) ** 1.5
  const k = m(4) / m(2) ** 2 - 3
  const h = z + ((z ** 2 - 1) * s) / 6 + ((z ** 3 - 3 * z) * k) / 24 - ((2 * z ** 3 - 5 * z) * s ** 2) / 36
  return mean + h * Math.sqrt(m(2))
}

describe('modifiedValueAtRisk (PerformanceAnalytics VaR, method "modified")', () => {
  it('worked by hand', () => {
    // symmetric two-point sample: S = 0, K = −2, h = z − (z³ − 3z)/12
    const h = Z5 - (Z5 ** 3 - 3 * Z5) / 12
    expectClose(modifiedValueAtRisk([0.01, -0.01, 0.01, -0.01]), h * 0.01, { rel: 1e-12 })
    const skewed = [0.02, 0.01, -0.05, 0.015, -0.01, 0.03, -0.02, 0.005]
    expectClose(modifiedValueAtRisk(skewed), cornishFisherByHand(skewed, Z5), { rel: 1e-12 })
    expectClose(modifiedValueAtRisk([...skewed, Number.NaN]), cornishFisherByHand(skewed, Z5), { rel: 1e-12 })
  })

  it("applies PerformanceAnalytics' sanity checks", () => {
    expect(modifiedValueAtRisk([0.05, 0.06, 0.07])).toBeNaN() // positive quantile: "inverse risk"
    expect(modifiedValueAtRisk([-2, -3, -2.5])).toBe(-1) // loss beyond 100 %
    expect(modifiedValueAtRisk([0.01, 0.01])).toBeNaN()
    expect(modifiedValueAtRisk([])).toBeNaN()
    expect(() => modifiedValueAtRisk([0.01], { cutoff: 1 })).toThrowError(/cutoff/)
  })
})
