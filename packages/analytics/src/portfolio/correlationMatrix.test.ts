import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { correlationMatrix } from './correlationMatrix.js'

function expectError(fn: () => unknown, msg: RegExp) {
  let err: unknown
  try {
    fn()
  } catch (e) {
    err = e
  }
  expect(isAitradeError(err) && err.code === 'INVALID_ARGUMENT').toBe(true)
  expect((err as Error).message).toMatch(msg)
}

describe('correlationMatrix (pandas DataFrame.corr semantics, hand-worked)', () => {
  it('Pearson values with pairwise NaN deletion and NaN for constant series', () => {
    const m = correlationMatrix({
      a: [1, 2, 3, 4],
      b: [1, 3, 2, 4], // deviations ±1.5/±0.5: Σxy = 4, Σx² = Σy² = 5 → 0.8
      c: [4, 3, 2, 1],
      d: [1, Number.NaN, 3, 4],
      e: [2, 2, 2, 2],
    })
    expect(m.keys).toEqual(['a', 'b', 'c', 'd', 'e'])
    const v = (i: number, j: number) => m.values[i]?.[j] as number
    expect(v(0, 1)).toBeCloseTo(0.8, 15)
    expect(v(1, 0)).toBeCloseTo(0.8, 15)
    expect(v(0, 2)).toBe(-1)
    expect(v(0, 3)).toBeCloseTo(1, 15) // pairs (1,1), (3,3), (4,4)
    expect(v(0, 0)).toBe(1)
    expect(v(4, 4)).toBeNaN()
    expect(v(0, 4)).toBeNaN()
  })

  it('rejects empty maps, ragged series and infinities', () => {
    expectError(() => correlationMatrix({}), /at least one/)
    expectError(() => correlationMatrix({ a: [1, 2], b: [1] }), /"b" has length 1/)
    expectError(() => correlationMatrix({ a: [1, Number.POSITIVE_INFINITY] }), /"a"\[1\]/)
  })
})
