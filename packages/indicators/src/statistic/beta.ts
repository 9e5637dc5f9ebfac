import { InvalidArgumentError } from '@aitrade/core'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/** Options of {@link beta} and {@link BETA}. */
export interface BetaOptions {
  /** Number of returns in the window, integer in [1, 100000]. Default `5` (TA-Lib's). */
  period?: number
}

/** One streaming input of two-series indicators ({@link BETA}, `CORREL`): TA-Lib's `inReal0` and `inReal1`. */
export interface PairInput {
  /** Value of the first series (TA-Lib `inReal0`). */
  readonly real0: number
  /** Value of the second series (TA-Lib `inReal1`). */
  readonly real1: number
}

function betaPeriod(options: BetaOptions): number {
  return checkPeriod('period', options.period ?? 5, 1)
}

/**
 * Checks two series of equal length; returns the length.
 * @internal
 */
export function checkPair(real0: ArrayLike<number>, real1: ArrayLike<number>): number {
  const n = checkSeries('real0', real0)
  const m = checkSeries('real1', real1)
  if (n !== m) throw new InvalidArgumentError('real1', `length ${m} differs from real0 length ${n}`)
  return n
}

/** One-bar return `(p − prev) / prev`, `0` when `prev` is within 1e-14 of zero (TA-Lib). */
function ret(p: number, prev: number): number {
  return -1e-14 < prev && prev < 1e-14 ? 0 : (p - prev) / prev
}

/** `(n·Sxy − Sx·Sy) / (n·Sxx − Sx²)`, `0` when the denominator is within 1e-14 of zero (TA-Lib). */
function betaOf(n: number, sxx: number, sxy: number, sx: number, sy: number): number {
  const d = n * sxx - sx * sx
  return -1e-14 < d && d < 1e-14 ? 0 : (n * sxy - sx * sy) / d
}

/**
 * Number of leading bars {@link beta} leaves `NaN`: `period` (one bar is used up by the first return).
 *
 * @param options - See {@link BetaOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000].
 * @example
 * ```ts
 * import { betaLookback } from '@aitrade/indicators'
 * betaLookback({ period: 5 }) // 5
 * ```
 * @see TA-Lib `TA_BETA_Lookback`.
 */
export function betaLookback(options: BetaOptions = {}): number {
  return betaPeriod(options)
}

/**
 * Rolling beta (TA-Lib `BETA`): the least-squares slope of `real1`'s one-bar returns on `real0`'s over the last
 * `period` returns, `(n·Σxy − Σx·Σy) / (n·Σx² − (Σx)²)` with `x` the returns of `real0` (the benchmark, e.g. the market)
 * and `y` those of `real1` (e.g. the asset), as TA-Lib computes it. A return whose previous price is ~0 counts as 0; a
 * degenerate window gives 0.
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param real0 - First price series (TA-Lib `inReal0`), oldest first.
 * @param real1 - Second price series (TA-Lib `inReal1`), same length.
 * @param options - `period` (default 5) and an optional `out` buffer; see {@link BetaOptions}.
 * @returns A `Float64Array` of the inputs' length (dimensionless); the first {@link betaLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000],
 *   the series' lengths differ (naming `real1`), or `out` is too short.
 * @example
 * ```ts
 * import { beta } from '@aitrade/indicators'
 * // real1's returns (+20 %, −20 %) are twice real0's (+10 %, −10 %)
 * beta([100, 110, 99], [100, 120, 96], { period: 2 }) // Float64Array [NaN, NaN, 2]
 * ```
 * @see TA-Lib `TA_BETA` (ta_BETA.c).
 */
export function beta(
  real0: ArrayLike<number>,
  real1: ArrayLike<number>,
  options: BetaOptions & OutputOptions = {},
): Float64Array {
  const p = betaPeriod(options)
  const n = checkPair(real0, real1)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, p))
  if (p >= n) return out
  let sxx = 0
  let sxy = 0
  let sx = 0
  let sy = 0
  let last0 = real0[0] as number
  let last1 = real1[0] as number
  let tLast0 = last0
  let tLast1 = last1
  let trailing = 1
  for (let i = 1; i < n; i++) {
    const a = real0[i] as number
    const b = real1[i] as number
    const x = ret(a, last0)
    const y = ret(b, last1)
    last0 = a
    last1 = b
    sxx += x * x
    sxy += x * y
    sx += x
    sy += y
    if (i < p) continue
    const ta = real0[trailing] as number
    const tb = real1[trailing++] as number
    const tx = ret(ta, tLast0)
    const ty = ret(tb, tLast1)
    tLast0 = ta
    tLast1 = tb
    out[i] = betaOf(p, sxx, sxy, sx, sy)
    sxx -= tx * tx
    sxy -= tx * ty
    sx -= tx
    sy -= ty
  }
  return out
}

const FIELDS = ['rx', 'ry', 'pos', 'count', 'last0', 'last1', 'sxx', 'sxy', 'sx', 'sy', 'saved'] as const

/**
 * Streaming rolling beta (TA-Lib `BETA`), O(1) per update; outputs equal {@link beta}'s exactly.
 * Each update takes one {@link PairInput}.
 *
 * @example
 * ```ts
 * import { BETA } from '@aitrade/indicators'
 * const b = new BETA({ period: 5 })
 * b.update({ real0: 100, real1: 50 }) // NaN until 6 pairs
 * ```
 * @see TA-Lib `TA_BETA` (ta_BETA.c).
 */
export class BETA implements StreamingIndicator<PairInput, number> {
  /** Bars consumed before the first defined output: `period`. */
  readonly lookback: number
  private readonly period: number
  /** The window's returns (ring). */
  private readonly rx: Float64Array
  private readonly ry: Float64Array
  private pos = 0
  private count = 0
  private last0 = Number.NaN
  private last1 = Number.NaN
  private sxx = 0
  private sxy = 0
  private sx = 0
  private sy = 0
  /** State before the last update: pos, count, last0, last1, sxx, sxy, sx, sy, rx[pos], ry[pos]; count −1 = none. */
  private readonly saved = new Float64Array(10).fill(-1)

  /**
   * @param options - See {@link BetaOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000].
   */
  constructor(options: BetaOptions = {}) {
    this.period = betaPeriod(options)
    this.lookback = this.period
    this.rx = new Float64Array(this.period)
    this.ry = new Float64Array(this.period)
  }

  /** `true` once `period + 1` pairs have been consumed. */
  get isReady(): boolean {
    return this.count > this.period
  }

  /**
   * Consumes the next pair.
   * @param input - Both series' new values.
   * @returns The newest beta, `NaN` before ready.
   */
  update(input: PairInput): number {
    const s = this.saved
    s[0] = this.pos
    s[1] = this.count
    s[2] = this.last0
    s[3] = this.last1
    s[4] = this.sxx
    s[5] = this.sxy
    s[6] = this.sx
    s[7] = this.sy
    s[8] = this.rx[this.pos] as number
    s[9] = this.ry[this.pos] as number
    return this.step(input)
  }

  /**
   * Revises the last pair consumed.
   * @param input - The revised pair.
   * @returns The revised beta.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(input: PairInput): number {
    const s = this.saved
    if ((s[1] as number) < 0) throw noBarToReplace('BETA')
    this.pos = s[0] as number
    this.count = s[1] as number
    this.last0 = s[2] as number
    this.last1 = s[3] as number
    this.sxx = s[4] as number
    this.sxy = s[5] as number
    this.sx = s[6] as number
    this.sy = s[7] as number
    this.rx[this.pos] = s[8] as number
    this.ry[this.pos] = s[9] as number
    return this.step(input)
  }

  private step(input: PairInput): number {
    const a = input.real0
    const b = input.real1
    if (this.count === 0) {
      this.last0 = a
      this.last1 = b
      this.count = 1
      return Number.NaN
    }
    const p = this.period
    const x = ret(a, this.last0)
    const y = ret(b, this.last1)
    this.last0 = a
    this.last1 = b
    this.sxx += x * x
    this.sxy += x * y
    this.sx += x
    this.sy += y
    const pos = this.pos
    this.rx[pos] = x
    this.ry[pos] = y
    const oldest = pos + 1 === p ? 0 : pos + 1
    this.pos = oldest
    if (this.count < p) {
      this.count++
      return Number.NaN
    }
    this.count = p + 1
    // the window's oldest return leaves after the output, as in TA-Lib
    const ox = this.rx[oldest] as number
    const oy = this.ry[oldest] as number
    const v = betaOf(p, this.sxx, this.sxy, this.sx, this.sy)
    this.sxx -= ox * ox
    this.sxy -= ox * oy
    this.sx -= ox
    this.sy -= oy
    return v
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.rx.fill(0)
    this.ry.fill(0)
    this.pos = 0
    this.count = 0
    this.last0 = Number.NaN
    this.last1 = Number.NaN
    this.sxx = 0
    this.sxy = 0
    this.sx = 0
    this.sy = 0
    this.saved.fill(-1)
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('BETA', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `BETA` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'BETA', 1, { period: this.period }, this, FIELDS)
  }
}
