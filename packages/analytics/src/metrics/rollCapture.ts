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

/** `1` where `side · f > 0` (`side = 1`: up periods, `−1`: down periods), else `0`. */
function sideFlags(factorReturns: ArrayLike<number>, side: number): Uint8Array {
  const flags = new Uint8Array(factorReturns.length)
  for (let i = 0; i < flags.length; i++) flags[i] = side * factorReturns[i]! > 0 ? 1 : 0
  return flags
}

/**
 * Per window, empyrical's capture over the flagged periods: the ratio of the two annual returns, each with
 * `k` = periods flagged (NaN returns included) and growth = product of `1 + v` over the flagged non-NaN
 * values. `r` and `f` hold the per-observation terms of at least the flagged periods; the window slides with
 * branch-free sums of the flagged terms, re-anchored every `window` steps.
 */
function slideCapture(r: GrowthTerms, f: GrowthTerms, flags: Uint8Array, window: number, ppy: number): Float64Array {
  const m = Math.max(0, flags.length - window + 1)
  const out = new Float64Array(m)
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
        const c = flags[i]!
        k += c
        rLog += rLogs[i]! * c
        rGrowing += rGrowth[i]! & c
        rZeros += rZero[i]! & c
        rNegatives += rNegative[i]! & c
        fLog += fLogs[i]! * c
        fGrowing += fGrowth[i]! & c
        fZeros += fZero[i]! & c
        fNegatives += fNegative[i]! & c
      }
    } else {
      const o = s - 1
      const a = s + window - 1
      const ca = flags[a]!
      const co = flags[o]!
      if ((ca | co) === 0) {
        out[s] = out[o]! // neither the leaving nor the entering period counts: same window sums
        continue
      }
      k += ca - co
      rLog += rLogs[a]! * ca - rLogs[o]! * co
      rGrowing += (rGrowth[a]! & ca) - (rGrowth[o]! & co)
      rZeros += (rZero[a]! & ca) - (rZero[o]! & co)
      rNegatives += (rNegative[a]! & ca) - (rNegative[o]! & co)
      fLog += fLogs[a]! * ca - fLogs[o]! * co
      fGrowing += (fGrowth[a]! & ca) - (fGrowth[o]! & co)
      fZeros += (fZero[a]! & ca) - (fZero[o]! & co)
      fNegatives += (fNegative[a]! & ca) - (fNegative[o]! & co)
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
  const flags = sideFlags(factorReturns, side)
  const r = growthTerms(returns, flags)
  const f = growthTerms(factorReturns, flags)
  return slideCapture(r, f, flags, window, annualizationFactor(options))
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
  checkPair(returns, factorReturns)
  const window = checkWindow(options?.window)
  const ppy = annualizationFactor(options)
  const upFlags = sideFlags(factorReturns, 1)
  const downFlags = sideFlags(factorReturns, -1)
  const either = new Uint8Array(upFlags.length)
  for (let i = 0; i < either.length; i++) either[i] = upFlags[i]! | downFlags[i]!
  const r = growthTerms(returns, either)
  const f = growthTerms(factorReturns, either)
  const up = slideCapture(r, f, upFlags, window, ppy)
  const down = slideCapture(r, f, downFlags, window, ppy)
  for (let i = 0; i < up.length; i++) up[i] = up[i]! / down[i]!
  return up
}
