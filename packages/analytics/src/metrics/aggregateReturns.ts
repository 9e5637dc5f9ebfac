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

/** Calendar year of a day count since 1970-01-01, proleptic Gregorian (H. Hinnant's `civil_from_days`). */
function yearOfDays(days: number): number {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)) // the era's years start on March 1
  return yoe + era * 400 + (doy >= 306 ? 1 : 0)
}

/** Day count since 1970-01-01 of January 1 of `year`, proleptic Gregorian (H. Hinnant's `days_from_civil`). */
function januaryFirst(year: number): number {
  const y = year - 1 // the era's years start on March 1, so January belongs to the year before
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + 306 - 719468
}

/** Days before the first of month `m` (index `m − 1`, 1…13) in a common year. */
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]

/** Days from January 1 to the first of month `m` (1…13) of a year of `yearDays` (365 or 366) days. */
function monthStart(m: number, yearDays: number): number {
  return MONTH_START[m - 1]! + (m > 2 ? yearDays - 365 : 0)
}

/**
 * Group of a UTC day: writes `[code, firstDay, lastDay]` into `out`, where `code` is `year·100 + week | month |
 * quarter | 0` and `[firstDay, lastDay]` the days sharing it, so later days in range skip the math. `year` caches
 * `[year, firstDay, firstDayOfNextYear]` of the calendar year last seen (all `NaN` at first).
 */
function groupOf(days: number, convertTo: AggregatePeriod, out: Float64Array, year: Float64Array): void {
  if (!(days >= year[1]! && days < year[2]!)) {
    const y = yearOfDays(days)
    year[0] = y
    year[1] = januaryFirst(y)
    year[2] = januaryFirst(y + 1)
  }
  const y = year[0]!
  const jan1 = year[1]!
  const nextJan1 = year[2]!
  if (convertTo === 'yearly') {
    out[0] = y * 100
    out[1] = jan1
    out[2] = nextJan1 - 1
  } else if (convertTo === 'weekly') {
    // ISO week number (Monday-based weeks; week 1 holds the year's first Thursday), keyed by the calendar year
    // of the date itself — as empyrical's groupby(year, isocalendar()[1]) does.
    const weekday = days + 3 - 7 * Math.floor((days + 3) / 7) // Monday = 0; 1970-01-01 was a Thursday
    const monday = days - weekday
    const thursday = monday + 3
    const isoJan1 = thursday < jan1 ? januaryFirst(y - 1) : thursday >= nextJan1 ? nextJan1 : jan1
    out[0] = y * 100 + Math.floor((thursday - isoJan1) / 7) + 1
    out[1] = Math.max(monday, jan1)
    out[2] = Math.min(monday + 6, nextJan1 - 1)
  } else {
    const yearDays = nextJan1 - jan1
    const doy = days - jan1
    let month = Math.floor(doy / 32) + 1 // at most one month early
    if (doy >= monthStart(month + 1, yearDays)) month++
    const first = convertTo === 'monthly' ? month : 3 * Math.ceil(month / 3) - 2
    const next = convertTo === 'monthly' ? month + 1 : first + 3
    out[0] = y * 100 + (convertTo === 'monthly' ? month : (first + 2) / 3)
    out[1] = jan1 + monthStart(first, yearDays)
    out[2] = jan1 + monthStart(next, yearDays) - 1
  }
}

const TWO_DIGITS = Array.from({ length: 54 }, (_, i) => String(i).padStart(2, '0'))

/** Key prefix of each group of one year (`'2024-W'`, `'2024-'`, `'2024-Q'`, `'2024'`). */
function yearPrefix(year: number, convertTo: AggregatePeriod): string {
  const y = String(year).padStart(4, '0')
  if (convertTo === 'yearly') return y
  if (convertTo === 'weekly') return `${y}-W`
  if (convertTo === 'monthly') return `${y}-`
  return `${y}-Q`
}

/**
 * Sorts `codes[from, to)` ascending, moving `growth` along (insertion sort: a year's block holds at most 54
 * groups and is out of order only where ISO week 52/53 opens the calendar year).
 */
function sortBlock(codes: number[], growth: number[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const c = codes[i]!
    const v = growth[i]!
    let j = i - 1
    while (j >= from && codes[j]! > c) {
      codes[j + 1] = codes[j]!
      growth[j + 1] = growth[j]!
      j--
    }
    codes[j + 1] = c
    growth[j + 1] = v
  }
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
  // Groups are numbered in order of first appearance. While the years ascend, a group is found through the slots
  // of the current year (`slot[part]`, part = week | month | quarter | 0), and each finished year's block of
  // groups is sorted in place; the first time a year goes back, a code → group map takes over.
  const codes: number[] = []
  const growth: number[] = []
  const slot = new Int32Array(100).fill(-1)
  let year = Number.NEGATIVE_INFINITY
  let blockStart = 0
  let index: Map<number, number> | null = null
  const range = new Float64Array(3)
  const yearCache = new Float64Array(3).fill(Number.NaN)
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
      groupOf(day, convertTo, range, yearCache)
      lo = range[1]!
      hi = range[2]!
      if (range[0] !== code) {
        if (g >= 0) growth[g]! *= product
        product = 1
        code = range[0]!
        const y = Math.floor(code / 100)
        const part = code - y * 100
        if (index === null && y > year) {
          sortBlock(codes, growth, blockStart, codes.length)
          slot.fill(-1)
          year = y
          blockStart = codes.length
        } else if (index === null && y < year) {
          sortBlock(codes, growth, blockStart, codes.length)
          index = new Map(codes.map((c, j) => [c, j]))
        }
        g = index === null ? slot[part]! : (index.get(code) ?? -1)
        if (g === -1) {
          g = codes.length
          codes.push(code)
          growth.push(1)
          if (index === null) slot[part] = g
          else index.set(code, g)
        }
      }
    }
    const r = returns[i]!
    if (!Number.isNaN(r)) product *= 1 + r
  }
  if (g >= 0) growth[g]! *= product
  const order = codes.map((_, j) => j)
  if (index === null) sortBlock(codes, growth, blockStart, codes.length)
  else order.sort((a, b) => codes[a]! - codes[b]!)
  const out = new Float64Array(order.length)
  const keys: string[] = []
  let prefixYear = Number.NaN
  let prefix = ''
  for (let pos = 0; pos < order.length; pos++) {
    const j = order[pos]!
    out[pos] = growth[j]! - 1
    const c = codes[j]!
    const y = Math.floor(c / 100)
    if (y !== prefixYear) {
      prefixYear = y
      prefix = yearPrefix(y, convertTo)
    }
    const part = c - y * 100
    keys.push(convertTo === 'yearly' ? prefix : convertTo === 'quarterly' ? prefix + part : prefix + TWO_DIGITS[part])
  }
  return { keys, returns: out }
}
