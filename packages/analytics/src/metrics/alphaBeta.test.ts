import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DECIMAL_8,
  emptyReturns,
  expectClose,
  mixedReturns,
  negativeReturns,
  oneReturn,
  positiveReturns,
} from '../__fixtures__/empyricalFixtures.js'
import { alpha, alphaBeta, beta, downAlphaBeta, upAlphaBeta } from './alphaBeta.js'

// Oracle: empyrical tests/test_stats.py test_alpha_beta, test_alpha, test_beta, test_up_alpha_beta,
// test_down_alpha_beta (stefan-jansen/empyrical-reloaded), decimal=8. empyrical aligns pandas Series on dates:
// `negative_returns[1:]` against `mixed_returns` is the factor with its first date missing, i.e. a leading NaN.
const minusMixed = mixedReturns.map((x) => -x)
const negativeShifted = [Number.NaN, ...negativeReturns.slice(1)]

describe('alphaBeta / alpha / beta (empyrical)', () => {
  it('matches the published fixtures', () => {
    const empty = alphaBeta(emptyReturns, emptyReturns)
    expect(empty.alpha).toBeNaN()
    expect(empty.beta).toBeNaN()
    const one = alphaBeta(oneReturn, oneReturn)
    expect(one.alpha).toBeNaN()
    expect(one.beta).toBeNaN()
    const ab = alphaBeta(mixedReturns, negativeShifted)
    expectClose(ab.alpha, -0.9997853834885004, DECIMAL_8)
    expectClose(ab.beta, -0.71296296296296313, DECIMAL_8)
    const same = alphaBeta(mixedReturns, mixedReturns)
    expectClose(same.alpha, 0)
    expectClose(same.beta, 1)
    const inverse = alphaBeta(mixedReturns, minusMixed)
    expectClose(inverse.alpha, 0)
    expectClose(inverse.beta, -1)
    expectClose(alpha(mixedReturns, mixedReturns), 0)
    expectClose(beta(mixedReturns, minusMixed), -1)
  })

  it('matches the published up/down fixtures', () => {
    const up = upAlphaBeta(mixedReturns.slice(1), positiveReturns.slice(1))
    expectClose(up.alpha, 0.432961242076658, DECIMAL_8)
    expectClose(up.beta, 0.4285714285, DECIMAL_8)
    const down = downAlphaBeta(mixedReturns.slice(1), negativeReturns.slice(1))
    expectClose(down.alpha, -0.9997853834885004, DECIMAL_8)
    expectClose(down.beta, -0.71296296296296313, DECIMAL_8)
    expectClose(upAlphaBeta(mixedReturns, minusMixed).beta, -1)
    expect(downAlphaBeta(oneReturn, oneReturn).beta).toBeNaN()
  })

  it('worked by hand: r = 2f + 0.01 gives β = 2 and a daily alpha of 1 %', () => {
    const f = [0.01, -0.01, 0.02]
    const r = f.map((x) => 2 * x + 0.01)
    expectClose(beta(r, f), 2)
    expectClose(alpha(r, f, { annualization: 1 }), 0.01, { rel: 1e-9, abs: 1e-15 })
    expectClose(alpha(r, f), 1.01 ** 252 - 1, { rel: 1e-9 })
    // risk-free 0.5 % per period: alpha series (r − rf) − 2(f − rf) = 0.015
    expectClose(alpha(r, f, { annualization: 1, riskFree: 0.005 }), 0.015)
  })

  it('property: beta(k·f + c, f) = k (a translation of the returns leaves beta unchanged)', () => {
    const arb = fc.array(
      fc.integer({ min: -500, max: 500 }).map((x) => x / 10_000),
      { minLength: 3, maxLength: 40 },
    )
    const kArb = fc.integer({ min: -30, max: 30 }).map((x) => x / 10)
    const cArb = fc.integer({ min: -100, max: 100 }).map((x) => x / 10_000)
    fc.assert(
      fc.property(arb, kArb, cArb, (f, k, c) => {
        fc.pre(new Set(f).size > 1)
        const b = beta(
          f.map((x) => k * x + c),
          f,
        )
        return Math.abs(b - k) <= 1e-9 * Math.max(1, Math.abs(k))
      }),
    )
  })

  it('skips incomplete pairs and rejects mismatched lengths', () => {
    expectClose(beta([0.02, Number.NaN, -0.02, 0.04], [0.01, 0.5, -0.01, 0.02]), 2)
    expect(() => beta([0.1, 0.2], [0.1])).toThrowError(/factorReturns/)
    expect(() => alphaBeta([0.1, 0.2], [0.1, 0.2], { riskFree: [0.1] })).toThrowError(/riskFree/)
  })
})
