import { MS_PER_DAY, ZonedClock } from './zonedClock.js'

/** One trading day: `[start, end)` in epoch ms and its key (local date, days since epoch, on which it starts). @internal */
export interface TradingDay {
  key: number
  start: number
  end: number
}

/**
 * Splits time into trading days that start at a local wall-clock `resetMs` (ms after midnight) in an IANA zone,
 * DST-correct: a day that contains a DST change is 23 or 25 hours long. Caches the current day so that repeated
 * calls inside one day cost one comparison. @internal
 */
export class TradingDayClock {
  readonly zone: ZonedClock
  private cached: TradingDay | undefined
  constructor(
    timeZone: string,
    private readonly resetMs: number,
  ) {
    this.zone = new ZonedClock(timeZone)
  }

  /** The trading day containing instant `t`. */
  dayOf(t: number): TradingDay {
    const c = this.cached
    if (c !== undefined && t >= c.start && t < c.end) return c
    const l = this.zone.local(t)
    const key = l.msOfDay >= this.resetMs ? l.date : l.date - 1
    const start = this.zone.instantOf(key * MS_PER_DAY + this.resetMs, l.offset)
    const end = this.zone.instantOf((key + 1) * MS_PER_DAY + this.resetMs, l.offset)
    const day = { key, start: Math.min(start, t), end: Math.max(end, t + 1) }
    this.cached = day
    return day
  }
}
