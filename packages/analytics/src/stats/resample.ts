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
  const outT = new Float64Array(time.length)
  const outV = new Float64Array(time.length)
  let k = -1
  let prev = Number.NaN
  for (let i = 0; i < time.length; i++) {
    const t = time[i] as number
    const b = calendarBucket(t, rule)
    if (b !== prev) k++
    outT[k] = t
    outV[k] = values[i] as number
    prev = b
  }
  return { time: outT.subarray(0, k + 1), values: outV.subarray(0, k + 1) }
}

/** Median spacing of the last 100 bars, ms (backtesting.py `_data_period`); `NaN` for a single bar. */
export function dataPeriod(time: ArrayLike<number>): number {
  const n = time.length
  const diffs: number[] = []
  for (let i = Math.max(0, n - 100) + 1; i < n; i++) diffs.push((time[i] as number) - (time[i - 1] as number))
  if (diffs.length === 0) return Number.NaN
  diffs.sort((a, b) => a - b)
  const m = diffs.length >> 1
  return diffs.length % 2 ? (diffs[m] as number) : ((diffs[m - 1] as number) + (diffs[m] as number)) / 2
}

/**
 * backtesting.py 0.6's choice of return period and annualisation for a bar series: bars 7, 31 or 365 whole days
 * apart (median spacing) are resampled weekly, monthly or yearly with 52, 12 or 1 periods per year; anything else
 * daily, with 365 periods when the bars include weekends and 252 otherwise.
 */
export function periodCalendar(time: ArrayLike<number>): {
  period: number
  rule: CalendarRule
  periodsPerYear: number
} {
  const period = dataPeriod(time)
  const days = Math.trunc(period / DAY_MS)
  if (days === 7) return { period, rule: 'W', periodsPerYear: 52 }
  if (days === 31) return { period, rule: 'M', periodsPerYear: 12 }
  if (days === 365) return { period, rule: 'Y', periodsPerYear: 1 }
  return { period, rule: 'D', periodsPerYear: hasWeekendBars(time) ? 365 : 252 }
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
