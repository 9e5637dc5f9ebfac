import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  emptyReturns,
  expectAllClose,
  mixedReturns,
  negativeReturns,
  oneReturn,
} from '../__fixtures__/empyricalFixtures.js'
import { close, returnsArb } from '../__fixtures__/rollingTestSupport.js'
import { alphaBeta } from './alphaBeta.js'
import { rollAlphaBeta, rollBeta } from './rollAlphaBeta.js'

// Oracle: empyrical tests/test_stats.py test_roll_alpha_beta (stefan-jansen/empyrical-reloaded), decimal=8
describe('rollAlphaBeta / rollBeta (empyrical roll_alpha_beta, roll_beta)', () => {
  it('matches the published fixtures', () => {
    const dec8 = { abs: 1.5e-8 }
    const r = rollAlphaBeta(mixedReturns, negativeReturns, { window: 6 })
    expectAllClose(r.alpha, [-0.97854954, -0.9828927, -0.93166924, -0.99967288], dec8)
    expectAllClose(r.beta, [-0.7826087, -0.76156584, -0.61682243, -0.41311475], dec8)
    const same = rollAlphaBeta(mixedReturns, mixedReturns, { window: 6 })
    expectAllClose(same.alpha, [0, 0, 0, 0])
    expectAllClose(same.beta, [1, 1, 1, 1])
    const inverse = rollAlphaBeta(
      mixedReturns,
      mixedReturns.map((x) => -x),
      { window: 6 },
    )
    expectAllClose(inverse.alpha, [0, 0, 0, 0])
    expectAllClose(inverse.beta, [-1, -1, -1, -1])
    const one = rollAlphaBeta(oneReturn, oneReturn, { window: 1 })
    expect(Array.from(one.alpha)).toEqual([Number.NaN])
    expect(Array.from(one.beta)).toEqual([Number.NaN])
    expect(rollBeta(emptyReturns, emptyReturns, { window: 1 })).toEqual(new Float64Array(0))
  })

  it('property: equals alphaBeta of every window', () => {
    fc.assert(
      fc.property(
        returnsArb,
        returnsArb,
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom<'zero' | 'constant' | 'array'>('zero', 'constant', 'array'),
        (a, b, window, rfKind) => {
          const n = Math.min(a.length, b.length)
          const r = a.slice(0, n)
          const f = b.slice(0, n)
          const riskFree =
            rfKind === 'zero'
              ? 0
              : rfKind === 'constant'
                ? 0.0005
                : r.map((_, i) => (i % 5 === 4 ? Number.NaN : (i % 3) / 10_000))
          const rolled = rollAlphaBeta(r, f, { window, riskFree, period: 'monthly' })
          const betas = rollBeta(r, f, { window })
          return Array.from(rolled.beta).every((v, i) => {
            const rw = typeof riskFree === 'number' ? riskFree : riskFree.slice(i, i + window)
            const ref = alphaBeta(r.slice(i, i + window), f.slice(i, i + window), { riskFree: rw, period: 'monthly' })
            return (
              close(v, ref.beta, 1e-7) && close(betas[i]!, ref.beta, 1e-7) && close(rolled.alpha[i]!, ref.alpha, 1e-7)
            )
          })
        },
      ),
    )
  })
})
