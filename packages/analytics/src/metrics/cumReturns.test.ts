import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  emptyReturns,
  expectAllClose,
  expectClose,
  mixedReturns,
  negativeReturns,
  oneReturn,
} from '../__fixtures__/empyricalFixtures.js'
import { cumReturns, cumReturnsFinal } from './cumReturns.js'

// Oracle: empyrical's test suite, tests/test_stats.py (test_cum_returns, test_cum_returns_final) of
// stefan-jansen/empyrical-reloaded; values published with 4-5 decimals (assert_almost_equal(decimal=4)).
const DEC4 = { abs: 1.5e-4 }

describe('cumReturns (empyrical cum_returns)', () => {
  it('matches the published fixtures', () => {
    expect(cumReturns(emptyReturns)).toEqual(new Float64Array(0))
    expectAllClose(
      cumReturns(mixedReturns),
      [0.0, 0.01, 0.111, 0.066559, 0.08789, 0.12052, 0.14293, 0.15436, 0.03893],
      DEC4,
    )
    expectAllClose(
      cumReturns(mixedReturns, { startingValue: 100 }),
      [100.0, 101.0, 111.1, 106.65599, 108.78912, 112.05279, 114.29384, 115.43678, 103.8931],
      DEC4,
    )
    expectAllClose(
      cumReturns(negativeReturns),
      [0.0, -0.06, -0.1258, -0.13454, -0.21243, -0.22818, -0.27449, -0.33253, -0.3659],
      DEC4,
    )
  })

  it('compounds exactly (worked by hand)', () => {
    // 1.01 · 1.10 · 0.96 · 1.02 · 1.03 · 1.02 · 1.01 · 0.90 − 1, NaN counted as 0
    const expected = 1.01 * 1.1 * 0.96 * 1.02 * 1.03 * 1.02 * 1.01 * 0.9 - 1
    expectClose(cumReturns(mixedReturns)[8]!, expected)
    expectClose(cumReturns([0.5, -0.5], { startingValue: 10 })[1]!, 7.5)
  })

  it('rejects bad input with typed errors', () => {
    expect(() => cumReturns([0.1, '0.2' as unknown as number])).toThrowError(/returns\[1\]/)
    expect(() => cumReturns(null as unknown as number[])).toThrowError(/"returns"/)
    expect(() => cumReturns([0.1], { startingValue: Number.NaN })).toThrowError(/startingValue/)
  })
})

describe('cumReturnsFinal (empyrical cum_returns_final)', () => {
  it('matches the published fixtures', () => {
    expect(cumReturnsFinal(emptyReturns)).toBeNaN()
    expectClose(cumReturnsFinal(oneReturn), 0.01)
    expectClose(cumReturnsFinal(mixedReturns), 0.03893, DEC4)
    expectClose(cumReturnsFinal(mixedReturns, { startingValue: 100 }), 103.8931, DEC4)
    expectClose(cumReturnsFinal(negativeReturns), -0.3659, DEC4)
  })

  it('property: the total return of a concatenation is the product of the parts', () => {
    const returnsArb = fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { maxLength: 50 })
    fc.assert(
      fc.property(returnsArb, returnsArb, (a, b) => {
        const whole = cumReturnsFinal([...a, ...b])
        const parts = (a.length ? 1 + cumReturnsFinal(a) : 1) * (b.length ? 1 + cumReturnsFinal(b) : 1) - 1
        if (a.length + b.length === 0) return Number.isNaN(whole)
        return Math.abs(whole - parts) <= 1e-9 * Math.max(1, Math.abs(parts))
      }),
    )
  })

  it('equals the last element of cumReturns', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -0.9, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }), (r) => {
        const c = cumReturns(r)
        return Math.abs(c[c.length - 1]! - cumReturnsFinal(r)) <= 1e-12 * Math.max(1, Math.abs(c[c.length - 1]!))
      }),
    )
  })
})
