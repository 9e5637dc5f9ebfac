import {
  type AnnualizationOptions,
  annualizationFactor,
  checkPair,
  checkWindow,
  type WindowOptions,
} from './options.js'

/** Options of {@link rollUpCapture}, {@link rollDownCapture} and {@link rollUpDownCapture}. */
export interface RollCaptureOptions extends AnnualizationOptions, WindowOptions {}

/** Per-observation terms of one series for the sliding sums of {@link rollingCapture}. */
interface GrowthTerms {
  /** `ln|1 + v|` of the selected non-NaN values, else 0. */
  logs: Float64Array
  /** 1 where that log is non-zero (a window without any compounds to exactly 0). */
  growing: Uint8Array
  /** 1 where `1 + v = 0`. */
  zero: Uint8Array
  /** 1 where `1 + v < 0`. */
  negative: Uint8Array
}

function growthTerms(values: ArrayLike<number>, selected: Uint8Array): GrowthTerms {
  const n = values.length
  const t: GrowthTerms = {
    logs: new Float64Array(n),
    growing: new Uint8Array(n),
    zero: new Uint8Array(n),
    negative: new Uint8Array(n),
  }
  for (let i = 0; i < n; i++) {
    if (selected[i] === 0) continue
    const v = values[i]!
    if (Number.isNaN(v)) continue
    if (v === -1) t.zero[i] = 1
    else {
      const l = v > -1 ? Math.log1p(v) : Math.log(-1 - v)
      t.logs[i] = l
      t.growing[i] = l !== 0 ? 1 : 0
      t.negative[i] = v < -1 ? 1 : 0
    }
  }
  return t
}

/** empyrical `annual_return` from a window's sums: `growth^(periodsPerYear / k) − 1`. */
function annualFromSums(k: number, logSum: number, growing: number, zeros: number, negatives: number, ppy: number) {
  if (k === 0) return Number.NaN
  if (zeros > 0) return 0 ** (ppy / k) - 1
  if ((negatives & 1) === 1) return (-Math.exp(logSum)) ** (ppy / k) - 1
  return Math.expm1(((growing === 0 ? 0 : logSum) * ppy) / k)
}

/**
 * Per window, empyrical's capture over the selected periods (`side · f > 0`): the ratio of the two annual
 * returns, each `k` = periods selected (NaN returns included) and growth = product of `1 + v` over the
 * selected non-NaN values. One pass of branch-free sliding sums of `ln|1 + v|` (logs computed once per
 * observation), counts of zero and negative factors, re-anchored every `window` steps.
 */
function rollingCapture(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  side: number,
  window: number,
  ppy: number,
): Float64Array {
  const n = returns.length
  const m = Math.max(0, n - window + 1)
  const out = new Float64Array(m)
  if (m === 0) return out
  const selected = new Uint8Array(n)
  for (let i = 0; i < n; i++) selected[i] = side * factorReturns[i]! > 0 ? 1 : 0
  const r = growthTerms(returns, selected)
  const f = growthTerms(factorReturns, selected)
  const { logs: rLogs, growing: rGrowth, zero: rZero, negative: rNegative } = r
  const { logs: fLogs, growing: fGrowth, zero: fZero, negative: fNegative } = f
  let k = 0
  let rLog = 0
  let rGrowing = 0
  let rZeros = 0
  let rNegatives = 0
  let fLog = 0
  let fGrowing = 0
  let fZeros = 0
  let fNegatives = 0
  for (let s = 0; s < m; s++) {
    if (s % window === 0) {
      k = rLog = rGrowing = rZeros = rNegatives = fLog = fGrowing = fZeros = fNegatives = 0
      for (let i = s; i < s + window; i++) {
        k += selected[i]!
        rLog += rLogs[i]!
        rGrowing += rGrowth[i]!
        rZeros += rZero[i]!
        rNegatives += rNegative[i]!
        fLog += fLogs[i]!
        fGrowing += fGrowth[i]!
        fZeros += fZero[i]!
        fNegatives += fNegative[i]!
      }
    } else {
      const o = s - 1
      const a = s + window - 1
      if ((selected[a]! | selected[o]!) === 0) {
        out[s] = out[s - 1]! // neither the leaving nor the entering period counts: same window sums
        continue
      }
      k += selected[a]! - selected[o]!
      rLog += rLogs[a]! - rLogs[o]!
      rGrowing += rGrowth[a]! - rGrowth[o]!
      rZeros += rZero[a]! - rZero[o]!
      rNegatives += rNegative[a]! - rNegative[o]!
      fLog += fLogs[a]! - fLogs[o]!
      fGrowing += fGrowth[a]! - fGrowth[o]!
      fZeros += fZero[a]! - fZero[o]!
      fNegatives += fNegative[a]! - fNegative[o]!
    }
    out[s] =
      annualFromSums(k, rLog, rGrowing, rZeros, rNegatives, ppy) /
      annualFromSums(k, fLog, fGrowing, fZeros, fNegatives, ppy)
  }
  return out
}

function rollCaptureRatio(
  returns: ArrayLike<number>,
  factorReturns: ArrayLike<number>,
  options: RollCaptureOptions,
  side: number,
): Float64Array {
  checkPair(returns, factorReturns)
  const window = checkWindow(options?.window)
  return rollingCapture(returns, factorReturns, side, window, annualizationFactor(options))
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
  return rollCaptureRatio(returns, factorReturns, options, 1)
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
  return rollCaptureRatio(returns, factorReturns, options, -1)
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
  const up = rollCaptureRatio(returns, factorReturns, options, 1)
  const down = rollCaptureRatio(returns, factorReturns, options, -1)
  for (let i = 0; i < up.length; i++) up[i] = up[i]! / down[i]!
  return up
}
