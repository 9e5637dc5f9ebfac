import { describe, expect, it } from 'vitest'
import { BarSchema } from './bar.js'

const ok = { time: Date.UTC(2024, 0, 2), open: 10, high: 12, low: 9, close: 11, volume: 5 }

describe('BarSchema', () => {
  it('accepts a valid bar, including a flat zero-volume one', () => {
    expect(BarSchema.parse(ok)).toEqual(ok)
    expect(BarSchema.safeParse({ ...ok, open: 5, high: 5, low: 5, close: 5, volume: 0 }).success).toBe(true)
  })

  it('names the offending field', () => {
    const paths = (bar: unknown) => {
      const r = BarSchema.safeParse(bar)
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'))
    }
    expect(paths({ ...ok, high: 10.5 })).toEqual(['high'])
    expect(paths({ ...ok, low: 10.5 })).toEqual(['low'])
    expect(paths({ ...ok, high: 8 })).toEqual(['high'])
    expect(paths({ ...ok, open: -1, low: -1 })).toEqual(['open', 'low'])
    expect(paths({ ...ok, volume: Number.NaN })).toEqual(['volume'])
    expect(paths({ ...ok, time: 1.5 })).toEqual(['time'])
    expect(paths({ ...ok, close: Number.POSITIVE_INFINITY })).toEqual(['close'])
  })
})
