import { InvalidArgumentError } from '@aitrade/core'

/**
 * Calendar period that anchors a session-based indicator (VWAP, pivot points): a new period starts at
 * local midnight (`'day'`), at Monday 00:00 local (`'week'`, ISO weeks as TradingView draws them) or on
 * the 1st of the month 00:00 local (`'month'`), where local time is UTC shifted by `utcOffset` minutes.
 */
export type PeriodAnchor = 'day' | 'week' | 'month'

const DAY_MS = 86_400_000

/**
 * Identifier of the calendar period containing `time` (equal for two times in the same period, larger for
 * later periods).
 * @param time - Epoch milliseconds UTC.
 * @param anchor - Period kind.
 * @param offsetMs - Local time minus UTC, in milliseconds.
 * @internal
 */
export function periodKey(time: number, anchor: PeriodAnchor, offsetMs: number): number {
  const local = time + offsetMs
  if (anchor === 'day') return Math.floor(local / DAY_MS)
  // 1970-01-01 was a Thursday: +3 days makes Monday the first day of each 7-day block
  if (anchor === 'week') return Math.floor((Math.floor(local / DAY_MS) + 3) / 7)
  const d = new Date(local)
  return d.getUTCFullYear() * 12 + d.getUTCMonth()
}

/**
 * Checks an anchor option against the allowed values.
 * @internal
 */
export function checkAnchor<A extends string>(value: A, allowed: readonly A[]): A {
  if (!allowed.includes(value)) {
    throw new InvalidArgumentError(
      'anchor',
      `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${String(value)}`,
    )
  }
  return value
}

/**
 * Checks a UTC offset in minutes (`-720..840`) and returns it in milliseconds.
 * @internal
 */
export function utcOffsetMs(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < -720 || minutes > 840) {
    throw new InvalidArgumentError(
      'utcOffset',
      `must be an integer number of minutes in [-720, 840], got ${String(minutes)}`,
    )
  }
  return minutes * 60_000
}
