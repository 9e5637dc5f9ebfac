import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fastLog1p } from './fastLog1p.js'

/** Distance from `a` to `b` in units in the last place of `b`. */
function ulps(a: number, b: number): number {
  if (a === b) return 0
  return Math.abs(a - b) / 2 ** (Math.floor(Math.log2(Math.abs(b))) - 52)
}

// Oracle: Math.log1p (V8's port of fdlibm s_log1p.c, error < 1 ulp) and values worked by hand.
describe('fastLog1p', () => {
  it('agrees with Math.log1p within 1 ulp on a grid of returns and at the switch to Math.log1p', () => {
    for (let k = -1000; k <= 1000; k++) {
      const x = k / 10_000
      expect(ulps(fastLog1p(x), Math.log1p(x))).toBeLessThanOrEqual(1)
    }
    for (const x of [1 / 16, -1 / 16, 1 / 16 - 2 ** -56, -1 / 16 + 2 ** -56, 1e-10, -1e-10, 2 ** -30, 0.5, -0.5, 7])
      expect(ulps(fastLog1p(x), Math.log1p(x))).toBeLessThanOrEqual(1)
  })

  it('gives the values worked by hand and the IEEE special cases', () => {
    expect(fastLog1p(Math.E - 1)).toBeCloseTo(1, 15) // ln e
    expect(Object.is(fastLog1p(0), 0)).toBe(true)
    expect(Object.is(fastLog1p(-0), -0)).toBe(true)
    expect(fastLog1p(1e-300)).toBe(1e-300)
    expect(fastLog1p(-1)).toBe(Number.NEGATIVE_INFINITY)
    expect(fastLog1p(-2)).toBeNaN()
    expect(fastLog1p(Number.NaN)).toBeNaN()
    expect(fastLog1p(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY)
  })

  it('property: within 1 ulp of Math.log1p', () => {
    const small = fc.double({ min: -0.0625, max: 0.0625, noNaN: true })
    const wide = fc.double({ min: -0.999, max: 1e6, noNaN: true })
    fc.assert(
      fc.property(fc.oneof(small, wide), (x) => ulps(fastLog1p(x), Math.log1p(x)) <= 1),
      { numRuns: 20_000 },
    )
  })
})
