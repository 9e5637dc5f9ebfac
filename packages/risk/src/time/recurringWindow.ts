import { MS_PER_DAY, type ZonedClock } from './zonedClock.js'

/**
 * A window that recurs every week (when `startDay`/`endDay` are given, 0 = Sunday) or every day, in local wall-clock
 * time of a zone: from `startDay startMs` to the next `endDay endMs`. @internal
 */
export class RecurringWindow {
  private readonly period: number
  constructor(
    private readonly clock: ZonedClock,
    private readonly startMs: number,
    private readonly endMs: number,
    private readonly startDay?: number,
    private readonly endDay?: number,
  ) {
    this.period = startDay === undefined ? 1 : 7
  }

  private startWallOnOrBefore(t: number): number {
    const l = this.clock.local(t)
    const wall = l.date * MS_PER_DAY + l.msOfDay
    const back = this.startDay === undefined ? 0 : (l.weekday - this.startDay + 7) % 7
    let s = (l.date - back) * MS_PER_DAY + this.startMs
    if (s > wall) s -= this.period * MS_PER_DAY
    return s
  }

  private endWallAfter(startWall: number): number {
    const startDate = Math.floor(startWall / MS_PER_DAY)
    const sd = this.startDay ?? 0
    const ed = this.endDay ?? 0
    let days = this.startDay === undefined ? 0 : (ed - sd + 7) % 7
    if (days === 0 && this.endMs <= this.startMs) days = this.period
    return (startDate + days) * MS_PER_DAY + this.endMs
  }

  /** Whether instant `t` lies inside an occurrence. */
  contains(t: number): boolean {
    const s = this.startWallOnOrBefore(t)
    return t < this.clock.instantOf(this.endWallAfter(s))
  }

  /** Whether an occurrence starts in `(from, to]` or `from` lies inside one. */
  overlaps(from: number, to: number): boolean {
    if (this.contains(from)) return true
    const s = this.startWallOnOrBefore(to)
    const start = this.clock.instantOf(s)
    return start > from && start <= to
  }
}
