/** Shared input checks of the portfolio views (internal). @module */
import { InvalidArgumentError } from '@aitrade/core'

/** Validates a square, symmetric, finite matrix of size `n` given as rows. */
export function checkSquare(name: string, m: ArrayLike<ArrayLike<number>>, n: number): void {
  if (m.length !== n) throw new InvalidArgumentError(name, `must have ${n} rows, got ${m.length}`)
  for (let i = 0; i < n; i++) {
    const row = m[i] as ArrayLike<number>
    if (row.length !== n) throw new InvalidArgumentError(name, `row ${i} has ${row.length} values, expected ${n}`)
    for (let j = 0; j < n; j++) {
      const v = row[j] as number
      if (!Number.isFinite(v)) throw new InvalidArgumentError(name, `[${i}][${j}] = ${v} is not finite`)
      if (j < i && Math.abs(v - ((m[j] as ArrayLike<number>)[i] as number)) > 1e-12 * Math.max(1, Math.abs(v))) {
        throw new InvalidArgumentError(name, `is not symmetric at [${i}][${j}]`)
      }
    }
  }
}

/** Validates a vector of finite numbers. */
export function checkVector(name: string, v: ArrayLike<number>): void {
  if (v.length === 0) throw new InvalidArgumentError(name, 'must not be empty')
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i] as number)) throw new InvalidArgumentError(name, `${name}[${i}] = ${v[i]} is not finite`)
  }
}
