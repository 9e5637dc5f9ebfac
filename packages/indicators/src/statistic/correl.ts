import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, outputBuffer } from '../validate.js'
import { checkPair, type PairInput } from './beta.js'

/** Options of {@link correl} and {@link CORREL}. */
export interface CorrelOptions {
  /** Window length, integer in [1, 100000]. Default `30` (TA-Lib's). */
  period?: number
}

function correlPeriod(options: CorrelOptions): number {
  return checkPeriod('period', options.period ?? 30, 1)
}

/** Pearson's r from the window sums, `0` when the variance product is below 1e-14 (TA-Lib). */
function correlOf(p: number, sx: number, sy: number, sxx: number, syy: number, sxy: number): number {
  const t = (sxx - (sx * sx) / p) * (syy - (sy * sy) / p)
  return t < 1e-14 ? 0 : (sxy - (sx * sy) / p) / Math.sqrt(t)
}

/**
 * Number of leading bars {@link correl} leaves `NaN`: `period - 1`.
 *
 * @param options - See {@link CorrelOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000].
 * @example
 * ```ts
 * import { correlLookback } from '@aitrade/indicators'
 * correlLookback({ period: 30 }) // 29
 * ```
 * @see TA-Lib `TA_CORREL_Lookback`.
 */
export function correlLookback(options: CorrelOptions = {}): number {
  return correlPeriod(options) - 1
}

/**
 * Rolling Pearson correlation coefficient of two series' values (TA-Lib `CORREL`) over the last `period` bars,
 * from running sums; `0` where either window is flat (variance product below 1e-14).
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`.
 *
 * @param real0 - First series (TA-Lib `inReal0`), oldest first.
 * @param real1 - Second series (TA-Lib `inReal1`), same length.
 * @param options - `period` (default 30) and an optional `out` buffer; see {@link CorrelOptions}.
 * @returns A `Float64Array` of the inputs' length, in [−1, 1]; the first {@link correlLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000],
 *   the series' lengths differ (naming `real1`), or `out` is too short.
 * @example
 * ```ts
 * import { correl } from '@aitrade/indicators'
 * correl([1, 2, 3], [2, 4, 6], { period: 3 }) // Float64Array [NaN, NaN, 1]
 * ```
 * @see TA-Lib `TA_CORREL` (ta_CORREL.c).
 */
export function correl(
  real0: ArrayLike<number>,
  real1: ArrayLike<number>,
  options: CorrelOptions & OutputOptions = {},
): Float64Array {
  const p = correlPeriod(options)
  const n = checkPair(real0, real1)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, p - 1))
  if (p - 1 >= n) return out
  let sx = 0
  let sy = 0
  let sxx = 0
  let syy = 0
  let sxy = 0
  for (let i = 0; i < p; i++) {
    const x = real0[i] as number
    sx += x
    sxx += x * x
    const y = real1[i] as number
    sxy += x * y
    sy += y
    syy += y * y
  }
  out[p - 1] = correlOf(p, sx, sy, sxx, syy, sxy)
  for (let i = p, trailing = 0; i < n; i++, trailing++) {
    const tx = real0[trailing] as number
    const ty = real1[trailing] as number
    sx -= tx
    sxx -= tx * tx
    sxy -= tx * ty
    sy -= ty
    syy -= ty * ty
    const x = real0[i] as number
    sx += x
    sxx += x * x
    const y = real1[i] as number
    sxy += x * y
    sy += y
    syy += y * y
    out[i] = correlOf(p, sx, sy, sxx, syy, sxy)
  }
  return out
}

const FIELDS = ['bx', 'by', 'pos', 'count', 'sx', 'sy', 'sxx', 'syy', 'sxy', 'saved'] as const

/**
 * Streaming rolling correlation (TA-Lib `CORREL`), O(1) per update; outputs equal {@link correl}'s exactly.
 *
 * @example
 * ```ts
 * import { CORREL } from '@aitrade/indicators'
 * const c = new CORREL({ period: 3 })
 * c.update({ real0: 1, real1: 2 }); c.update({ real0: 2, real1: 4 })
 * c.update({ real0: 3, real1: 6 }) // 1
 * ```
 * @see TA-Lib `TA_CORREL` (ta_CORREL.c).
 */
export class CORREL implements StreamingIndicator<PairInput, number> {
  /** Bars consumed before the first defined output: `period - 1`. */
  readonly lookback: number
  private readonly period: number
  private readonly bx: Float64Array
  private readonly by: Float64Array
  private pos = 0
  private count = 0
  private sx = 0
  private sy = 0
  private sxx = 0
  private syy = 0
  private sxy = 0
  /** State before the last update: pos, count, sx, sy, sxx, syy, sxy, bx[pos], by[pos]; count −1 = none. */
  private readonly saved = new Float64Array(9).fill(-1)

  /**
   * @param options - See {@link CorrelOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000].
   */
  constructor(options: CorrelOptions = {}) {
    this.period = correlPeriod(options)
    this.lookback = this.period - 1
    this.bx = new Float64Array(this.period)
    this.by = new Float64Array(this.period)
  }

  /** `true` once `period` pairs have been consumed. */
  get isReady(): boolean {
    return this.count === this.period
  }

  /**
   * Consumes the next pair.
   * @param input - Both series' new values.
   * @returns The newest correlation, `NaN` before ready.
   */
  update(input: PairInput): number {
    const s = this.saved
    s[0] = this.pos
    s[1] = this.count
    s[2] = this.sx
    s[3] = this.sy
    s[4] = this.sxx
    s[5] = this.syy
    s[6] = this.sxy
    s[7] = this.bx[this.pos] as number
    s[8] = this.by[this.pos] as number
    return this.step(input)
  }

  /**
   * Revises the last pair consumed.
   * @param input - The revised pair.
   * @returns The revised correlation.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(input: PairInput): number {
    const s = this.saved
    if ((s[1] as number) < 0) throw noBarToReplace('CORREL')
    this.pos = s[0] as number
    this.count = s[1] as number
    this.sx = s[2] as number
    this.sy = s[3] as number
    this.sxx = s[4] as number
    this.syy = s[5] as number
    this.sxy = s[6] as number
    this.bx[this.pos] = s[7] as number
    this.by[this.pos] = s[8] as number
    return this.step(input)
  }

  private step(input: PairInput): number {
    const p = this.period
    const x = input.real0
    const y = input.real1
    const pos = this.pos
    if (this.count === p) {
      // the oldest pair sits in the slot about to be overwritten; TA-Lib removes it before adding the new one
      const tx = this.bx[pos] as number
      const ty = this.by[pos] as number
      this.sx -= tx
      this.sxx -= tx * tx
      this.sxy -= tx * ty
      this.sy -= ty
      this.syy -= ty * ty
    }
    this.sx += x
    this.sxx += x * x
    this.sxy += x * y
    this.sy += y
    this.syy += y * y
    this.bx[pos] = x
    this.by[pos] = y
    this.pos = pos + 1 === p ? 0 : pos + 1
    if (this.count < p) this.count++
    return this.count === p ? correlOf(p, this.sx, this.sy, this.sxx, this.syy, this.sxy) : Number.NaN
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.bx.fill(0)
    this.by.fill(0)
    this.pos = 0
    this.count = 0
    this.sx = 0
    this.sy = 0
    this.sxx = 0
    this.syy = 0
    this.sxy = 0
    this.saved.fill(-1)
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('CORREL', 1, { period: this.period }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `CORREL` with the same `period`.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'CORREL', 1, { period: this.period }, this, FIELDS)
  }
}
