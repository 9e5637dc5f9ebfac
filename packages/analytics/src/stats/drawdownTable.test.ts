import { isAitradeError } from '@aitrade/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadSharedBars } from '../../test-support/sharedData.js'
import { drawdownTable } from './drawdownTable.js'
import { underwater } from './underwater.js'

const DAY = 86_400_000
const jan = (d: number) => Date.UTC(2000, 0, d)
const days = (from: number, n: number) => Array.from({ length: n }, (_, i) => jan(from + i))

// Oracle: pyfolio tests/test_timeseries.py `TestDrawdown` (quantopian/pyfolio). Its inputs are prices turned into
// returns; the cumulative value pyfolio builds from them is the price divided by the first price used, so the prices
// themselves serve as our equity curve (the table is scale-invariant).
describe('drawdownTable — pyfolio TestDrawdown fixtures', () => {
  it('test_get_max_drawdown_begins_first_day: 25 % net drawdown', () => {
    const rows = drawdownTable([10, 9, 7.5], days(3, 3), { top: 1 })
    expect(rows).toHaveLength(1)
    expect(rows[0]?.netDrawdown).toBeCloseTo(0.25, 12)
  })

  it('test_gen_drawdown_table_relative: two periods, the second unrecovered', () => {
    const px = [100, 110, 120, 150, 180, 200, 100, 120, 160, 180, 200, 300, 400, 500, 600, 800, 900, 1000, 650, 600]
    const rows = drawdownTable(px, days(3, 20), { top: 2 })
    expect(rows).toHaveLength(2)
    const [a, b] = rows
    expect(Math.round((a?.netDrawdown as number) * 100)).toBe(50)
    expect(a?.peakTime).toBe(jan(8))
    expect(a?.valleyTime).toBe(jan(9))
    expect(a?.recoveryTime).toBe(jan(13))
    expect(Math.round((b?.netDrawdown as number) * 100)).toBe(40)
    expect(b?.peakTime).toBe(jan(20))
    expect(b?.valleyTime).toBe(jan(22))
    expect(b?.recoveryTime).toBeNaN()
    expect(b?.recoveryIndex).toBeNaN()
    expect(b?.duration).toBeNaN()
    expect(b?.businessDays).toBeNaN()
  })

  // test_gen_drawdown_table drops the first (NaN) return, so the cumulative series starts at the second price.
  it('test_gen_drawdown_table: recovered period, Duration = 4 business days', () => {
    const px1 = [100, 120, 100, 80, 70, 110, 180, 150].slice(1)
    const [row] = drawdownTable(px1, days(4, 7), { top: 1 })
    expect(row?.peakTime).toBe(jan(4))
    expect(row?.valleyTime).toBe(jan(7))
    expect(row?.recoveryTime).toBe(jan(9))
    expect(row?.businessDays).toBe(4)
    expect(row?.duration).toBe(5 * DAY)
  })

  it('test_gen_drawdown_table: period that ends in drawdown', () => {
    const px2 = [100, 120, 100, 80, 70, 80, 90, 90].slice(1)
    const [row] = drawdownTable(px2, days(4, 7), { top: 1 })
    expect(row?.peakTime).toBe(jan(4))
    expect(row?.valleyTime).toBe(jan(7))
    expect(row?.recoveryTime).toBeNaN()
    expect(row?.businessDays).toBeNaN()
  })

  it('test_top_drawdowns: a curve that never falls gives one zero-depth period at the first bar', () => {
    // pyfolio feeds px_list_1 itself as returns: every return > 0, so the cumulative value only rises.
    const rets = [1.0, 1.2, 1.0, 0.8, 0.7, 1.1, 1.8, 1.5]
    let v = 1
    const eq = rets.map((r) => (v *= 1 + r))
    const rows = drawdownTable(eq, days(3, 8), { top: 1 })
    expect(rows).toEqual([
      expect.objectContaining({ peakTime: jan(3), valleyTime: jan(3), recoveryTime: jan(3), netDrawdown: 0 }),
    ])
  })
})

describe('drawdownTable — invariants', () => {
  it('test_drawdown_overlaps as a property: periods never overlap and are ordered by depth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -0.2, max: 0.2, noNaN: true }), { minLength: 2, maxLength: 300 }),
        (rets) => {
          let v = 100
          const eq = rets.map((r) => (v *= 1 + r))
          const times = eq.map((_, i) => i * DAY)
          const rows = drawdownTable(eq, times, { top: 20 })
          const uw = underwater(eq)
          let minUw = 0
          for (const x of uw) minUw = Math.min(minUw, x)
          expect(rows[0]?.netDrawdown).toBeCloseTo(-minUw, 12)
          for (let i = 1; i < rows.length; i++) {
            expect((rows[i] as { netDrawdown: number }).netDrawdown).toBeLessThanOrEqual(
              rows[i - 1]?.netDrawdown as number,
            )
          }
          const byPeak = [...rows].sort((a, b) => a.peakIndex - b.peakIndex)
          for (let i = 0; i + 1 < byPeak.length; i++) {
            const rec = byPeak[i]?.recoveryIndex as number
            if (!Number.isNaN(rec)) expect(rec).toBeLessThanOrEqual(byPeak[i + 1]?.peakIndex as number)
          }
          for (const r of rows) {
            expect(r.netDrawdown).toBeGreaterThanOrEqual(0)
            expect(r.peakIndex).toBeLessThanOrEqual(r.valleyIndex)
          }
        },
      ),
    )
  })

  it('on GOOG closes the deepest period is the all-time max drawdown, and underwater ≤ 0', () => {
    const { time: times, close } = loadSharedBars('GOOG.csv')
    const rows = drawdownTable(close, times, { top: 5 })
    // The 2007-11 → 2008-11 crash: the all-time high close 741.79 of 2007-11-06 and the lowest close after it, 257.44
    // on 2008-11-24 (GOOG.csv rows 812 and 1077; found independently with a plain running-max scan in Python).
    expect(rows[0]?.peakTime).toBe(Date.UTC(2007, 10, 6))
    expect(rows[0]?.valleyTime).toBe(Date.UTC(2008, 10, 24))
    expect(rows[0]?.netDrawdown).toBeCloseTo(1 - 257.44 / 741.79, 12)
    expect(rows).toHaveLength(5)
    for (const x of underwater(close)) expect(x).toBeLessThanOrEqual(0)
  })
})

describe('underwater', () => {
  it('is cum / cummax - 1', () => {
    expect(Array.from(underwater([100, 120, 90, 130, 65]))).toEqual([0, 0, 90 / 120 - 1, 0, -0.5])
  })
})

describe('drawdownTable — bad input', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['empty', () => drawdownTable([], []), /equity/],
    ['non-positive first value', () => drawdownTable([0, 1], [0, 1]), /equity\[0\]/],
    ['NaN value', () => drawdownTable([1, Number.NaN], [0, 1]), /equity\[1\]/],
    ['length mismatch', () => drawdownTable([1, 2], [0]), /times/],
    ['unsorted times', () => drawdownTable([1, 2], [1, 1]), /times\[1\]/],
    ['top 0', () => drawdownTable([1, 2], [0, 1], { top: 0 }), /top/],
  ]
  it.each(cases)('%s', (_n, fn, msg) => {
    let err: unknown
    try {
      fn()
    } catch (e) {
      err = e
    }
    expect(isAitradeError(err) && err.code === 'INVALID_ARGUMENT').toBe(true)
    expect((err as Error).message).toMatch(msg)
  })
})
