// Ugly inputs for every indicator in src/extra: empty input, input shorter than the warm-up, NaN inside the
// input, arrays of different lengths, periods below the minimum and non-integer periods. Each has a documented
// result (empty output; all-NaN output; no exception and the input's length) or a typed INVALID_ARGUMENT error
// naming the argument.
import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import type { OhlcvInput } from '../types.js'
import { alma } from './alma.js'
import { awesomeOscillator } from './awesomeOscillator.js'
import { chaikinMoneyFlow } from './chaikinMoneyFlow.js'
import { chandelierExit } from './chandelierExit.js'
import { choppiness } from './choppiness.js'
import { connorsRsi } from './connorsRsi.js'
import { donchianChannels } from './donchianChannels.js'
import { easeOfMovement } from './easeOfMovement.js'
import { fisherTransform } from './fisherTransform.js'
import { forceIndex } from './forceIndex.js'
import { heikinAshi } from './heikinAshi.js'
import { hma } from './hma.js'
import { ichimoku } from './ichimoku.js'
import { keltnerChannels } from './keltnerChannels.js'
import { pivotPoints } from './pivotPoints.js'
import { superTrend } from './superTrend.js'
import { tsi } from './tsi.js'
import { vortex } from './vortex.js'
import { vwap } from './vwap.js'
import { zigZag } from './zigZag.js'
import { zlema } from './zlema.js'

type Bars = { time: number[]; open: number[]; high: number[]; low: number[]; close: number[]; volume: number[] }
type Output = Float64Array | object

interface Row {
  name: string
  run: (bars: Bars, options: Record<string, number>) => Output
  /** An integer period option and its minimum (omitted for indicators without one). */
  period?: [string, number]
  /** A bar field read (checked for unequal lengths); absent for single-series functions. */
  field?: keyof OhlcvInput
}

const rows: Row[] = [
  { name: 'vwap rolling', run: (b, o) => vwap(b, { period: o.period ?? 5 }), period: ['period', 1], field: 'volume' },
  { name: 'vwap day', run: (b) => vwap(b), field: 'volume' },
  { name: 'superTrend', run: (b, o) => superTrend(b, o), period: ['period', 1], field: 'close' },
  { name: 'keltnerChannels', run: (b, o) => keltnerChannels(b, o), period: ['atrPeriod', 1], field: 'close' },
  { name: 'donchianChannels', run: (b, o) => donchianChannels(b, o), period: ['period', 1], field: 'low' },
  { name: 'ichimoku', run: (b, o) => ichimoku(b, o), period: ['spanBPeriod', 1], field: 'close' },
  { name: 'hma', run: (b, o) => hma(b.close, o), period: ['period', 4] },
  { name: 'alma', run: (b, o) => alma(b.close, o), period: ['period', 1] },
  { name: 'zlema', run: (b, o) => zlema(b.close, o), period: ['period', 2] },
  { name: 'heikinAshi', run: (b) => heikinAshi(b), field: 'open' },
  { name: 'pivotPoints', run: (b) => pivotPoints(b, { anchor: 'day' }), field: 'close' },
  { name: 'chandelierExit', run: (b, o) => chandelierExit(b, o), period: ['period', 1], field: 'close' },
  { name: 'awesomeOscillator', run: (b, o) => awesomeOscillator(b, o), period: ['fastPeriod', 2], field: 'low' },
  { name: 'vortex', run: (b, o) => vortex(b, o), period: ['period', 1], field: 'close' },
  { name: 'choppiness', run: (b, o) => choppiness(b, o), period: ['period', 2], field: 'close' },
  { name: 'chaikinMoneyFlow', run: (b, o) => chaikinMoneyFlow(b, o), period: ['period', 1], field: 'volume' },
  { name: 'forceIndex', run: (b, o) => forceIndex(b, o), period: ['period', 2], field: 'volume' },
  { name: 'easeOfMovement', run: (b, o) => easeOfMovement(b, o), period: ['period', 2], field: 'volume' },
  { name: 'tsi', run: (b, o) => tsi(b.close, o), period: ['longPeriod', 2] },
  { name: 'connorsRsi', run: (b, o) => connorsRsi(b.close, o), period: ['rankPeriod', 1] },
  { name: 'fisherTransform', run: (b, o) => fisherTransform(b, o), period: ['period', 1], field: 'low' },
  { name: 'zigZag', run: (b) => zigZag(b), field: 'low' },
]

function bars(n: number): Bars {
  const close = Array.from({ length: n }, (_, i) => 100 + 10 * Math.sin(i / 5) + i * 0.1)
  return {
    time: Array.from({ length: n }, (_, i) => i * 3_600_000),
    open: close.map((c, i) => (i === 0 ? c : (close[i - 1] as number))),
    high: close.map((c) => c + 1.5),
    low: close.map((c) => c - 1.25),
    close,
    volume: close.map((_, i) => 1000 + ((i * 37) % 500)),
  }
}

function arrays(out: Output): Float64Array[] {
  return out instanceof Float64Array ? [out] : (Object.values(out) as Float64Array[])
}

function expectArgError(run: () => unknown, argument: string): void {
  try {
    run()
    expect.fail(`no error for ${argument}`)
  } catch (e) {
    expect(isAitradeError(e) && e.code === 'INVALID_ARGUMENT' && e.details.argument, String(e)).toBe(argument)
  }
}

describe('extra indicators: ugly inputs', () => {
  for (const r of rows) {
    describe(r.name, () => {
      it('returns empty output for empty input', () => {
        for (const a of arrays(r.run(bars(0), {}))) expect(a.length).toBe(0)
      })

      it('returns NaN (or nothing yet) for input shorter than its warm-up', () => {
        const out = r.run(bars(1), {})
        for (const a of arrays(out)) {
          expect(a.length).toBe(1)
          if (r.name !== 'heikinAshi' && r.name !== 'vwap day' && r.name !== 'zigZag') expect(a[0]).toBeNaN()
        }
      })

      it('keeps the input length and does not throw with NaN inside the input', () => {
        const b = bars(300)
        b.close[150] = Number.NaN
        b.high[150] = Number.NaN
        for (const a of arrays(r.run(b, {}))) expect(a.length).toBe(300)
      })

      if (r.field) {
        const field = r.field
        it(`names bars.${field} when its length differs`, () => {
          const b = bars(50)
          ;(b as unknown as Record<string, number[]>)[field] = (b[field] as number[]).slice(0, 49)
          expect(() => r.run(b, {})).toThrow()
          try {
            r.run(b, {})
          } catch (e) {
            expect(isAitradeError(e) && e.code).toBe('INVALID_ARGUMENT')
            expect(String((e as { details: { argument: string } }).details.argument)).toMatch(/^bars\./)
          }
        })
      }

      if (r.period) {
        const [name, min] = r.period
        it(`rejects ${name} below ${min} and non-integer ${name}, naming it`, () => {
          expectArgError(() => r.run(bars(50), { [name]: min - 1 }), name)
          expectArgError(() => r.run(bars(50), { [name]: min + 0.5 }), name)
          expectArgError(() => r.run(bars(50), { [name]: Number.NaN }), name)
        })
      }
    })
  }
})
