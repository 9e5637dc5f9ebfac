import { describe, expect, it } from 'vitest'
import { TradingDayClock } from './tradingDayClock.js'

const H = 3_600_000

describe('TradingDayClock', () => {
  it('Europe/Prague midnight: 23-hour day on the spring DST change (2024-03-31)', () => {
    const c = new TradingDayClock('Europe/Prague', 0)
    const d = c.dayOf(Date.UTC(2024, 2, 31, 12))
    expect(new Date(d.start).toISOString()).toBe('2024-03-30T23:00:00.000Z') // 00:00 CET
    expect(new Date(d.end).toISOString()).toBe('2024-03-31T22:00:00.000Z') // 00:00 CEST
    expect((d.end - d.start) / H).toBe(23)
  })

  it('America/Chicago 17:00: 25-hour day on the autumn DST change (2024-11-03)', () => {
    const c = new TradingDayClock('America/Chicago', 17 * H)
    const d = c.dayOf(Date.UTC(2024, 10, 3, 12))
    expect(new Date(d.start).toISOString()).toBe('2024-11-02T22:00:00.000Z') // 17:00 CDT
    expect(new Date(d.end).toISOString()).toBe('2024-11-03T23:00:00.000Z') // 17:00 CST
    // 16:59:59 CST belongs to the same day, 17:00 CST starts the next one
    expect(c.dayOf(Date.UTC(2024, 10, 3, 22, 59, 59)).key).toBe(d.key)
    expect(c.dayOf(Date.UTC(2024, 10, 3, 23)).key).toBe(d.key + 1)
  })

  it('days are contiguous across a year of DST changes', () => {
    const c = new TradingDayClock('America/New_York', 17 * H)
    let day = c.dayOf(Date.UTC(2024, 0, 1))
    for (let i = 0; i < 366; i++) {
      const next = c.dayOf(day.end)
      expect(next.start).toBe(day.end)
      expect(next.key).toBe(day.key + 1)
      expect([23, 24, 25]).toContain((next.end - next.start) / H)
      day = next
    }
  })
})

describe('TradingDayClock — property', () => {
  it('every instant lies in its day; consecutive days are contiguous, 22.5–25.5 h long (zones with odd DST, resets in DST gaps)', async () => {
    const fc = (await import('fast-check')).default
    const zones = [
      'Europe/Prague',
      'America/Chicago',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Pacific/Chatham',
      'Etc/GMT-3',
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 0, 1) }),
        (zone, resetMin, t) => {
          const c = new TradingDayClock(zone, resetMin * 60_000)
          const d = c.dayOf(t)
          expect(t >= d.start && t < d.end).toBe(true)
          const next = new TradingDayClock(zone, resetMin * 60_000).dayOf(d.end)
          expect(next.start).toBe(d.end)
          expect(next.key).toBe(d.key + 1)
          const hours = (d.end - d.start) / H
          expect(hours).toBeGreaterThanOrEqual(22.5)
          expect(hours).toBeLessThanOrEqual(25.5)
        },
      ),
      { numRuns: 400 },
    )
  })
})

describe('TradingDayClock — reset inside a DST gap', () => {
  it('Prague 02:30 on 2024-03-31 does not exist: the day starts at the end of the gap (03:00 CEST = 01:00 UTC)', () => {
    const c = new TradingDayClock('Europe/Prague', 150 * 60_000)
    const before = c.dayOf(Date.UTC(2024, 2, 31, 0, 59))
    expect(new Date(before.end).toISOString()).toBe('2024-03-31T01:00:00.000Z')
    const fresh = new TradingDayClock('Europe/Prague', 150 * 60_000).dayOf(Date.UTC(2024, 2, 31, 1, 15))
    expect(fresh.key).toBe(before.key + 1)
    expect(new Date(fresh.start).toISOString()).toBe('2024-03-31T01:00:00.000Z')
  })
})
