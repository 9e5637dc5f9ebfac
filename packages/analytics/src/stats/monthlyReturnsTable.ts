import { InvalidArgumentError } from '@aitrade/core'
import { aggregateReturns } from '../metrics/aggregateReturns.js'

/** Year × month grid of compounded returns (see {@link monthlyReturnsTable}). */
export interface MonthlyReturnsTable {
  /** Calendar years (UTC) present in the data, ascending. */
  years: number[]
  /** One row per year: 12 compounded monthly returns (fractions), January first; `NaN` for months without data. */
  months: Float64Array[]
  /** Compounded return of each year (fractions), aligned with `years` — the "EOY" column of quantstats. */
  yearly: Float64Array
}

/**
 * Monthly returns laid out as a year × month grid for a heatmap, with yearly totals. Each cell compounds the
 * period returns of that calendar month (`Π(1 + r) - 1`, `NaN` observations counted as `0`), and each yearly total
 * compounds the returns of the whole year — as pyfolio's `aggregate_returns(returns, 'monthly' | 'yearly')` and
 * quantstats' `monthly_returns(..., eoy=True, compounded=True)` do.
 *
 * @param returns - Per-period simple returns (fractions), oldest first; `NaN` marks a missing observation.
 * @param times - Time of each return, epoch ms UTC, ascending, same length.
 * @returns The grid; see {@link MonthlyReturnsTable}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the lengths differ or a time is not a
 *   finite number (and whatever `aggregateReturns` rejects).
 *
 * @example
 * ```ts
 * import { monthlyReturnsTable } from '@aitrade/analytics'
 *
 * const t = monthlyReturnsTable([0.1, 0.1, -0.5], [Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 3), Date.UTC(2024, 2, 1)])
 * t.years // [2024]
 * t.months[0]?.[0] // ≈ 0.21 (January: 1.1 × 1.1 − 1)
 * t.yearly[0] // ≈ -0.395 (1.21 × 0.5 − 1)
 * ```
 * @see pyfolio `timeseries.aggregate_returns` and `plotting.plot_monthly_returns_heatmap`; quantstats
 *   `stats.monthly_returns`.
 */
export function monthlyReturnsTable(returns: ArrayLike<number>, times: ArrayLike<number>): MonthlyReturnsTable {
  if (returns.length !== times.length) {
    throw new InvalidArgumentError('times', `length ${times.length} differs from the returns length ${returns.length}`)
  }
  const monthly = aggregateReturns(returns, times, 'monthly')
  const yearly = aggregateReturns(returns, times, 'yearly')
  const years = yearly.keys.map(Number)
  const rowOf = new Map(years.map((y, i) => [y, i]))
  const months = years.map(() => new Float64Array(12).fill(Number.NaN))
  monthly.keys.forEach((key, i) => {
    const row = rowOf.get(Number(key.slice(0, 4))) as number
    ;(months[row] as Float64Array)[Number(key.slice(5, 7)) - 1] = monthly.returns[i] as number
  })
  return { years, months, yearly: Float64Array.from(yearly.returns) }
}
