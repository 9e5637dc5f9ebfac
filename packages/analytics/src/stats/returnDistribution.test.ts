import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { returnDistribution } from './returnDistribution.js'

// Oracle: the examples of numpy.histogram's documentation and its binning rules, worked by hand.
describe('returnDistribution', () => {
  it('np.histogram([1, 2, 1], bins=[0, 1, 2, 3]) → counts [0, 2, 1]', () => {
    const h = returnDistribution([1, 2, 1], { bins: [0, 1, 2, 3] })
    expect(Array.from(h.counts)).toEqual([0, 2, 1])
    expect(h.total).toBe(3)
  })

  it('np.histogram(np.arange(4), bins=np.arange(5)) → counts [1, 1, 1, 1]', () => {
    expect(Array.from(returnDistribution([0, 1, 2, 3], { bins: [0, 1, 2, 3, 4] }).counts)).toEqual([1, 1, 1, 1])
  })

  it('np.histogram([[1, 2, 1], [1, 0, 1]], bins=[0, 1, 2, 3]) → counts [1, 4, 1]', () => {
    expect(Array.from(returnDistribution([1, 2, 1, 1, 0, 1], { bins: [0, 1, 2, 3] }).counts)).toEqual([1, 4, 1])
  })

  it('equal-width bins span [min, max], the last bin closed; NaN skipped', () => {
    const h = returnDistribution([-0.02, -0.01, 0, 0.01, 0.02, Number.NaN], { bins: 4 })
    // numpy.linspace(-0.02, 0.02, 5): start + i * step, last edge exactly the stop
    for (const [i, e] of [-0.02, -0.01, 0, 0.01, 0.02].entries()) expect(h.edges[i]).toBeCloseTo(e, 15)
    expect(h.edges[4]).toBe(0.02)
    expect(Array.from(h.counts)).toEqual([1, 1, 1, 2])
    expect(h.missing).toBe(1)
    expect(h.total).toBe(5)
  })

  it('constant input widens to value ± 0.5, empty input spans [0, 1], values outside explicit edges are dropped', () => {
    const c = returnDistribution([0.1, 0.1], { bins: 2 })
    for (const [i, e] of [0.1 - 0.5, 0.1, 0.1 + 0.5].entries()) expect(c.edges[i]).toBeCloseTo(e, 15)
    expect(Array.from(c.counts)).toEqual([0, 2])
    expect(Array.from(returnDistribution([], { bins: 2 }).edges)).toEqual([0, 0.5, 1])
    const h = returnDistribution([-1, 0.5, 2], { bins: [0, 1] })
    expect(Array.from(h.counts)).toEqual([1])
    expect(h.total).toBe(1)
  })

  it('defaults to 20 bins and every finite value lands in a bin', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 0.03)
    const h = returnDistribution(xs)
    expect(h.counts).toHaveLength(20)
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(1000)
  })

  it.each([
    ['bins 0', () => returnDistribution([1], { bins: 0 }), /bins/],
    ['bins 1.5', () => returnDistribution([1], { bins: 1.5 }), /bins/],
    ['one edge', () => returnDistribution([1], { bins: [0] }), /bins/],
    ['descending edges', () => returnDistribution([1], { bins: [0, 2, 1] }), /edge 2/],
    ['infinite return', () => returnDistribution([0, Number.POSITIVE_INFINITY]), /returns\[1\]/],
  ] as [string, () => unknown, RegExp][])('rejects %s', (_n, fn, msg) => {
    let err: unknown
    try {
      fn()
    } catch (e) {
      err = e
    }
    expect(isAitradeError(err) && err.code === 'INVALID_ARGUMENT').toBe(true)
    expect((err as Error).message).toMatch(msg)
  })
})
