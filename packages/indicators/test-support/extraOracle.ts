// Test support for the indicators in src/extra: tolerance checks for running-sum kernels and adapters that
// run the peer libraries (trading-signals, technicalindicators) as second oracles.
import { expect } from 'vitest'

/**
 * Like `expectSeriesClose`, with an absolute floor: `|a − e| <= rel·|e| + abs`. For running sums, whose
 * rounding residue (about 1e-16 of the largest sum seen) shows where the exact value is 0.
 */
export function expectSeriesNear(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  rel: number,
  abs: number,
  label = '',
): void {
  expect(actual.length, `${label} length`).toBe(expected.length)
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] as number
    const e = expected[i] as number
    if (Number.isNaN(e) || Number.isNaN(a)) {
      if (Number.isNaN(e) !== Number.isNaN(a)) expect.fail(`${label}[${i}]: got ${a}, expected ${e}`)
      continue
    }
    if (!(Math.abs(a - e) <= rel * Math.abs(e) + abs))
      expect.fail(`${label}[${i}]: got ${a}, expected ${e} (diff ${a - e})`)
  }
}

/** A trading-signals indicator: `update(input, replace)` returns `null` until stable. */
interface PeerIndicator<In> {
  update(input: In, replace: boolean): unknown
}

/**
 * Runs a trading-signals indicator over `inputs`; returns `pick(result)` per input (`NaN` while it returns `null`).
 */
export function runPeer<In>(
  ind: PeerIndicator<In>,
  inputs: readonly In[],
  pick: (r: unknown) => number = Number,
): number[] {
  return inputs.map((x) => {
    const r = ind.update(x, false)
    return r === null || r === undefined ? Number.NaN : pick(r)
  })
}

/** The first `n` entries of every array of a multi-output result. */
export function headOf<T extends object>(o: T, n: number): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, (v as Float64Array).subarray(0, n)])) as T
}
