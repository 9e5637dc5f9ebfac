import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyReturns, expectAllClose, negativeReturns } from '../__fixtures__/empyricalFixtures.js'
import { close, returnsArb } from '../__fixtures__/rollingTestSupport.js'
import { maxDrawdown } from './maxDrawdown.js'
import { rollMaxDrawdown } from './rollMaxDrawdown.js'

// Oracle: empyrical tests/test_stats.py test_roll_max_drawdown (stefan-jansen/empyrical-reloaded), decimal=4
describe('rollMaxDrawdown (empyrical roll_max_drawdown)', () => {
  it('matches the published fixtures', () => {
    expect(rollMaxDrawdown(emptyReturns, { window: 6 })).toEqual(new Float64Array(0))
    expectAllClose(rollMaxDrawdown(negativeReturns, { window: 6 }), [-0.2282, -0.2745, -0.2899, -0.2747], {
      abs: 1.5e-4,
    })
  })

  it('worked by hand', () => {
    expectAllClose(rollMaxDrawdown([0.1, -0.1, 0.1, -0.2], { window: 2 }), [-0.1, -0.1, 0.88 / 1.1 - 1])
    expectAllClose(rollMaxDrawdown([0.1, -1, 0.5], { window: 2 }), [-1, -1])
  })

  it('property: equals maxDrawdown of every window', () => {
    fc.assert(
      fc.property(returnsArb, fc.integer({ min: 1, max: 12 }), (r, window) => {
        const rolled = rollMaxDrawdown(r, { window })
        if (rolled.length !== Math.max(0, r.length - window + 1)) return false
        return Array.from(rolled).every((v, i) => close(v, maxDrawdown(r.slice(i, i + window)), 1e-12))
      }),
    )
  })

  it('rejects a bad window', () => {
    expect(() => rollMaxDrawdown([0.1], { window: 0 })).toThrowError(/window/)
    expect(() => rollMaxDrawdown([0.1], { window: 1.5 })).toThrowError(/window/)
    expect(() => rollMaxDrawdown([0.1], undefined as unknown as { window: number })).toThrowError(/window/)
  })
})
