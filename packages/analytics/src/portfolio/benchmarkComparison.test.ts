import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { benchmarkComparison } from './benchmarkComparison.js'

// Hand-worked: the strategy is exactly 2 × benchmark + 0.1 % per period, so beta = 2, correlation = 1, the active
// return is benchmark + 0.001, and every line follows from the definitions cited in benchmarkComparison's docs.
describe('benchmarkComparison (hand-worked)', () => {
  const b = [0.01, -0.02, 0.03, -0.01, 0.02]
  const r = b.map((x) => 2 * x + 0.001)
  const c = benchmarkComparison(r, b)
  const prod = (xs: number[]) => xs.reduce((a, x) => a * (1 + x), 1)
  const annual = (xs: number[]) => prod(xs) ** (252 / xs.length) - 1

  it('beta, alpha (empyrical: (1 + mean(r - βb))^252 - 1) and correlation', () => {
    expect(c.beta).toBeCloseTo(2, 12)
    expect(c.alpha).toBeCloseTo(1.001 ** 252 - 1, 10)
    expect(c.correlation).toBeCloseTo(1, 12)
  })

  it('tracking error and information ratio of the active returns b + 0.001', () => {
    // mean(b) = 0.006; squared deviations sum to 0.00172; sample variance 0.00043
    const sd = Math.sqrt(0.00172 / 4)
    expect(c.trackingError).toBeCloseTo(sd * Math.sqrt(252), 12)
    expect(c.informationRatio).toBeCloseTo(0.007 / sd, 10)
  })

  it('total and annual returns, up and down capture', () => {
    expect(c.totalReturn).toBeCloseTo(prod(r) - 1, 14)
    expect(c.benchmarkTotalReturn).toBeCloseTo(prod(b) - 1, 14)
    expect(c.annualReturn).toBeCloseTo(annual(r), 10)
    expect(c.benchmarkAnnualReturn).toBeCloseTo(annual(b), 10)
    expect(c.excessAnnualReturn).toBeCloseTo(annual(r) - annual(b), 10)
    expect(c.upCapture).toBeCloseTo(annual([0.021, 0.061, 0.041]) / annual([0.01, 0.03, 0.02]), 10)
    expect(c.downCapture).toBeCloseTo(annual([-0.039, -0.019]) / annual([-0.02, -0.01]), 10)
  })

  it('honours the annualization option', () => {
    const w = benchmarkComparison(r, b, { period: 'weekly' })
    expect(w.alpha).toBeCloseTo(1.001 ** 52 - 1, 12)
    expect(w.trackingError).toBeCloseTo(Math.sqrt(0.00172 / 4) * Math.sqrt(52), 12)
  })

  it('rejects series of different lengths', () => {
    let err: unknown
    try {
      benchmarkComparison([0.1, 0.2], [0.1])
    } catch (e) {
      err = e
    }
    expect(isAitradeError(err) && err.code === 'INVALID_ARGUMENT').toBe(true)
  })
})
