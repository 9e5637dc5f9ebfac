// Property test of the streaming contract on generated bars — random walks with ties (prices on a coarse grid),
// flat stretches, zero volume and NaN holes — for the overlap, volume, volatility, price and statistic rows of
// test-support/streamingCases.ts. The oracle is each class's batch function (itself checked against TA-Lib).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { overlapEtc, type StreamingCase } from '../test-support/streamingCases.js'
import type { OhlcvInput, StreamingIndicator } from './types.js'

const barsArb = fc
  .array(
    fc.record({
      step: fc.integer({ min: -3, max: 3 }),
      range: fc.integer({ min: 0, max: 3 }),
      close: fc.integer({ min: 0, max: 4 }),
      volume: fc.integer({ min: 0, max: 5 }),
      hole: fc.integer({ min: 0, max: 40 }),
    }),
    { minLength: 0, maxLength: 160 },
  )
  .map((rows): OhlcvInput => {
    const n = rows.length
    const open = new Float64Array(n)
    const high = new Float64Array(n)
    const low = new Float64Array(n)
    const close = new Float64Array(n)
    const volume = new Float64Array(n)
    let px = 100
    rows.forEach((r, i) => {
      px = Math.max(1, px + r.step * 0.25)
      low[i] = px
      high[i] = px + r.range * 0.25
      open[i] = px + Math.min(r.range, 1) * 0.25
      close[i] = px + Math.min(r.close, r.range) * 0.25
      volume[i] = r.volume * 10
      if (r.hole === 0) close[i] = Number.NaN
      if (r.hole === 1) high[i] = Number.NaN
    })
    return { open, high, low, close, volume }
  })

function inputAt(c: StreamingCase, bars: OhlcvInput, i: number): unknown {
  if (c.input === 'close') return bars.close[i]
  if (c.input === 'bar') {
    return { open: bars.open[i], high: bars.high[i], low: bars.low[i], close: bars.close[i], volume: bars.volume[i] }
  }
  return c.input(bars, i)
}

function same(a: unknown, b: number): boolean {
  return typeof a === 'number' && (a === b || (Number.isNaN(a) && Number.isNaN(b)))
}

describe('streaming equals batch on generated bars (ties, flats, NaN holes)', () => {
  for (const c of overlapEtc) {
    it(c.name, () => {
      fc.assert(
        fc.property(barsArb, fc.integer({ min: 0, max: 1000 }), (bars, wrongSeed) => {
          const batch = c.batch(bars)
          const s = c.create() as StreamingIndicator<unknown, unknown>
          const n = bars.close.length
          for (let i = 0; i < n; i++) {
            s.update(inputAt(c, bars, (i + wrongSeed) % n))
            const got = s.replace(inputAt(c, bars, i))
            if (batch instanceof Float64Array || batch instanceof Int32Array) {
              if (!same(got, batch[i] as number)) return false
            } else {
              for (const [k, arr] of Object.entries(batch as Record<string, ArrayLike<number>>)) {
                if (!same((got as Record<string, unknown>)[k], arr[i] as number)) return false
              }
            }
          }
          return true
        }),
        { numRuns: 60 },
      )
      expect(true).toBe(true)
    })
  }
})
