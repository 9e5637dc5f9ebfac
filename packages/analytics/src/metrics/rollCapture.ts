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
  // per observation, once: ln|1 + v| and a kind (0 not selected, 1 counted without growth (NaN), 2 growth
  // factor > 0, 3 factor = 0, 4 factor < 0); per window: running sums, rebuilt at every multiple of `window`
  const logs = new Float64Array(n)
  const kind = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    if (selected[i] === 0) continue
    const v = values[i]!
    if (Number.isNaN(v)) kind[i] = 1
    else if (v > -1) {
      kind[i] = 2
      logs[i] = Math.log1p(v)
    } else if (v === -1) kind[i] = 3
    else {
      kind[i] = 4
      logs[i] = Math.log(-1 - v)
    }
  }
  let k = 0
  let logSum = 0
  let zeros = 0
  let negatives = 0
  let growing = 0 // observations in the window with ln|1 + v| ≠ 0; none means the sum is exactly 0
  for (let s = 0; s < m; s++) {
    const anchor = s % window === 0
    if (anchor) k = logSum = zeros = negatives = growing = 0
    const ops = anchor ? window : 2
    for (let q = 0; q < ops; q++) {
      const i = anchor ? s + q : q === 0 ? s - 1 : s + window - 1
      const c = kind[i]!
      if (c === 0) continue
      const sign = anchor || q === 1 ? 1 : -1
      k += sign
      const l = logs[i]!
      if (l !== 0) {
        logSum += sign * l
        growing += sign
      }
      if (c === 3) zeros += sign
      else if (c === 4) negatives += sign
    }
    if (growing === 0) logSum = 0
    if (k === 0) out[s] = Number.NaN
    else if (zeros > 0) out[s] = 0 ** (periodsPerYear / k) - 1
    else if (negatives % 2 !== 0) out[s] = (-Math.exp(logSum)) ** (periodsPerYear / k) - 1
    else out[s] = Math.expm1((logSum * periodsPerYear) / k)
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
 * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
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
 * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
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
 * @throws {@link @aitrade/core!InvalidArgumentError} `INVALID_ARGUMENT` for non-numeric input, mismatched
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
