import { fastExpm1 } from './fastExpm1.js'
import { fastLog1p } from './fastLog1p.js'
import {
  type AnnualizationOptions,
  annualizationFactor,
  checkPair,
  checkWindow,
  type WindowOptions,
} from './options.js'

/** Options of {@link rollUpCapture}, {@link rollDownCapture} and {@link rollUpDownCapture}. */
export interface RollCaptureOptions extends AnnualizationOptions, WindowOptions {}

/** Per-observation terms of one series for the sliding sums of {@link slideCapture}. */
interface GrowthTerms {
  /** `ln|1 + v|` of each non-NaN value, else 0 (a window whose flagged logs are all 0 compounds to exactly 0). */
  logs: Float64Array
  /** 1 where `1 + v = 0`; `null` when there is none. */
  zero: Uint8Array | null
  /** 1 where `1 + v < 0`; `null` when there is none. */
  negative: Uint8Array | null
}

function growthTerms(values: ArrayLike<number>): GrowthTerms {
  const n = values.length
  const logs = new Float64Array(n)
  let zero: Uint8Array | null = null
  let negative: Uint8Array | null = null
  for (let i = 0; i < n; i++) {
    const v = values[i]!
    if (v > -1) logs[i] = fastLog1p(v)
    else if (v === -1) {
      zero ??= new Uint8Array(n)
      zero[i] = 1
    } else if (v < -1) {
      logs[i] = Math.log(-1 - v)
      negative ??= new Uint8Array(n)
      negative[i] = 1
    }
  }
  return { logs, zero, negative }
}

/** `c[i] = Σ_{j < i} flags[j] · marks[j]` (length n + 1), or `null` without marks. */
function flaggedPrefixCount(marks: Uint8Array | null, flags: Uint8Array): Int32Array | null {
  if (marks === null) return null
  const c = new Int32Array(flags.length + 1)
  for (let i = 0; i < flags.length; i++) c[i + 1] = c[i]! + (marks[i]! & flags[i]!)
  return c
}

/** Windowed count of the flagged marks from a prefix count (`0` without marks). */
function windowCount(prefix: Int32Array | null, start: number, end: number): number {
  return prefix === null ? 0 : prefix[end]! - prefix[start]!
}

/**
 * empyrical `annual_return` from a window's sums: `growth^(periodsPerYear / k) − 1`, with `exponent` =
 * `periodsPerYear / k` (`NaN` for `k = 0`).
 */
function annualFromSums(exponent: number, logSum: number, growing: number, zeros: number, negatives: number) {
  if (zeros > 0) return 0 ** exponent - 1
  if ((negatives & 1) === 1) return (-Math.exp(logSum)) ** exponent - 1
  return growing === 0 ? exponent * 0 : fastExpm1(logSum * exponent)
}

/** `1` where `side · f > 0` (`side = 1`: up periods, `−1`: down periods), else `0`. */
function sideFlags(factorReturns: ArrayLike<number>, side: number): Uint8Array {
  const flags = new Uint8Array(factorReturns.length)
  for (let i = 0; i < flags.length; i++) flags[i] = +(side * factorReturns[i]! > 0)
  return flags
}

/**
 * Per window, empyrical's capture over the flagged periods: the ratio of the two annual returns, each with
 * `k` = periods flagged (NaN returns included) and growth = product of `1 + v` over the flagged non-NaN
 * values. The window slides with branch-free running sums of the flagged logs and counts, rebuilt from scratch
 * every `window` steps so that rounding cannot accumulate (the error of a log sum stays within about `2·window`
 * ulp of its largest partial sum); the rare `1 + v ≤ 0` terms are counted from prefix sums.
 */
function slideCapture(r: GrowthTerms, f: GrowthTerms, flags: Uint8Array, window: number, ppy: number): Float64Array {
  const m = Math.max(0, flags.length - window + 1)
  const out = new Float64Array(m)
  const rLogs = r.logs
  const fLogs = f.logs
  const rZero = flaggedPrefixCount(r.zero, flags)
  const rNegative = flaggedPrefixCount(r.negative, flags)
  const fZero = flaggedPrefixCount(f.zero, flags)
  const fNegative = flaggedPrefixCount(f.negative, flags)
  const special = rZero !== null || rNegative !== null || fZero !== null || fNegative !== null
  // exponent[k] = periodsPerYear / k for the k flagged periods of a window
  const exponent = Float64Array.from({ length: Math.min(window, flags.length) + 1 }, (_, k) => ppy / k)
  exponent[0] = Number.NaN
  let k = 0
  let rLog = 0
  let rGrowing = 0
  let fLog = 0
  let fGrowing = 0
  let anchor = 0
  for (let s = 0; s < m; s++) {
    const end = s + window
    let fresh = s === anchor
    if (!fresh) {
      const o = s - 1
      const a = end - 1
      const ca = flags[a]!
      const co = flags[o]!
      if ((ca | co) === 0) {
        out[s] = out[o]! // neither the leaving nor the entering period counts: same window sums
        continue
      }
      const ra = rLogs[a]! * ca
      const ro = rLogs[o]! * co
      const fa = fLogs[a]! * ca
      const fo = fLogs[o]! * co
      k += ca - co
      rLog += ra - ro
      rGrowing += +(ra !== 0) - +(ro !== 0)
      fLog += fa - fo
      fGrowing += +(fa !== 0) - +(fo !== 0)
      // A log sum near 0 is a growth near 1, where the ratio is ill-conditioned (0 / 0 when the growth is exactly 1):
      // the rounding residue of the slide would decide it, so such a window is summed afresh.
      fresh = (rGrowing > 0 && Math.abs(rLog) < 1e-12) || (fGrowing > 0 && Math.abs(fLog) < 1e-12)
    } else anchor += window
    if (fresh) {
      k = rLog = rGrowing = fLog = fGrowing = 0
      for (let i = s; i < end; i++) {
        const c = flags[i]!
        const rl = rLogs[i]! * c
        const fl = fLogs[i]! * c
        k += c
        rLog += rl
        rGrowing += +(rl !== 0)
        fLog += fl
        fGrowing += +(fl !== 0)
      }
    }
    const e = exponent[k]!
    out[s] = special
      ? annualFromSums(e, rLog, rGrowing, windowCount(rZero, s, end), windowCount(rNegative, s, end)) /
        annualFromSums(e, fLog, fGrowing, windowCount(fZero, s, end), windowCount(fNegative, s, end))
      : annualFromSums(e, rLog, rGrowing, 0, 0) / annualFromSums(e, fLog, fGrowing, 0, 0)
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
  return slideCapture(growthTerms(returns), growthTerms(factorReturns), flags, window, annualizationFactor(options))
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
  const r = growthTerms(returns)
  const f = growthTerms(factorReturns)
  const up = slideCapture(r, f, sideFlags(factorReturns, 1), window, ppy)
  const down = slideCapture(r, f, sideFlags(factorReturns, -1), window, ppy)
  for (let i = 0; i < up.length; i++) up[i] = up[i]! / down[i]!
  return up
}
