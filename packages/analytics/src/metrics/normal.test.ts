import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectClose } from '../__fixtures__/empyricalFixtures.js'
import { normalPdf, normalQuantile } from './normal.js'

// Oracle: the standard normal quantiles tabulated in Wikipedia's "Normal distribution" (section "Quantile
// function", values of R's qnorm): z for p = 0.8 … 0.9999, and Φ⁻¹(0.05) used by quantstats' VaR tests.
describe('normalQuantile (Wichura AS 241)', () => {
  it('matches the published quantiles', () => {
    const table: [number, number][] = [
      [0.8, 0.841621233572914],
      [0.9, 1.281551565544601],
      [0.95, 1.644853626951472],
      [0.98, 2.053748910631823],
      [0.99, 2.326347874040841],
      [0.995, 2.575829303548901],
      [0.998, 2.878161739095476],
      [0.999, 3.090232306167814],
      [0.9999, 3.719016485455709],
    ]
    // the lower tail is given exactly (0.2, 0.1, …, 1e-6); `1 − p` in the upper tail carries p's rounding
    const lower = [0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 1e-4]
    table.forEach(([p, z], i) => {
      expectClose(normalQuantile(lower[i]!), -z, { rel: 1e-14 })
      expectClose(normalQuantile(p), z, { rel: 1e-10 })
    })
    expect(normalQuantile(0.5)).toBe(0)
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY)
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY)
    expect(normalQuantile(1.5)).toBeNaN()
  })

  it('property: symmetric, increasing, and the density integrates back (dΦ⁻¹/dp = 1/φ)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 0.5, noNaN: true }), (p) => {
        const z = normalQuantile(p)
        const h = p * 1e-5
        const slope = (normalQuantile(p + h) - normalQuantile(p - h)) / (2 * h)
        return (
          (p < 1e-3 || Math.abs(z + normalQuantile(1 - p)) <= 1e-9 * Math.max(1, Math.abs(z))) &&
          normalQuantile(p * 0.9) < z &&
          Math.abs(slope * normalPdf(z) - 1) < 1e-4
        )
      }),
    )
  })
})
