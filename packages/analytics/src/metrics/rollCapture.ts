import {
  type AnnualizationOptions,
  annualizationFactor,
  checkPair,
  checkWindow,
  type WindowOptions,
} from './options.js'

/** Options of {@link rollUpCapture}, {@link rollDownCapture} and {@link rollUpDownCapture}. */
export interface RollCaptureOptions extends AnnualizationOptions, WindowOptions {}

/**
 * Per window, empyrical's `annual_return` of `values[i]` over the selected `i` (`selected[i] = 1`): `k` =
 * number selected (NaN values included), growth = product of `1 + v` over the selected non-NaN values.
 * Running sums of `ln|1 + v|` (computed once per observation) with counts of zero and negative factors,
 * re-anchored every `window` steps.
 */
function rollingAnnualReturn(
  values: ArrayLike<number>,
  selected: Uint8Array,
  window: number,
  periodsPerYear: number,
): Float64Array {
  const n = values.length
  const m = Math.max(0, n - window + 1)
  const out = new Float64Array(m)
  if (m === 0) return out
  // per observation, once: ln|1 + v| (0 when not selected or NaN) and 0/1 flags — counted, growing
  // (ln ≠ 0), zero factor, negative factor — so that sliding the window is branch-free arithmetic
  const logs = new Float64Array(n)
  const counted = new Uint8Array(n)
  const growing = new Uint8Array(n)
  const zero = new Uint8Array(n)
  const negative = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    if (selected[i] === 0) continue
    counted[i] = 1
    const v = values[i]!
    if (Number.isNaN(v)) continue
    if (v === -1) zero[i] = 1
    else {
      const l = v > -1 ? Math.log1p(v) : Math.log(-1 - v)
      logs[i] = l
      growing[i] = l !== 0 ? 1 : 0
      negative[i] = v < -1 ? 1 : 0
    }
  }
  let k = 0
  let logSum = 0
  let grow = 0
  let zeros = 0
  let negatives = 0
  for (let s = 0; s < m; s++) {
    if (s % window === 0) {
      k = 0
      logSum = 0
      grow = 0
      zeros = 0
      negatives = 0
      for (let i = s; i < s + window; i++) {
        k += counted[i]!
        logSum += logs[i]!
        grow += growing[i]!
        zeros += zero[i]!
        negatives += negative[i]!
      }
    } else {
      const o = s - 1
      const a = s + window - 1
      k += counted[a]! - counted[o]!
      logSum += logs[a]! - logs[o]!
      grow += growing[a]! - growing[o]!
      zeros += zero[a]! - zero[o]!
      negatives += negative[a]! - negative[o]!
    }
    if (k === 0) out[s] = Number.NaN
    else if (zeros > 0) out[s] = 0 ** (periodsPerYear / k) - 1
    else if ((negatives & 1) === 1) out[s] = (-Math.exp(logSum)) ** (periodsPerYear / k) - 1
    else out[s] = Math.expm1(((grow === 0 ? 0 : logSum) * periodsPerYear) / k)
  }
  return out
}

function rollCaptureRatio(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: RollCaptureOptions,
  up: boolean,
): Float64Array {
  checkPair(returns, factorReturns)
  const window = checkWindow(options?.window)
  const periodsPerYear = annualizationFactor(options)
  const n = returns.length
  const selected = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const f = factorReturns[i]!
    selected[i] = (up ? f > 0 : f < 0) ? 1 : 0
  }
  const strategy = rollingAnnualReturn(returns, selected, window, periodsPerYear)
  const benchmark = rollingAnnualReturn(factorReturns, selected, window, periodsPerYear)
  for (let i = 0; i < strategy.length; i++) strategy[i] = strategy[i]! / benchmark[i]!
  return strategy
}

/**
 * {@link upCapture} over every window of `window` observations: element `i` covers `[i, i + window)`.
 * Convention: empyrical `roll_up_capture`. O(n) with running log-growth sums.
 *
 * Edge cases: a window without up periods → `NaN`; `window > n` → empty array (as empyrical's `roll`).
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the benchmark, paired by index with `returns`.
 * @param options - `window` (required), `period` (default `'daily'`) or `annualization`.
 * @returns A `Float64Array` of length `max(0, n − window + 1)` (capture ratios).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths, a bad `window` or bad options.
 * @see empyrical `roll_up_capture` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { rollUpCapture } from '@aitrade/analytics'
 *
 * rollUpCapture([0.02, -0.05, 0.03], [0.01, -0.02, 0.01], { window: 2, annualization: 1 }) // Float64Array [2, 3]
 * ```
 */
export function rollUpCapture(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: RollCaptureOptions,
): Float64Array {
  return rollCaptureRatio(returns, factorReturns, options, true)
}

/**
 * {@link downCapture} over every window of `window` observations: element `i` covers `[i, i + window)`.
 * Convention: empyrical `roll_down_capture`. O(n) with running log-growth sums.
 *
 * Edge cases: a window without down periods → `NaN`; `window > n` → empty array (as empyrical's `roll`).
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the benchmark, paired by index with `returns`.
 * @param options - `window` (required), `period` (default `'daily'`) or `annualization`.
 * @returns A `Float64Array` of length `max(0, n − window + 1)` (capture ratios).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths, a bad `window` or bad options.
 * @see empyrical `roll_down_capture` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { rollDownCapture } from '@aitrade/analytics'
 *
 * rollDownCapture([0.02, -0.01, -0.03], [0.01, -0.02, -0.01], { window: 2, annualization: 1 })
 * // Float64Array [0.5, ≈1.3356]
 * ```
 */
export function rollDownCapture(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: RollCaptureOptions,
): Float64Array {
  return rollCaptureRatio(returns, factorReturns, options, false)
}

/**
 * {@link upDownCapture} over every window: {@link rollUpCapture} divided by {@link rollDownCapture}, element by
 * element. Convention: empyrical `roll_up_down_capture`.
 *
 * Edge cases: a window without up or without down periods → `NaN`; `window > n` → empty array.
 *
 * @param returns - Per-period simple returns of the strategy (fractions); `NaN` marks a missing period.
 * @param factorReturns - Per-period returns of the benchmark, paired by index with `returns`.
 * @param options - `window` (required), `period` (default `'daily'`) or `annualization`.
 * @returns A `Float64Array` of length `max(0, n − window + 1)`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
 *   lengths, a bad `window` or bad options.
 * @see empyrical `roll_up_down_capture` (empyrical/stats.py)
 *
 * @example
 * ```ts
 * import { rollUpDownCapture } from '@aitrade/analytics'
 *
 * rollUpDownCapture([0.02, -0.01, 0.03], [0.01, -0.02, 0.01], { window: 2, annualization: 1 }) // [4, 6]
 * ```
 */
export function rollUpDownCapture(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: RollCaptureOptions,
): Float64Array {
  const up = rollCaptureRatio(returns, factorReturns, options, true)
  const down = rollCaptureRatio(returns, factorReturns, options, false)
  for (let i = 0; i < up.length; i++) up[i] = up[i]! / down[i]!
  return up
}
