/**
 * Test helper: random return series with missing values and flat stretches, to compare each rolling metric
 * with its per-window definition. Used only by the rolling `*.test.ts` files.
 *
 * @module
 * @internal
 */
import fc from 'fast-check'

/** Returns on a 1e-4 grid in [−5 %, 5 %], with `NaN`s and runs of zeros mixed in. */
export const returnsArb = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -500, max: 500 }).map((x) => x / 10_000) },
    { weight: 1, arbitrary: fc.constant(Number.NaN) },
    { weight: 2, arbitrary: fc.constant(0) },
  ),
  { minLength: 0, maxLength: 40 },
)

/** `true` when `a ≈ b` (both NaN, equal infinities, or within `tol` relative / absolute). */
export function close(a: number, b: number, tol = 1e-9): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b)
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b))
}
