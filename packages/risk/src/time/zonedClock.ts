import { InvalidArgumentError } from '@aitrade/core'
import { z } from 'zod'

const DAY_MS = 86_400_000

/** zod schema of a wall-clock time `HH:mm` (24 h), output as milliseconds after local midnight. @internal */
export const WallTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm (24 h)')
  .transform((s) => (Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5))) * 60_000)

/** zod schema of an IANA time-zone name, checked with `Intl.DateTimeFormat`. @internal */
export const TimeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}, 'not an IANA time zone known to Intl')

/** Local calendar position of an instant in a time zone. @internal */
export interface LocalTime {
  /** Local calendar date as days since 1970-01-01. */
  date: number
  /** Milliseconds since local midnight. */
  msOfDay: number
  /** Local weekday, 0 = Sunday … 6 = Saturday. */
  weekday: number
  /** Offset of local wall time from UTC, ms (wall = utc + offset). */
  offset: number
}

/**
 * Converts epoch ms to wall-clock time in an IANA zone with `Intl.DateTimeFormat` (no dependency), and back.
 * DST is handled by the platform's tz database. @internal
 */
export class ZonedClock {
  private readonly fmt: Intl.DateTimeFormat
  constructor(readonly timeZone: string) {
    try {
      this.fmt = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })
    } catch (cause) {
      throw new InvalidArgumentError('timeZone', `not an IANA time zone: ${timeZone}`, { cause })
    }
  }

  /** Offset (wall − utc) in ms at instant `t`. */
  offsetAt(t: number): number {
    let y = 0
    let mo = 0
    let d = 0
    let h = 0
    let mi = 0
    let s = 0
    for (const p of this.fmt.formatToParts(t)) {
      switch (p.type) {
        case 'year':
          y = Number(p.value)
          break
        case 'month':
          mo = Number(p.value)
          break
        case 'day':
          d = Number(p.value)
          break
        case 'hour':
          h = Number(p.value)
          break
        case 'minute':
          mi = Number(p.value)
          break
        case 'second':
          s = Number(p.value)
          break
      }
    }
    const floorSec = Math.floor(t / 1000) * 1000
    return Date.UTC(y, mo - 1, d, h, mi, s) - floorSec
  }

  /** Local date, time of day and weekday of instant `t`. */
  local(t: number): LocalTime {
    const offset = this.offsetAt(t)
    const wall = t + offset
    const date = Math.floor(wall / DAY_MS)
    return { date, msOfDay: wall - date * DAY_MS, weekday: (((date + 4) % 7) + 7) % 7, offset }
  }

  /**
   * The instant at which local wall time equals `wall` (ms since epoch as if the wall clock were UTC), found by two
   * offset iterations (one look-up when `hintOffset`, an offset in force nearby, is still right). Inside a DST gap (a
   * wall time that does not exist) the result lies at the end of the gap.
   */
  instantOf(wall: number, hintOffset?: number): number {
    if (hintOffset !== undefined && this.offsetAt(wall - hintOffset) === hintOffset) return wall - hintOffset
    const off1 = this.offsetAt(wall - this.offsetAt(wall))
    const t = wall - off1
    const off2 = this.offsetAt(t)
    if (off2 === off1) return t
    const other = wall - off2
    if (this.offsetAt(other) === off2) return other
    // DST gap: `wall` does not exist; return the transition instant (the first instant after the gap)
    let lo = Math.min(t, other)
    let hi = Math.max(t, other)
    const after = this.offsetAt(hi)
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000
      if (this.offsetAt(mid) === after) hi = mid
      else lo = mid
    }
    return hi
  }
}

/** Milliseconds in a day. @internal */
export const MS_PER_DAY = DAY_MS
