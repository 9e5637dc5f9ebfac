import { InvalidArgumentError } from '@aitrade/core'
import { checkSeries } from './options.js'

/** Target period of {@link aggregateReturns}. */
export type AggregatePeriod = 'weekly' | 'monthly' | 'quarterly' | 'yearly'

/** Result of {@link aggregateReturns}: one compounded return per calendar period, ordered by key. */
export interface AggregatedReturns {
  /** Period keys in ascending order: `YYYY-Www` (weekly), `YYYY-MM`, `YYYY-Qn` or `YYYY` (UTC calendar). */
  keys: string[]
  /** Compounded return of each period (fraction), aligned with `keys`. */
  returns: Float64Array
}

const DAY_MS = 86_400_000

/** Proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`). */
function yearMonthOfDays(days: number): number {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return year * 100 + month
}

/** Day count since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`); month 13 = next January. */
function daysFromCivil(year: number, month: number, day: number): number {
  const yearN = month > 12 ? year + 1 : year
  const monthN = month > 12 ? month - 12 : month
  const y = monthN <= 2 ? yearN - 1 : yearN
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (monthN > 2 ? monthN - 3 : monthN + 9) + 2) / 5) + day - 1
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468
}

/**
 * Group of a UTC day: writes `[code, firstDay, lastDay]` into `out`, where `code` is `year·100 + week | month |
 * quarter` (or the year) and `[firstDay, lastDay]` the days sharing it, so later days in range skip the math.
 */
function groupOf(days: number, convertTo: AggregatePeriod, out: Float64Array): void {
  const ym = yearMonthOfDays(days)
  const year = Math.floor(ym / 100)
  const month = ym - year * 100
  if (convertTo === 'monthly') {
    out[0] = ym
    out[1] = daysFromCivil(year, month, 1)
    out[2] = daysFromCivil(year, month + 1, 1) - 1
  } else if (convertTo === 'quarterly') {
    const q = Math.ceil(month / 3)
    out[0] = year * 100 + q
    out[1] = daysFromCivil(year, 3 * q - 2, 1)
    out[2] = daysFromCivil(year, 3 * q + 1, 1) - 1
  } else if (convertTo === 'yearly') {
    out[0] = year
    out[1] = daysFromCivil(year, 1, 1)
    out[2] = daysFromCivil(year + 1, 1, 1) - 1
  } else {
    // ISO week number (Monday-based weeks; week 1 holds the year's first Thursday), keyed by the calendar year
    // of the date itself — as empyrical's groupby(year, isocalendar()[1]) does.
    const weekday = (((days + 3) % 7) + 7) % 7 // Monday = 0; 1970-01-01 was a Thursday
    const monday = days - weekday
    const thursday = monday + 3
    const isoYear = month === 1 || month === 12 ? Math.floor(yearMonthOfDays(thursday) / 100) : year
    out[0] = year * 100 + Math.floor((thursday - daysFromCivil(isoYear, 1, 1)) / 7) + 1
    out[1] = Math.max(monday, daysFromCivil(year, 1, 1))
    out[2] = Math.min(monday + 6, daysFromCivil(year + 1, 1, 1) - 1)
  }
}

const TWO_DIGITS = Array.from({ length: 54 }, (_, i) => String(i).padStart(2, '0'))

function keyOf(code: number, convertTo: AggregatePeriod): string {
  if (convertTo === 'yearly') return String(code).padStart(4, '0')
  const year = String(Math.floor(code / 100)).padStart(4, '0')
  const part = code % 100
  if (convertTo === 'weekly') return `${year}-W${TWO_DIGITS[part]}`
  if (convertTo === 'monthly') return `${year}-${TWO_DIGITS[part]}`
  return `${year}-Q${part}`
}

/**
 * Compounds per-period returns into calendar weeks, months, quarters or years (UTC):
 * `R_g = ∏_{i ∈ g} (1 + rᵢ) − 1` for each group `g`. Convention: empyrical `aggregate_returns`, whose weekly
 * groups are (calendar year, ISO week number) — so 2024-12-30, in ISO week 1 of 2025, is keyed `2024-W01`.
 *
 * Edge cases: `NaN` returns count as `0` (empyrical's `cum_returns` fills them); empty input → no groups.
 * Observations need not be sorted; keys come out in ascending order.
 *
 * @param returns - Per-period simple returns (fractions); `NaN` marks a missing period.
 * @param times - Time of each return in epoch milliseconds (UTC), same length as `returns`.
 * @param convertTo - `'weekly'`, `'monthly'`, `'quarterly'` or `'yearly'`.
 * @returns `{ keys, returns }`: `YYYY-Www` / `YYYY-MM` / `YYYY-Qn` / `YYYY` keys and compounded returns.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric returns, times that are
 *   not finite numbers, mismatched lengths or an unknown `convertTo`.
 * @see empyrical `aggregate_returns` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { aggregateReturns } from '@aitrade/analytics'
 *
 * const times = [Date.UTC(2024, 0, 31), Date.UTC(2024, 1, 1), Date.UTC(2024, 1, 2)]
 * aggregateReturns([0.01, 0.02, -0.01], times, 'monthly')
 * // { keys: ['2024-01', '2024-02'], returns: Float64Array [0.01, 0.0098] }
 * ```
 */
export function aggregateReturns(
  returns: ArrayLike<number>,
  times: ArrayLike<number>,
  convertTo: AggregatePeriod,
): AggregatedReturns {
  checkSeries('returns', returns)
  checkSeries('times', times)
  if (times.length !== returns.length) {
    throw new InvalidArgumentError(
      'times',
      `must have the same length as returns (${returns.length}), got ${times.length}`,
    )
  }
  if (convertTo !== 'weekly' && convertTo !== 'monthly' && convertTo !== 'quarterly' && convertTo !== 'yearly') {
    throw new InvalidArgumentError(
      'convertTo',
      `must be weekly, monthly, quarterly or yearly, got ${String(convertTo)}`,
    )
  }
  // groups in order of first appearance; the code → group map is only built once codes stop ascending
  const codes: number[] = []
  const growth: number[] = []
  let index: Map<number, number> | null = null
  const range = new Float64Array(3)
  let lo = Number.POSITIVE_INFINITY
  let hi = Number.NEGATIVE_INFINITY
  let code = Number.NaN
  let g = -1
  let product = 1 // growth of the current group since it was last entered, flushed on a change
  for (let i = 0; i < returns.length; i++) {
    const t = times[i]!
    if (!Number.isFinite(t))
      throw new InvalidArgumentError(`times[${i}]`, `must be finite epoch milliseconds, got ${t}`)
    const day = Math.floor(t / DAY_MS)
    if (day < lo || day > hi) {
      groupOf(day, convertTo, range)
      lo = range[1]!
      hi = range[2]!
      if (range[0] !== code) {
        if (g >= 0) growth[g]! *= product
        product = 1
        code = range[0]!
        if (index === null && (codes.length === 0 || code > codes[codes.length - 1]!)) g = -1
        else {
          index ??= new Map(codes.map((c, j) => [c, j]))
          g = index.get(code) ?? -1
        }
        if (g === -1) {
          g = codes.length
          codes.push(code)
          growth.push(1)
          index?.set(code, g)
        }
      }
    }
    const r = returns[i]!
    if (!Number.isNaN(r)) product *= 1 + r
  }
  if (g >= 0) growth[g]! *= product
  const order = codes.map((_, j) => j)
  if (index !== null) order.sort((a, b) => codes[a]! - codes[b]!)
  const out = new Float64Array(order.length)
  const keys = order.map((j, pos) => {
    out[pos] = growth[j]! - 1
    return keyOf(codes[j]!, convertTo)
  })
  return { keys, returns: out }
}
