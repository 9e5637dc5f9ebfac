import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isAitradeError } from './errors.js'
import {
  alignTime,
  isTimeframe,
  nextBarTime,
  parseTimeframe,
  TIMEFRAMES,
  type Timeframe,
  TimeframeSchema,
  timeframeFromMs,
  timeframeToMs,
} from './timeframe.js'

describe('timeframes', () => {
  it('lists ccxt timeframes shortest first', () => {
    expect(TIMEFRAMES).toEqual([
      '1m',
      '3m',
      '5m',
      '15m',
      '30m',
      '1h',
      '2h',
      '4h',
      '6h',
      '8h',
      '12h',
      '1d',
      '3d',
      '1w',
      '1M',
    ])
    const fixed = TIMEFRAMES.filter((t) => t !== '1M').map(timeframeToMs)
    expect([...fixed].sort((a, b) => a - b)).toEqual(fixed)
  })

  it('parses and rejects with a typed error', () => {
    expect(parseTimeframe('4h')).toBe('4h')
    expect(parseTimeframe(' 1M ')).toBe('1M')
    for (const bad of ['1D', '10m', '', '60', '1 h']) {
      let err: unknown
      try {
        parseTimeframe(bad)
      } catch (e) {
        err = e
      }
      expect(isAitradeError(err) && err.code).toBe('INVALID_ARGUMENT')
    }
    expect(isTimeframe('1w')).toBe(true)
    expect(isTimeframe('1W')).toBe(false)
    expect(isTimeframe(5)).toBe(false)
    expect(isTimeframe('toString')).toBe(false)
    expect(TimeframeSchema.safeParse('12h').success).toBe(true)
    expect(TimeframeSchema.safeParse('2d').success).toBe(false)
  })

  it('gives durations in ms (month nominal 30 days as ccxt)', () => {
    expect(timeframeToMs('1m')).toBe(60_000)
    expect(timeframeToMs('15m')).toBe(900_000)
    expect(timeframeToMs('1h')).toBe(3_600_000)
    expect(timeframeToMs('8h')).toBe(28_800_000)
    expect(timeframeToMs('1d')).toBe(86_400_000)
    expect(timeframeToMs('3d')).toBe(259_200_000)
    expect(timeframeToMs('1w')).toBe(604_800_000)
    expect(timeframeToMs('1M')).toBe(2_592_000_000)
    expect(() => timeframeToMs('2w' as Timeframe)).toThrow(/unknown timeframe/)
  })

  it('formats a duration as a timeframe', () => {
    expect(timeframeFromMs(60_000)).toBe('1m')
    expect(timeframeFromMs(4 * 3_600_000)).toBe('4h')
    expect(timeframeFromMs(7 * 86_400_000)).toBe('1w')
    expect(timeframeFromMs(30 * 86_400_000)).toBeUndefined() // 1M has no fixed length
    expect(timeframeFromMs(120_000)).toBeUndefined()
    for (const tf of TIMEFRAMES) if (tf !== '1M') expect(timeframeFromMs(timeframeToMs(tf))).toBe(tf)
  })

  it('aligns to UTC bar opens (hand-checked calendar dates)', () => {
    const t = Date.UTC(2024, 0, 3, 13, 47, 12, 5) // Wed 2024-01-03 13:47:12.005
    expect(alignTime(t, '1m')).toBe(Date.UTC(2024, 0, 3, 13, 47))
    expect(alignTime(t, '15m')).toBe(Date.UTC(2024, 0, 3, 13, 45))
    expect(alignTime(t, '4h')).toBe(Date.UTC(2024, 0, 3, 12))
    expect(alignTime(t, '6h')).toBe(Date.UTC(2024, 0, 3, 12))
    expect(alignTime(t, '8h')).toBe(Date.UTC(2024, 0, 3, 8))
    expect(alignTime(t, '1d')).toBe(Date.UTC(2024, 0, 3))
    expect(alignTime(t, '1w')).toBe(Date.UTC(2024, 0, 1)) // Monday 1 Jan 2024
    expect(alignTime(Date.UTC(2024, 0, 7, 23, 59), '1w')).toBe(Date.UTC(2024, 0, 1)) // Sunday → previous Monday
    expect(alignTime(Date.UTC(2024, 0, 8), '1w')).toBe(Date.UTC(2024, 0, 8))
    expect(alignTime(Date.UTC(1970, 0, 1, 5), '1w')).toBe(Date.UTC(1969, 11, 29)) // before the first Monday
    expect(alignTime(t, '1M')).toBe(Date.UTC(2024, 0, 1))
    expect(alignTime(Date.UTC(2024, 1, 29, 23, 59), '1M')).toBe(Date.UTC(2024, 1, 1))
    // 3d bars are epoch-aligned: day 19725 = 2024-01-03 (19725 % 3 === 0)
    expect(alignTime(Date.UTC(2024, 0, 5, 1), '3d')).toBe(Date.UTC(2024, 0, 3))
    expect(new Date(alignTime(t, '1w')).getUTCDay()).toBe(1)
  })

  it('steps to the next bar, calendar months included', () => {
    expect(nextBarTime(Date.UTC(2024, 0, 31, 10), '1M')).toBe(Date.UTC(2024, 1, 1))
    expect(nextBarTime(Date.UTC(2024, 11, 5), '1M')).toBe(Date.UTC(2025, 0, 1))
    expect(nextBarTime(Date.UTC(2024, 0, 3, 13, 47), '1h')).toBe(Date.UTC(2024, 0, 3, 14))
    expect(nextBarTime(Date.UTC(2024, 0, 3), '1d')).toBe(Date.UTC(2024, 0, 4))
    expect(nextBarTime(Date.UTC(2024, 0, 3), '1w')).toBe(Date.UTC(2024, 0, 8))
  })

  it('rejects non-finite times', () => {
    expect(() => alignTime(Number.NaN, '1h')).toThrow(/finite/)
    expect(() => nextBarTime(Number.POSITIVE_INFINITY, '1M')).toThrow(/finite/)
  })

  it('property: open <= t < next, and aligning an open is idempotent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000_000_000_000, max: 4_000_000_000_000 }),
        fc.constantFrom(...TIMEFRAMES),
        (t, tf) => {
          const open = alignTime(t, tf)
          const next = nextBarTime(t, tf)
          return open <= t && t < next && alignTime(open, tf) === open && alignTime(next, tf) === next
        },
      ),
    )
  })
})
