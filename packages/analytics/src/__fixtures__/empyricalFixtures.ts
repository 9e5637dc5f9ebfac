/**
 * Test fixtures: the input series of empyrical's own test suite, transcribed from
 * `tests/conftest.py` (`input_data`) of stefan-jansen/empyrical-reloaded (formerly quantopian/empyrical
 * `empyrical/tests/test_stats.py`), plus a relative-tolerance assertion. Used only by the `*.test.ts` files.
 *
 * @module
 * @internal
 */
import { expect } from 'vitest'

const pct = (xs: number[]): number[] => xs.map((x) => x / 100)

/** `simple_benchmark`: daily 0 % / 1 % alternating, 9 days from 2000-01-30. */
export const simpleBenchmark = pct([0, 1, 0, 1, 0, 1, 0, 1, 0])
/** `positive_returns`. */
export const positiveReturns = pct([1, 2, 1, 1, 1, 1, 1, 1, 1])
/** `negative_returns`. */
export const negativeReturns = pct([0, -6, -7, -1, -9, -2, -6, -8, -5])
/** `all_negative_returns`. */
export const allNegativeReturns = pct([-2, -6, -7, -1, -9, -2, -6, -8, -5])
/** `mixed_returns` (first observation missing). */
export const mixedReturns = pct([Number.NaN, 1, 10, -4, 2, 3, 2, 1, -10])
/** `weekly_returns` / `monthly_returns` (the same numbers at weekly / month-end dates). */
export const periodicReturns = pct([0, 1, 10, -4, 2, 3, 2, 1, -10])
/** `one_return`. */
export const oneReturn = [0.01]
/** `udu_returns`. */
export const uduReturns = [0.1, -0.1, 0.1]
/** `empty_returns`. */
export const emptyReturns: number[] = []
/** `flat_line_1`: nine 1 % days. */
export const flatLine1 = pct([1, 1, 1, 1, 1, 1, 1, 1, 1])
/** `flat_line_1_tz`: a thousand 1 % days. */
export const flatLine1000 = new Array<number>(1000).fill(0.01)
/** `flat_line_yearly`: three 3 % years. */
export const flatLineYearly = [0.03, 0.03, 0.03]
/** `pos_line`: `np.linspace(0, 1, 1000)`. */
export const posLine = Array.from({ length: 1000 }, (_, i) => i / 999)
/** Columns `one` / `two` of `df_simple`, `df_week`, `df_month`. */
export const dfOne = [
  -0.00171614, 0.01322056, 0.03063862, -0.01422057, -0.00489779, 0.01268925, -0.03357711, 0.01797036,
]
export const dfTwo = [0.01846232, 0.00793951, -0.01448395, 0.00422537, -0.00339611, 0.03756813, 0.0151531, 0.03549769]

/** UTC epoch ms of `pd.date_range('2000-1-30', periods=n, freq=...)` for 'D', 'W' (Sundays) and 'ME'. */
export function dateRange(n: number, freq: 'D' | 'W' | 'ME'): number[] {
  const out: number[] = []
  const day = 86_400_000
  const start = Date.UTC(2000, 0, 30) // a Sunday, so 'W' (W-SUN) starts on it
  for (let i = 0; i < n; i++) {
    if (freq === 'D') out.push(start + i * day)
    else if (freq === 'W') out.push(start + 7 * i * day)
    else out.push(Date.UTC(2000, 1 + i, 0)) // last day of Jan 2000, Feb 2000, …
  }
  return out
}

/** Tolerances of {@link expectClose}: `|actual − expected| ≤ max(rel·|expected|, abs)`. */
export interface Tolerance {
  /** Relative tolerance, default `1e-9`. */
  rel?: number
  /**
   * Absolute floor, default `1e-14` (for expected zeros). Published values printed with `d` decimals are
   * checked with `abs: 1.5 * 10 ** -d`, numpy's `assert_almost_equal(decimal=d)` criterion.
   */
  abs?: number
}

/** numpy `assert_almost_equal(decimal=8)` tolerance, for values empyrical's tests print with 8 decimals. */
export const DECIMAL_8: Tolerance = { abs: 1.5e-8 }

/** Asserts `actual ≈ expected` (see {@link Tolerance}); `NaN` and `±Infinity` must match exactly. */
export function expectClose(actual: number, expected: number, tol: Tolerance = {}): void {
  if (Number.isNaN(expected) || !Number.isFinite(expected)) {
    expect(actual).toBe(expected)
    return
  }
  const bound = Math.max((tol.rel ?? 1e-9) * Math.abs(expected), tol.abs ?? 1e-14)
  if (!(Math.abs(actual - expected) <= bound)) {
    expect.fail(`expected ${actual} to be within ${bound} of ${expected}`)
  }
}

/** Element-wise {@link expectClose} over two sequences of equal length. */
export function expectAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: Tolerance = {}): void {
  expect(actual.length).toBe(expected.length)
  for (let i = 0; i < expected.length; i++) expectClose(actual[i]!, expected[i]!, tol)
}
