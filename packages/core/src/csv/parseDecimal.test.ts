import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDecimal } from './parseDecimal.js'

const p = (s: string) => parseDecimal(`,${s},`, 1, s.length + 1)

describe('parseDecimal', () => {
  it('equals Number() on every plain decimal (the oracle is the JS engine)', () => {
    const decimal = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        fc.stringMatching(/^\d{1,20}$/),
        fc.option(fc.stringMatching(/^\d{0,20}$/), { nil: undefined }),
        fc.option(fc.stringMatching(/^[eE][+-]?\d{1,3}$/), { nil: undefined }),
      )
      .map(([sign, int, frac, exp]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}${exp ?? ''}`)
    fc.assert(
      fc.property(decimal, (s) => Object.is(p(s), Number(s))),
      { numRuns: 5000 },
    )
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) =>
        Object.is(p(String(x)), Number(String(x))),
      ),
      { numRuns: 2000 },
    )
  })

  it('handles the forms found in bar files', () => {
    expect(p('1.0716')).toBe(1.0716)
    expect(p(' 42 ')).toBe(42)
    expect(p('.5')).toBe(0.5)
    expect(p('5.')).toBe(5)
    expect(p('0.05656')).toBe(0.05656)
    expect(p('12537245.82')).toBe(12537245.82)
    expect(p('2012.25343589')).toBe(2012.25343589)
  })

  it('gives NaN for anything else', () => {
    for (const s of ['', ' ', '-', '.', '1,5', '0x10', 'Infinity', 'NaN', '1e', '1.2.3', '--1', '1 000', '"1"']) {
      expect(p(s)).toBeNaN()
    }
  })
})
