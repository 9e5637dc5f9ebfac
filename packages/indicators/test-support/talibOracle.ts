// Test support: runs the real TA-Lib (the `talib` npm package, TA-Lib 0.6 C source) as the oracle.
import { createRequire } from 'node:module'
import { expect } from 'vitest'
import type { OhlcvInput } from '../src/types.js'

const require = createRequire(import.meta.url)

interface TalibResult {
  begIndex: number
  nbElement: number
  result: Record<string, number[]>
}
interface TalibInputSpec {
  name: string
  type: string
  flags?: Record<string, string>
}
interface TalibExplain {
  inputs: TalibInputSpec[]
  optInputs: { name: string; defaultValue: number }[]
  outputs: { name: string; type: string }[]
}
const talib = require('talib') as {
  execute(args: Record<string, unknown>): TalibResult
  explain(name: string): TalibExplain
}

/** TA-Lib input arrays: OHLCV bars and/or `inReal` (plus `inReal0/inReal1` for two-series functions, `inPeriods` for MAVP). */
export type TalibInputs = Partial<Record<keyof OhlcvInput, ArrayLike<number>>> & {
  inReal?: ArrayLike<number>
  inReal0?: ArrayLike<number>
  inReal1?: ArrayLike<number>
  inPeriods?: ArrayLike<number>
}

/**
 * Runs TA-Lib function `name` (e.g. `'MACD'`) on `inputs` with TA-Lib options (`optInFastPeriod`, … — pass
 * the full `optIn…` names) and returns every output aligned to the input length, `NaN` before `begIndex`
 * (real outputs) or `0` (integer outputs, as TA-Lib leaves them). Keys are TA-Lib's output names (`outReal`,
 * `outMACD`, `outInteger`, …).
 */
export function talibRun(
  name: string,
  inputs: TalibInputs,
  optIn: Record<string, number> = {},
): Record<string, Float64Array> {
  const spec = talib.explain(name)
  const n = (inputs.close ?? inputs.inReal ?? inputs.inReal0 ?? inputs.high ?? inputs.open ?? []).length
  const args: Record<string, unknown> = { name, startIdx: 0, endIdx: n - 1, ...optIn }
  // the binding crashes the process on a missing real-valued option (e.g. T3's optInVFactor): pass TA-Lib's defaults
  for (const o of spec.optInputs) if (!(o.name in args)) args[o.name] = o.defaultValue
  for (const inp of spec.inputs) {
    if (inp.type === 'price') {
      for (const field of Object.values(inp.flags ?? {})) {
        const key = field === 'volume' ? 'volume' : field
        args[key] = Array.from((inputs as Record<string, ArrayLike<number>>)[key] ?? [])
      }
    } else {
      args[inp.name] = Array.from((inputs as Record<string, ArrayLike<number>>)[inp.name] ?? inputs.inReal ?? [])
    }
  }
  const r = talib.execute(args)
  const out: Record<string, Float64Array> = {}
  for (const o of spec.outputs) {
    const arr = new Float64Array(n).fill(o.type === 'integer' ? 0 : Number.NaN)
    const vals = r.result[o.name] ?? []
    for (let i = 0; i < r.nbElement; i++) arr[r.begIndex + i] = vals[i] as number
    out[o.name] = arr
  }
  return out
}

/**
 * Asserts two aligned series are equal element by element: both `NaN`, or within `rel` relative tolerance
 * (absolute below 1e-12 magnitude). Reports the first differing index.
 */
export function expectSeriesClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  rel = 1e-9,
  label = '',
): void {
  expect(actual.length, `${label} length`).toBe(expected.length)
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] as number
    const e = expected[i] as number
    if (Number.isNaN(e) || Number.isNaN(a)) {
      if (Number.isNaN(e) !== Number.isNaN(a)) expect.fail(`${label}[${i}]: got ${a}, TA-Lib ${e}`)
      continue
    }
    const tol = rel * Math.max(1e-12 / rel, Math.abs(e))
    if (!(Math.abs(a - e) <= tol)) expect.fail(`${label}[${i}]: got ${a}, TA-Lib ${e} (diff ${a - e})`)
  }
}
