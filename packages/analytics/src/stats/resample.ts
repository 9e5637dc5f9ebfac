/**
 * Calendar resampling shared by the trade statistics and the tearsheet (internal).
 *
 * @module
 */

const DAY_MS = 86_400_000

/** pandas resample rules used by backtesting.py: calendar day, week ending Sunday (`'W'`), month end, year end. */
export type CalendarRule = 'D' | 'W' | 'M' | 'Y'

/** Calendar bucket number of an epoch-ms time (UTC) under `rule`; equal numbers mean the same bucket. */
export function calendarBucket(t: number, rule: CalendarRule): number {
  const day = Math.floor(t / DAY_MS)
  if (rule === 'D') return day
  if (rule === 'W') return Math.floor((day + 3) / 7) // 1970-01-01 is a Thursday; weeks run Monday..Sunday
  const d = new Date(t)
  return rule === 'M' ? d.getUTCFullYear() * 12 + d.getUTCMonth() : d.getUTCFullYear()
}

/**
 * The last value of each non-empty calendar bucket, with the time of the bar it came from
 * (pandas `series.resample(rule).last().dropna()`, keeping bar times instead of bucket labels).
 */
export function lastPerBucket(
  time: ArrayLike<number>,
  values: ArrayLike<number>,
  rule: CalendarRule,
): { time: Float64Array; values: Float64Array } {
  const outT: number[] = []
  const outV: number[] = []
  let prev = Number.NaN
  for (let i = 0; i < time.length; i++) {
    const b = calendarBucket(time[i] as number, rule)
    if (b === prev) {
      outT[outT.length - 1] = time[i] as number
      outV[outV.length - 1] = values[i] as number
    } else {
      outT.push(time[i] as number)
      outV.push(values[i] as number)
    }
    prev = b
  }
  return { time: Float64Array.from(outT), values: Float64Array.from(outV) }
}

/**
 * backtesting.py's test for round-the-clock markets: more than 60 % of the 2/7 share of bars a 7-day week would put
 * on Saturday and Sunday (UTC) fall there.
 */
export function hasWeekendBars(time: ArrayLike<number>): boolean {
  let weekend = 0
  for (let i = 0; i < time.length; i++) {
    const weekday = (Math.floor((time[i] as number) / DAY_MS) + 3) % 7 // Monday = 0
    if (weekday >= 5) weekend++
  }
  return weekend / time.length > (2 / 7) * 0.6
}
