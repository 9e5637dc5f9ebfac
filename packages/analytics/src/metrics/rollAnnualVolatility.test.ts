import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectAllClose } from '../__fixtures__/empyricalFixtures.js'
import { close, returnsArb } from '../__fixtures__/rollingTestSupport.js'
import { annualVolatility } from './annualVolatility.js'
import { rollAnnualVolatility } from './rollAnnualVolatility.js'

// Oracle: values worked by hand and the per-window definition (empyrical annual_volatility / roll_annual_volatility)

describe('rollAnnualVolatility (empyrical roll_annual_volatility)', () => {
  it('worked by hand', () => {
    expectAllClose(rollAnnualVolatility([0.01, -0.01, 0.01, 0.03], { window: 3, annualization: 1 }), [
      Math.sqrt((2 * (0.02 / 3) ** 2 + (0.04 / 3) ** 2) / 2),
      0.02,
    ])
    expect(rollAnnualVolatility([0.01, 0.02], { window: 3 })).toEqual(new Float64Array(0))
  })

  it('property: equals annualVolatility of every window', () => {
    fc.assert(
      fc.property(returnsArb, fc.integer({ min: 1, max: 12 }), (r, window) => {
        const rolled = rollAnnualVolatility(r, { window, period: 'weekly' })
        return Array.from(rolled).every((v, i) =>
          close(v, annualVolatility(r.slice(i, i + window), { period: 'weekly' }), 1e-8),
        )
      }),
    )
  })
})
