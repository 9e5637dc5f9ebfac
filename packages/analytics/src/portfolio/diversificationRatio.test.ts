import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { diversificationRatio } from './diversificationRatio.js'

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

describe('diversificationRatio (Choueifaty & Coignard, hand-worked)', () => {
  it('sqrt(n) for equal-weighted, equally volatile, uncorrelated assets; 1 for perfectly correlated', () => {
    expect(
      diversificationRatio(
        [0.5, 0.5],
        [0.2, 0.2],
        [
          [1, 0],
          [0, 1],
        ],
      ),
    ).toBeCloseTo(Math.SQRT2, 14)
    expect(
      diversificationRatio(
        [1 / 3, 1 / 3, 1 / 3],
        [0.1, 0.1, 0.1],
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
      ),
    ).toBeCloseTo(Math.sqrt(3), 14)
    expect(
      diversificationRatio(
        [0.3, 0.7],
        [0.1, 0.3],
        [
          [1, 1],
          [1, 1],
        ],
      ),
    ).toBeCloseTo(1, 14)
  })

  it('w = (0.6, 0.4), σ = (0.2, 0.1), ρ = 0.5 → 0.16 / sqrt(0.0208)', () => {
    expect(
      diversificationRatio(
        [0.6, 0.4],
        [0.2, 0.1],
        [
          [1, 0.5],
          [0.5, 1],
        ],
      ),
    ).toBeCloseTo(0.16 / Math.sqrt(0.0208), 14)
  })

  it('rejects bad input', () => {
    expectError(() => diversificationRatio([1], [0.1, 0.2], [[1]]), /vols/)
    expectError(() => diversificationRatio([1], [-0.1], [[1]]), /negative/)
    expectError(
      () =>
        diversificationRatio(
          [1, 1],
          [0.1, 0.1],
          [
            [1, 2],
            [2, 1],
          ],
        ),
      /outside/,
    )
  })
})
