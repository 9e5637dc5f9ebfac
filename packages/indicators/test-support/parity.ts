// Test support for TA-Lib parity and streaming checks of single indicators (used by the momentum and
// cycle tests): run ours and TA-Lib on the shared real-data files and compare every output position.
import { expect } from 'vitest'
import type { OhlcvBar, OhlcvInput, StreamingIndicator } from '../src/types.js'
import { loadShared, PARITY_FILES } from './sharedData.js'
import { expectSeriesClose, type TalibInputs, talibRun } from './talibOracle.js'

/** An output of ours: one array, or an object of arrays for multi-output indicators. */
export type Outputs = Float64Array | Int32Array | object

/** OHLCV columns as `Float64Array`s. */
export interface ParityBars extends OhlcvInput {
  readonly open: Float64Array
  readonly high: Float64Array
  readonly low: Float64Array
  readonly close: Float64Array
  readonly volume: Float64Array
}

/** The OHLCV columns of a shared-data file, oldest first. */
export function parityBars(file: string): ParityBars {
  return loadShared(file) as ParityBars
}

/**
 * Compares ours with TA-Lib function `talibName` on every parity file (daily stock, hourly FX, hourly BTC).
 * `outputs` maps our output keys to TA-Lib's (`{ macd: 'outMACD' }`; omit for a single `outReal`).
 */
export function expectTalibParity(
  talibName: string,
  optIn: Record<string, number>,
  ours: (bars: ParityBars) => Outputs,
  outputs: Record<string, string> = { '': 'outReal' },
  rel = 1e-9,
): void {
  for (const file of PARITY_FILES) {
    const bars = parityBars(file)
    expectOutputsClose(ours(bars), talibRun(talibName, talibInputs(bars), optIn), outputs, rel, `${talibName} ${file}`)
  }
}

/** TA-Lib inputs for `bars`: every OHLCV field, with `inReal` = close. */
export function talibInputs(bars: OhlcvInput, inReal: ArrayLike<number> = bars.close): TalibInputs {
  return { open: bars.open, high: bars.high, low: bars.low, close: bars.close, volume: bars.volume, inReal }
}

/** Compares our outputs with TA-Lib's aligned outputs, key by key as mapped in `outputs`. */
export function expectOutputsClose(
  got: Outputs,
  expected: Record<string, Float64Array>,
  outputs: Record<string, string> = { '': 'outReal' },
  rel = 1e-9,
  label = '',
): void {
  for (const [ourKey, talibKey] of Object.entries(outputs)) {
    const actual = ourKey === '' ? (got as Float64Array) : (got as Record<string, Float64Array>)[ourKey]
    const want = expected[talibKey]
    expect(actual, `${label} output ${ourKey}`).toBeDefined()
    expect(want, `${label} TA-Lib output ${talibKey}`).toBeDefined()
    expectSeriesClose(actual as ArrayLike<number>, want as Float64Array, rel, `${label} ${ourKey || talibKey}`)
  }
}

/** Bar `i` of `bars` as an {@link OhlcvBar}. */
export function barAt(bars: OhlcvInput, i: number): OhlcvBar {
  return {
    open: bars.open[i] as number,
    high: bars.high[i] as number,
    low: bars.low[i] as number,
    close: bars.close[i] as number,
    volume: bars.volume[i] as number,
  }
}

function outputOf(out: unknown, key: string): number {
  return key === '' ? (out as number) : ((out as Record<string, number>)[key] as number)
}

function same(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b)) || a === b
}

/**
 * Feeds `bars` to a fresh streaming indicator and checks, bar by bar, that `update` equals the batch
 * output exactly; that `replace` after a wrong forming bar gives the same value; and that a JSON
 * round-trip of `snapshot()` into a new instance (`make()`) continues identically. Also checks
 * `isReady` flips exactly at `lookback` and that `reset` starts over.
 */
export function expectStreamingMatchesBatch<In, Out>(
  make: () => StreamingIndicator<In, Out>,
  inputs: readonly In[],
  batch: Outputs,
  keys: readonly string[] = [''],
): void {
  const batchAt = (key: string, i: number): number =>
    key === '' ? ((batch as Float64Array)[i] as number) : ((batch as Record<string, Float64Array>)[key]?.[i] as number)
  const ind = make()
  const wrong = inputs[inputs.length - 1] as In
  const restoreAt = Math.floor(inputs.length / 2)
  let restored: StreamingIndicator<In, Out> | undefined
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i] as In
    if (i % 7 === 3) ind.update(wrong)
    const out = i % 7 === 3 ? ind.replace(input) : ind.update(input)
    expect(ind.isReady, `isReady at ${i}`).toBe(i >= ind.lookback)
    for (const k of keys) {
      const want = batchAt(k, i)
      const got = outputOf(out, k)
      if (!same(got, want)) expect.fail(`streaming ${k}[${i}]: got ${got}, batch ${want}`)
    }
    if (i === restoreAt) {
      restored = make()
      restored.restore(JSON.parse(JSON.stringify(ind.snapshot())))
    } else if (restored && i > restoreAt) {
      const out2 = restored.update(input)
      for (const k of keys) {
        const got = outputOf(out2, k)
        if (!same(got, batchAt(k, i))) expect.fail(`restored ${k}[${i}]: got ${got}, batch ${batchAt(k, i)}`)
      }
    }
  }
  ind.reset()
  expect(ind.isReady).toBe(false)
  const first = ind.update(inputs[0] as In)
  for (const k of keys) {
    if (!same(outputOf(first, k), batchAt(k, 0))) expect.fail(`after reset ${k}[0]: got ${outputOf(first, k)}`)
  }
}

/** The bars of `bars` as an array of {@link OhlcvBar}. */
export function barList(bars: OhlcvInput, limit = bars.close.length): OhlcvBar[] {
  const n = Math.min(limit, bars.close.length)
  const list: OhlcvBar[] = []
  for (let i = 0; i < n; i++) list.push(barAt(bars, i))
  return list
}
