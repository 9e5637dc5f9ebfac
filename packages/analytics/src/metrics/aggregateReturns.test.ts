import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateRange, expectAllClose, periodicReturns, simpleBenchmark } from '../__fixtures__/empyricalFixtures.js'
import { aggregateReturns } from './aggregateReturns.js'

// Oracle: empyrical tests/test_stats.py test_aggregate_returns (stefan-jansen/empyrical-reloaded), decimal=8;
// the series are indexed like the fixtures: daily / weekly (Sundays) / month-end dates from 2000-01-30.
const DEC8 = { abs: 1.5e-8 }

describe('aggregateReturns (empyrical aggregate_returns)', () => {
  const daily = dateRange(9, 'D')
  it('matches the published fixtures', () => {
    const weekly = aggregateReturns(simpleBenchmark, daily, 'weekly')
    expect(weekly.keys).toEqual(['2000-W04', '2000-W05', '2000-W06'])
    expectAllClose(weekly.returns, [0.0, 0.040604010000000024, 0.0], DEC8)
    const monthly = aggregateReturns(simpleBenchmark, daily, 'monthly')
    expect(monthly.keys).toEqual(['2000-01', '2000-02'])
    expectAllClose(monthly.returns, [0.01, 0.03030099999999991], DEC8)
    expectAllClose(aggregateReturns(simpleBenchmark, daily, 'quarterly').returns, [0.04060401], DEC8)
    expectAllClose(aggregateReturns(simpleBenchmark, daily, 'yearly').returns, [0.040604010000000024], DEC8)

    const weeks = dateRange(9, 'W')
    expectAllClose(
      aggregateReturns(periodicReturns, weeks, 'monthly').returns,
      [0.0, 0.087891200000000058, -0.04500459999999995],
      DEC8,
    )
    expectAllClose(aggregateReturns(periodicReturns, weeks, 'yearly').returns, [0.038931091700480147], DEC8)
    const months = dateRange(9, 'ME')
    expectAllClose(aggregateReturns(periodicReturns, months, 'yearly').returns, [0.038931091700480147], DEC8)
    const quarterly = aggregateReturns(periodicReturns, months, 'quarterly')
    expect(quarterly.keys).toEqual(['2000-Q1', '2000-Q2', '2000-Q3'])
    expectAllClose(quarterly.returns, [0.11100000000000021, 0.008575999999999917, -0.072819999999999996], DEC8)
  })

  it('keys weeks by calendar year and ISO week, as pandas groupby(year, isocalendar week)', () => {
    // 2024-12-30 (Mon) and 2024-12-31 are in ISO week 1 of 2025 but calendar year 2024; 2024-01-01 is 2024-W01.
    const t = [Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 30), Date.UTC(2024, 11, 31), Date.UTC(2025, 0, 1)]
    const out = aggregateReturns([0.1, 0.1, 0.1, 0.1], t, 'weekly')
    expect(out.keys).toEqual(['2024-W01', '2025-W01'])
    expectAllClose(out.returns, [1.1 ** 3 - 1, 0.1])
  })

  it('orders unsorted input, treats NaN as 0 and rejects bad times', () => {
    const t = [Date.UTC(2021, 5, 1), Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)]
    const out = aggregateReturns([0.5, 0.2, Number.NaN], t, 'yearly')
    expect(out.keys).toEqual(['2020', '2021'])
    expectAllClose(out.returns, [0.2, 0.5])
    expect(aggregateReturns([], [], 'monthly')).toEqual({ keys: [], returns: new Float64Array(0) })
    expect(() => aggregateReturns([0.1], [Number.NaN], 'monthly')).toThrowError(/times\[0\]/)
    expect(() => aggregateReturns([0.1], [], 'monthly')).toThrowError(/times/)
    expect(() => aggregateReturns([0.1], [0], 'daily' as 'monthly')).toThrowError(/convertTo/)
  })

  it('property: calendar keys agree with the Date API (ISO week by the Thursday rule)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 80_000 }), fc.integer({ min: 0, max: 86_399_999 }), (day, ms) => {
        const t = day * 86_400_000 + ms
        const d = new Date(t)
        const thursday = new Date(
          Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7)),
        )
        const week = Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 604_800_000) + 1
        const year = String(d.getUTCFullYear()).padStart(4, '0')
        const month = String(d.getUTCMonth() + 1).padStart(2, '0')
        return (
          aggregateReturns([0.01], [t], 'weekly').keys[0] === `${year}-W${String(week).padStart(2, '0')}` &&
          aggregateReturns([0.01], [t], 'monthly').keys[0] === `${year}-${month}` &&
          aggregateReturns([0.01], [t], 'quarterly').keys[0] === `${year}-Q${Math.ceil((d.getUTCMonth() + 1) / 3)}`
        )
      }),
    )
  })

  it('property: a series aggregates like grouping its observations one by one', () => {
    // days 1999-11-05 … 2001-03-19: calendar 2000 opens in ISO week 52 (2000-01-01/02 are keyed 2000-W52) and
    // 2001-01-01 is in week 1. Sorted input takes the per-year path, shuffled input the code → group map.
    const obs = fc.array(
      fc.record({
        day: fc.integer({ min: 10_900, max: 11_400 }),
        r: fc.integer({ min: -100, max: 100 }).map((x) => x / 1000),
      }),
      { maxLength: 60 },
    )
    fc.assert(
      fc.property(
        obs,
        fc.constantFrom('weekly', 'monthly', 'quarterly', 'yearly') as fc.Arbitrary<'weekly'>,
        fc.boolean(),
        (unsorted, to, sort) => {
          const xs = sort ? [...unsorted].sort((a, b) => a.day - b.day) : unsorted
          const times = xs.map((x) => x.day * 86_400_000 + 3_600_000)
          const out = aggregateReturns(
            xs.map((x) => x.r),
            times,
            to,
          )
          const naive = new Map<string, number>()
          xs.forEach((x, i) => {
            const key = aggregateReturns([0], [times[i]!], to).keys[0]!
            naive.set(key, (naive.get(key) ?? 1) * (1 + x.r))
          })
          const keys = [...naive.keys()].sort()
          return (
            JSON.stringify(out.keys) === JSON.stringify(keys) &&
            keys.every((k, j) => Math.abs(out.returns[j]! - (naive.get(k)! - 1)) <= 1e-12)
          )
        },
      ),
    )
  })
})
