import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fastExpm1 } from './fastExpm1.js'

/** Distance from `a` to `b` in units in the last place of `b`. */
function ulps(a: number, b: number): number {
  if (a === b) return 0
  return Math.abs(a - b) / 2 ** (Math.floor(Math.log2(Math.abs(b))) - 52)
}

// Oracle: Math.expm1 (V8's port of fdlibm s_expm1.c, error < 1 ulp) and values worked by hand.
describe('fastExpm1', () => {
  it('agrees with Math.expm1 within 2 ulp over the fast range and at the table boundaries', () => {
    const step = Math.LN2 / 32
    const xs = [1e-15, 2 ** -53, 0.5 * step, step, 1.5 * step, 0.1, 0.5, 1, 2, 10, 39.99]
    for (let j = -1280; j <= 1280; j++) xs.push(j * step * 0.5, j * step * 0.5 + 1e-9)
    for (const x of xs) {
      expect(ulps(fastExpm1(x), Math.expm1(x))).toBeLessThanOrEqual(2)
      expect(ulps(fastExpm1(-x), Math.expm1(-x))).toBeLessThanOrEqual(2)
    }
  })

  it('gives the exact values worked by hand and the IEEE special cases', () => {
    expect(ulps(fastExpm1(Math.LN2), 1)).toBeLessThanOrEqual(2) // e^ln2 − 1 = 1
    expect(ulps(fastExpm1(-Math.LN2), -0.5)).toBeLessThanOrEqual(2)
    expect(ulps(fastExpm1(10 * Math.LN2), 1023)).toBeLessThanOrEqual(2)
    expect(Object.is(fastExpm1(0), 0)).toBe(true)
    expect(Object.is(fastExpm1(-0), -0)).toBe(true)
    expect(fastExpm1(1e-300)).toBe(1e-300)
    expect(fastExpm1(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY)
    expect(fastExpm1(Number.NEGATIVE_INFINITY)).toBe(-1)
    expect(fastExpm1(Number.NaN)).toBeNaN()
    expect(fastExpm1(800)).toBe(Number.POSITIVE_INFINITY)
    expect(fastExpm1(-800)).toBe(-1)
  })

  it('property: within 2 ulp of Math.expm1 for any double', () => {
    const wide = fc.double({ min: -60, max: 60, noNaN: true })
    const small = fc.double({ min: -0.05, max: 0.05, noNaN: true })
    fc.assert(
      fc.property(fc.oneof(wide, small), (x) => ulps(fastExpm1(x), Math.expm1(x)) <= 2),
      { numRuns: 20_000 },
    )
  })
})
