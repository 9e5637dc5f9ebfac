import { InvalidArgumentError } from '@aitrade/core'

/**
 * Checks an integer period option: must be an integer in `[min, max]`.
 * @internal
 */
export function checkPeriod(name: string, value: number, min: number, max = 100_000): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(name, `must be an integer in [${min}, ${max}], got ${String(value)}`)
  }
  return value
}

/**
 * Checks a real-valued option: finite and within `[min, max]`.
 * @internal
 */
export function checkReal(
  name: string,
  value: number,
  min = Number.NEGATIVE_INFINITY,
  max = Number.POSITIVE_INFINITY,
): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max) {
    throw new InvalidArgumentError(name, `must be a number in [${min}, ${max}], got ${String(value)}`)
  }
  return value
}

/**
 * Checks that `values` is array-like and returns its length.
 * @internal
 */
export function checkSeries(name: string, values: ArrayLike<number> | undefined): number {
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    throw new InvalidArgumentError(name, 'must be an array of numbers')
  }
  return values.length
}

/**
 * Checks that the named fields of `bars` exist and have equal lengths; returns the common length.
 * @internal
 */
export function checkBars<K extends string>(
  bars: { readonly [P in K]: ArrayLike<number> },
  fields: readonly K[],
): number {
  if (bars === null || typeof bars !== 'object') throw new InvalidArgumentError('bars', 'must be an object of arrays')
  let n = -1
  for (const f of fields) {
    const len = checkSeries(`bars.${f}`, bars[f])
    if (n === -1) n = len
    else if (len !== n) {
      throw new InvalidArgumentError(`bars.${f}`, `length ${len} differs from bars.${fields[0]} length ${n}`)
    }
  }
  return Math.max(n, 0)
}

/**
 * Returns `out` (checked to be long enough) or a new `Float64Array(n)`.
 * @internal
 */
export function outputBuffer(n: number, out: Float64Array | undefined, name = 'out'): Float64Array {
  if (out === undefined) return new Float64Array(n)
  if (!(out instanceof Float64Array) || out.length < n) {
    throw new InvalidArgumentError(name, `must be a Float64Array of length >= ${n}`)
  }
  return out
}

/**
 * Encodes a number for a JSON snapshot (`NaN`/`±Infinity` → `null`).
 * @internal
 */
export function toJsonNumber(x: number): number | null {
  return Number.isFinite(x) ? x : null
}

/**
 * Decodes a number from a JSON snapshot (`null` → `NaN`).
 * @internal
 */
export function fromJsonNumber(x: number | null | undefined): number {
  return x === null || x === undefined ? Number.NaN : x
}
