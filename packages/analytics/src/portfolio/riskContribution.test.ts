import { isAitradeError } from '@aitrade/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { riskContribution } from './riskContribution.js'

function expectError(fn: () => unknown, msg: RegExp) {
  let err: unknown
  try {
    fn()
  } catch (e) {
    err = e
  }
  expect(isAitradeError(err) && err.code === 'INVALID_ARGUMENT').toBe(true)
  expect((err as Error).message).toMatch(msg)
}

describe('riskContribution (Euler allocation, hand-worked)', () => {
  it('uncorrelated assets: 80/20 split of 0.5/0.5 weights with variances 0.04 and 0.01', () => {
    const r = riskContribution(
      [0.5, 0.5],
      [
        [0.04, 0],
        [0, 0.01],
      ],
    )
    expect(r.portfolioVolatility).toBeCloseTo(Math.sqrt(0.0125), 15)
    expect(r.fractions[0]).toBeCloseTo(0.8, 14)
    expect(r.fractions[1]).toBeCloseTo(0.2, 14)
  })

  it('correlated assets: w = (0.6, 0.4), σ = (0.2, 0.1), ρ = 0.5', () => {
    // Σ = [[0.04, 0.01], [0.01, 0.01]], Σw = (0.028, 0.010), wᵀΣw = 0.0208
    const r = riskContribution(
      [0.6, 0.4],
      [
        [0.04, 0.01],
        [0.01, 0.01],
      ],
    )
    const vol = Math.sqrt(0.0208)
    expect(r.portfolioVolatility).toBeCloseTo(vol, 15)
    expect(r.contributions[0]).toBeCloseTo(0.0168 / vol, 14)
    expect(r.contributions[1]).toBeCloseTo(0.004 / vol, 14)
  })

  it('contributions always sum to the portfolio volatility (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 0.5, noNaN: true })),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.double({ min: -0.2, max: 0.9, noNaN: true }),
        (assets, rho) => {
          const w = assets.map((a) => a[0])
          const s = assets.map((a) => a[1])
          const cov = s.map((si, i) => s.map((sj, j) => (i === j ? si * si : si * sj * rho)))
          const r = riskContribution(w, cov)
          const sum = r.contributions.reduce((a, b) => a + b, 0)
          expect(Math.abs(sum - r.portfolioVolatility)).toBeLessThanOrEqual(1e-12)
        },
      ),
    )
  })

  it('rejects bad shapes, asymmetry and non-PSD matrices', () => {
    expectError(() => riskContribution([], []), /weights/)
    expectError(() => riskContribution([1, 2], [[1, 0]]), /2 rows/)
    expectError(
      () =>
        riskContribution(
          [1, 1],
          [
            [1, 0.5],
            [0.2, 1],
          ],
        ),
      /symmetric/,
    )
    expectError(
      () =>
        riskContribution(
          [1, 1],
          [
            [1, Number.NaN],
            [Number.NaN, 1],
          ],
        ),
      /not finite/,
    )
    expectError(
      () =>
        riskContribution(
          [1, 1],
          [
            [0, 1],
            [1, 0],
          ].map((r) => r.map((x) => -x)),
        ),
      /semi-definite/,
    )
  })
})
