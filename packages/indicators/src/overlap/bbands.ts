import { sqrtDev } from '../statistic/stdDev.js'
import { RollingVar, varRange } from '../statistic/variance.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, StreamingIndicator } from '../types.js'
import { checkPeriod, checkReal, checkSeries, outputBuffer } from '../validate.js'
import { checkMaType, createMa, MaType, maRange, maTypeLookback } from './ma.js'

/** Options of {@link bbands} and {@link BBANDS}. */
export interface BbandsOptions {
  /** Window length, integer in [2, 100000]. Default `5` (TA-Lib's). */
  period?: number
  /** Deviations above the middle band. Default `2`. */
  nbDevUp?: number
  /** Deviations below the middle band. Default `2`. */
  nbDevDn?: number
  /** Middle-band moving average, see {@link MaType}. Default `0` (SMA). */
  maType?: MaType
}

/** Output buffers of {@link bbands}, each of at least the input's length. */
export interface BbandsOutputOptions {
  /** Buffer for `upper`. */
  outUpper?: Float64Array
  /** Buffer for `middle`. */
  outMiddle?: Float64Array
  /** Buffer for `lower`. */
  outLower?: Float64Array
}

/** Bollinger Bands, in input units. */
export interface BbandsOutput<T = Float64Array> {
  /** `middle + nbDevUp · σ`. */
  upper: T
  /** The moving average. */
  middle: T
  /** `middle − nbDevDn · σ`. */
  lower: T
}

interface BbandsParams {
  period: number
  nbDevUp: number
  nbDevDn: number
  maType: MaType
}

function bbandsParams(o: BbandsOptions): BbandsParams {
  return {
    period: checkPeriod('period', o.period ?? 5, 2),
    nbDevUp: checkReal('nbDevUp', o.nbDevUp ?? 2, -3e37, 3e37),
    nbDevDn: checkReal('nbDevDn', o.nbDevDn ?? 2, -3e37, 3e37),
    maType: checkMaType('maType', o.maType ?? 0),
  }
}

/**
 * Number of leading bars {@link bbands} leaves `NaN`: the lookback of the middle band's moving average.
 *
 * @param options - See {@link BbandsOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an option is out of range.
 * @example
 * ```ts
 * import { bbandsLookback } from '@aitrade/indicators'
 * bbandsLookback({ period: 20 }) // 19
 * ```
 * @see TA-Lib `TA_BBANDS_Lookback`.
 */
export function bbandsLookback(options: BbandsOptions = {}): number {
  const p = bbandsParams(options)
  return maTypeLookback(p.period, p.maType)
}

/**
 * Bollinger Bands (TA-Lib `BBANDS`): middle = moving average of type `maType`; σ = population standard deviation
 * of the last `period` values (divisor `period`; with SMA taken around the SMA itself as TA-Lib does);
 * upper/lower = middle ± nbDev · σ. σ below 1e-7 (variance below 1e-14) counts as 0, as in TA-Lib.
 *
 * `NaN` inside the input propagates as in TA-Lib: every later output is `NaN`. TA-Lib's own rounding makes its bands
 * differ from an exact computation by about 1e-8 relative at worst; ours follow TA-Lib's order of operations.
 *
 * @param values - Input series (usually closes), oldest first.
 * @param options - `period` (5), `nbDevUp` (2), `nbDevDn` (2), `maType` (SMA), optional `outUpper/outMiddle/outLower`.
 * @returns `{ upper, middle, lower }`, `Float64Array`s of the input's length in input units; the first
 *   {@link bbandsLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [2, 100000],
 *   `nbDevUp`/`nbDevDn` is not a number, `maType` is not in [0, 8], `values` is not array-like or an output buffer is too short.
 * @example
 * ```ts
 * import { bbands } from '@aitrade/indicators'
 * const { upper, middle, lower } = bbands([1, 3, 5], { period: 2, nbDevUp: 2, nbDevDn: 2 })
 * // middle [NaN, 2, 4], upper [NaN, 4, 6], lower [NaN, 0, 2]
 * ```
 * @see TA-Lib `TA_BBANDS` (ta_BBANDS.c); J. Bollinger, "Bollinger on Bollinger Bands", 2001.
 */
export function bbands(values: ArrayLike<number>, options: BbandsOptions & BbandsOutputOptions = {}): BbandsOutput {
  const { period, nbDevUp, nbDevDn, maType } = bbandsParams(options)
  const n = checkSeries('values', values)
  const upper = outputBuffer(n, options.outUpper, 'outUpper')
  const middle = outputBuffer(n, options.outMiddle, 'outMiddle')
  const lower = outputBuffer(n, options.outLower, 'outLower')
  const lb = maTypeLookback(period, maType)
  const head = Math.min(n, lb)
  upper.fill(Number.NaN, 0, head)
  middle.fill(Number.NaN, 0, head)
  lower.fill(Number.NaN, 0, head)
  if (lb >= n) return { upper, middle, lower }
  if (maType === MaType.SMA) {
    // one pass: TA-Lib's SMA running sum and INT_stddev_using_precalc_ma's running sum of squares
    let total = 0
    let sumSq = 0
    for (let i = 0; i < lb; i++) {
      const x = values[i] as number
      total += x
      sumSq += x * x
    }
    let trailing = 0
    for (let i = lb; i < n; i++) {
      const x = values[i] as number
      const y = values[trailing++] as number
      const t = total + x
      total = t - y
      const m = t / period
      sumSq += x * x
      let m2 = sumSq / period
      sumSq -= y * y
      m2 -= m * m
      const sd = sqrtDev(m2, 1)
      middle[i] = m
      upper[i] = m + sd * nbDevUp
      lower[i] = m - sd * nbDevDn
    }
    return { upper, middle, lower }
  }
  maRange(values, 0, n, period, maType, middle)
  varRange(values, lb - period + 1, n, period, upper)
  for (let i = lb; i < n; i++) upper[i] = sqrtDev(upper[i] as number, 1)
  for (let i = lb; i < n; i++) {
    const sd = upper[i] as number
    const m = middle[i] as number
    upper[i] = m + sd * nbDevUp
    lower[i] = m - sd * nbDevDn
  }
  return { upper, middle, lower }
}

const FIELDS = ['ma', 'dev', 'count', 'pCount'] as const

/**
 * Streaming Bollinger Bands (TA-Lib `BBANDS`), O(1) per update for every MA type but MAMA; outputs equal
 * {@link bbands}'s exactly. Each update returns a new `{ upper, middle, lower }` object.
 *
 * @example
 * ```ts
 * import { BBANDS } from '@aitrade/indicators'
 * const b = new BBANDS({ period: 2 })
 * b.update(1)
 * b.update(3) // { upper: 4, middle: 2, lower: 0 }
 * ```
 * @see TA-Lib `TA_BBANDS` (ta_BBANDS.c).
 */
export class BBANDS implements StreamingIndicator<number, BbandsOutput<number>> {
  /** Bars consumed before the first defined output: {@link bbandsLookback}. */
  readonly lookback: number
  private readonly options: BbandsParams
  private readonly ma: StreamingIndicator<number, number>
  private readonly dev: RollingVar
  /** Inputs before the σ window starts (TA-Lib runs the variance from `lookback − period + 1`). */
  private readonly skip: number
  /** Inputs consumed, capped at `skip`. */
  private count = 0
  private pCount = -1

  /**
   * @param options - See {@link BbandsOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an option is out of range.
   */
  constructor(options: BbandsOptions = {}) {
    this.options = bbandsParams(options)
    this.lookback = maTypeLookback(this.options.period, this.options.maType)
    this.ma = createMa(this.options.maType, this.options.period)
    this.dev = new RollingVar(this.options.period)
    this.skip = this.lookback - this.options.period + 1
  }

  /** `true` once `lookback + 1` values have been consumed. */
  get isReady(): boolean {
    return this.ma.isReady
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest bands, all `NaN` before ready.
   */
  update(value: number): BbandsOutput<number> {
    this.pCount = this.count
    this.dev.save()
    return this.step(this.ma.update(value), value)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised bands.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): BbandsOutput<number> {
    if (this.pCount < 0) throw noBarToReplace('BBANDS')
    this.count = this.pCount
    this.dev.rollback()
    return this.step(this.ma.replace(value), value)
  }

  private step(m: number, x: number): BbandsOutput<number> {
    if (this.count < this.skip) {
      this.count++
      return { upper: Number.NaN, middle: Number.NaN, lower: Number.NaN }
    }
    const v = this.options.maType === MaType.SMA ? this.dev.stepWithMean(x, m) : this.dev.step(x)
    if (!this.ma.isReady) return { upper: Number.NaN, middle: Number.NaN, lower: Number.NaN }
    const sd = sqrtDev(v, 1)
    return { upper: m + sd * this.options.nbDevUp, middle: m, lower: m - sd * this.options.nbDevDn }
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.ma.reset()
    this.dev.reset()
    this.count = 0
    this.pCount = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('BBANDS', 1, { ...this.options }, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `BBANDS` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'BBANDS', 1, { ...this.options }, this, FIELDS)
  }
}
