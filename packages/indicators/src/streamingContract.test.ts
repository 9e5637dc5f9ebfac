// The shared streaming contract: every row of test-support/streamingCases.ts, on real bars. The oracle is each
// class's batch function, itself checked against TA-Lib (or its defining source) in the indicator's own test.
import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { loadShared } from '../test-support/sharedData.js'
import { type BatchOutput, type StreamingCase, streamingCases } from '../test-support/streamingCases.js'
import type { IndicatorSnapshot, OhlcvInput, StreamingIndicator } from './types.js'

const FILES = ['GOOG.csv', 'Coinbase_BTCUSD_1h.csv'] as const

type Stream = StreamingIndicator<unknown, unknown>

function inputAt(c: StreamingCase, bars: OhlcvInput, i: number): unknown {
  if (c.input === 'close') return bars.close[i]
  if (c.input === 'bar') {
    return { open: bars.open[i], high: bars.high[i], low: bars.low[i], close: bars.close[i], volume: bars.volume[i] }
  }
  return c.input(bars, i)
}

function same(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b))
}

/** Asserts streaming output `got` equals the batch output at bar `i`, every key. */
function expectAt(got: unknown, batch: BatchOutput, i: number, what: string): void {
  if (batch instanceof Float64Array || batch instanceof Int32Array) {
    const want = batch[i] as number
    if (typeof got !== 'number' || !same(got, want))
      expect.fail(`${what}[${i}]: streaming ${String(got)}, batch ${want}`)
    return
  }
  if (typeof got !== 'object' || got === null) expect.fail(`${what}[${i}]: streaming output is not an object`)
  for (const [key, arr] of Object.entries(batch as Record<string, ArrayLike<number>>)) {
    const g: unknown = (got as Record<string, unknown>)[key]
    const want = arr[i] as number
    if (typeof g !== 'number' || !same(g, want))
      expect.fail(`${what}.${key}[${i}]: streaming ${String(g)}, batch ${want}`)
  }
}

function roundTrip(s: Stream, c: StreamingCase): Stream {
  const json = JSON.stringify(s.snapshot())
  const fresh = c.create() as Stream
  fresh.restore(JSON.parse(json) as IndicatorSnapshot)
  return fresh
}

describe('streaming contract', () => {
  it('has rows', () => {
    expect(streamingCases.length).toBeGreaterThan(0)
  })

  for (const c of streamingCases) {
    describe(c.name, () => {
      for (const file of FILES) {
        it(`equals batch on ${file}: update, replace, snapshot/restore, reset`, () => {
          const bars = loadShared(file)
          const n = bars.close.length
          const batch = c.batch(bars)
          const inputs = Array.from({ length: n }, (_, i) => inputAt(c, bars, i))
          const wrong = (i: number) => inputs[(i + 17) % n]

          // plain updates
          const s = c.create() as Stream
          for (let i = 0; i < n; i++) {
            expectAt(s.update(inputs[i]), batch, i, 'update')
            if (s.isReady !== i >= s.lookback) expect.fail(`isReady at ${i} is ${s.isReady}, lookback ${s.lookback}`)
          }

          // every bar first seen wrong, then revised (once or twice) to the real one
          const r = c.create() as Stream
          for (let i = 0; i < n; i++) {
            r.update(wrong(i))
            if (i % 3 === 0) r.replace(wrong(i + 5))
            expectAt(r.replace(inputs[i]), batch, i, 'replace')
          }

          // snapshot → JSON → restore at several points (warm-up, just ready, middle); continue with update + replace
          for (const at of [Math.max(0, s.lookback - 1), s.lookback, Math.floor(n / 2)]) {
            if (at >= n - 2) continue
            const a = c.create() as Stream
            for (let i = 0; i <= at; i++) a.update(inputs[i])
            const b = roundTrip(a, c)
            expectAt(b.replace(inputs[at]), batch, at, `replace after restore at ${at}`)
            const b2 = roundTrip(a, c)
            for (let i = at + 1; i < n; i++) {
              if (i % 5 === 0) b2.update(wrong(i))
              expectAt(i % 5 === 0 ? b2.replace(inputs[i]) : b2.update(inputs[i]), batch, i, `restored at ${at}`)
            }
          }

          // reset starts over
          s.reset()
          expect(s.isReady).toBe(false)
          for (let i = 0; i < Math.min(n, s.lookback + 20); i++) expectAt(s.update(inputs[i]), batch, i, 'after reset')
        })
      }

      it('replace() before update() throws InvalidStateError; restore() rejects a foreign snapshot', () => {
        const s = c.create() as Stream
        try {
          s.replace(inputAt(c, loadShared(FILES[0]), 0))
          expect.fail('replace before update did not throw')
        } catch (e) {
          expect(isAitradeError(e) && e.code).toBe('INVALID_STATE')
        }
        const foreign: IndicatorSnapshot = { indicator: '__none__', version: 1, options: {}, state: {} }
        try {
          s.restore(foreign)
          expect.fail('restore of a foreign snapshot did not throw')
        } catch (e) {
          expect(isAitradeError(e) && e.code).toBe('INVALID_ARGUMENT')
        }
      })
    })
  }
})
