import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, checkReal, outputBuffer } from '../validate.js'

/** Options of {@link sarExt} and {@link SAREXT} (TA-Lib's defaults). */
export interface SarExtOptions {
  /** `0` (default): direction from the first two bars' directional movement; `> 0`: start long at this SAR; `< 0`: start short at `|startValue|`. */
  startValue?: number
  /** Fraction added to (short) or removed from (long) the SAR on a reversal, ≥ 0. Default `0`. */
  offsetOnReverse?: number
  /** Long acceleration factor at a reversal to long, ≥ 0. Default `0.02`. */
  accelerationInitLong?: number
  /** Long acceleration increment on each new extreme, ≥ 0. Default `0.02`. */
  accelerationLong?: number
  /** Long acceleration cap, ≥ 0. Default `0.2`. */
  accelerationMaxLong?: number
  /** Short acceleration factor at a reversal to short, ≥ 0. Default `0.02`. */
  accelerationInitShort?: number
  /** Short acceleration increment, ≥ 0. Default `0.02`. */
  accelerationShort?: number
  /** Short acceleration cap, ≥ 0. Default `0.2`. */
  accelerationMaxShort?: number
}

/** Validated SAREXT parameters. @internal */
export type SarParams = Required<SarExtOptions>

/** @internal */
export function sarExtParams(o: SarExtOptions): SarParams {
  const pos = (name: keyof SarExtOptions, v: number | undefined, d: number) => checkReal(name, v ?? d, 0, 3e37)
  return {
    startValue: checkReal('startValue', o.startValue ?? 0, -3e37, 3e37),
    offsetOnReverse: pos('offsetOnReverse', o.offsetOnReverse, 0),
    accelerationInitLong: pos('accelerationInitLong', o.accelerationInitLong, 0.02),
    accelerationLong: pos('accelerationLong', o.accelerationLong, 0.02),
    accelerationMaxLong: pos('accelerationMaxLong', o.accelerationMaxLong, 0.2),
    accelerationInitShort: pos('accelerationInitShort', o.accelerationInitShort, 0.02),
    accelerationShort: pos('accelerationShort', o.accelerationShort, 0.02),
    accelerationMaxShort: pos('accelerationMaxShort', o.accelerationMaxShort, 0.2),
  }
}

const FIELDS = ['count', 'isLong', 'afLong', 'afShort', 'ep', 'sar', 'newHigh', 'newLow', 'saved'] as const

/**
 * Wilder's parabolic SAR state machine in TA-Lib's `TA_SAREXT` order of operations, one bar per {@link SarCore.step};
 * `signed` outputs short positions as negative values (SAREXT), otherwise as positive ones (SAR). Shared by the batch
 * and streaming SAR/SAREXT so both are identical.
 * @internal
 */
export class SarCore implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low'>, number> {
  readonly lookback = 1
  private readonly name: string
  private readonly p: SarParams
  private readonly signed: boolean
  private readonly initLong: number
  private readonly accLong: number
  private readonly initShort: number
  private readonly accShort: number
  private count = 0
  private isLong = false
  private afLong = 0
  private afShort = 0
  private ep = 0
  private sar = 0
  private newHigh = 0
  private newLow = 0
  /** State before the last update (count −1 = none). */
  private readonly saved = new Float64Array(8).fill(-1)

  constructor(name: string, params: SarParams, signed: boolean) {
    this.name = name
    this.p = params
    this.signed = signed
    // TA-Lib clamps the initial factors and increments to their caps
    this.initLong = Math.min(params.accelerationInitLong, params.accelerationMaxLong)
    this.accLong = Math.min(params.accelerationLong, params.accelerationMaxLong)
    this.initShort = Math.min(params.accelerationInitShort, params.accelerationMaxShort)
    this.accShort = Math.min(params.accelerationShort, params.accelerationMaxShort)
    this.afLong = this.initLong
    this.afShort = this.initShort
  }

  get isReady(): boolean {
    return this.count > 1
  }

  update(bar: Pick<OhlcvBar, 'high' | 'low'>): number {
    const s = this.saved
    s[0] = this.count
    s[1] = this.isLong ? 1 : 0
    s[2] = this.afLong
    s[3] = this.afShort
    s[4] = this.ep
    s[5] = this.sar
    s[6] = this.newHigh
    s[7] = this.newLow
    return this.step(bar.high, bar.low)
  }

  replace(bar: Pick<OhlcvBar, 'high' | 'low'>): number {
    const s = this.saved
    if ((s[0] as number) < 0) throw noBarToReplace(this.name)
    this.count = s[0] as number
    this.isLong = s[1] === 1
    this.afLong = s[2] as number
    this.afShort = s[3] as number
    this.ep = s[4] as number
    this.sar = s[5] as number
    this.newHigh = s[6] as number
    this.newLow = s[7] as number
    return this.step(bar.high, bar.low)
  }

  /** Consumes one bar; returns its SAR (`NaN` for the first bar). */
  step(high: number, low: number): number {
    if (this.count === 0) {
      this.count = 1
      this.newHigh = high
      this.newLow = low
      return Number.NaN
    }
    if (this.count === 1) {
      this.count = 2
      const start = this.p.startValue
      if (start === 0) {
        // TA-Lib: short when the one-bar minus DM is positive
        const diffP = high - this.newHigh
        const diffM = this.newLow - low
        const minusDm = diffM > 0 && diffP < diffM ? diffM : 0
        this.isLong = !(minusDm > 0)
        this.ep = this.isLong ? high : low
        this.sar = this.isLong ? this.newLow : this.newHigh
      } else {
        this.isLong = start > 0
        this.ep = this.isLong ? high : low
        this.sar = Math.abs(start)
      }
      this.newHigh = high
      this.newLow = low
    }
    const prevLow = this.newLow
    const prevHigh = this.newHigh
    this.newLow = low
    this.newHigh = high
    let sar = this.sar
    let out: number
    if (this.isLong) {
      if (low <= sar) {
        this.isLong = false
        sar = this.ep
        if (sar < prevHigh) sar = prevHigh
        if (sar < high) sar = high
        if (this.p.offsetOnReverse !== 0) sar += sar * this.p.offsetOnReverse
        out = this.signed ? -sar : sar
        this.afShort = this.initShort
        this.ep = low
        sar = sar + this.afShort * (this.ep - sar)
        if (sar < prevHigh) sar = prevHigh
        if (sar < high) sar = high
      } else {
        out = sar
        if (high > this.ep) {
          this.ep = high
          this.afLong += this.accLong
          if (this.afLong > this.p.accelerationMaxLong) this.afLong = this.p.accelerationMaxLong
        }
        sar = sar + this.afLong * (this.ep - sar)
        if (sar > prevLow) sar = prevLow
        if (sar > low) sar = low
      }
    } else if (high >= sar) {
      this.isLong = true
      sar = this.ep
      if (sar > prevLow) sar = prevLow
      if (sar > low) sar = low
      if (this.p.offsetOnReverse !== 0) sar -= sar * this.p.offsetOnReverse
      out = sar
      this.afLong = this.initLong
      this.ep = high
      sar = sar + this.afLong * (this.ep - sar)
      if (sar > prevLow) sar = prevLow
      if (sar > low) sar = low
    } else {
      out = this.signed ? -sar : sar
      if (low < this.ep) {
        this.ep = low
        this.afShort += this.accShort
        if (this.afShort > this.p.accelerationMaxShort) this.afShort = this.p.accelerationMaxShort
      }
      sar = sar + this.afShort * (this.ep - sar)
      if (sar < prevHigh) sar = prevHigh
      if (sar < high) sar = high
    }
    this.sar = sar
    return out
  }

  reset(): void {
    this.count = 0
    this.isLong = false
    this.afLong = this.initLong
    this.afShort = this.initShort
    this.ep = 0
    this.sar = 0
    this.saved.fill(-1)
  }

  snapshot(): IndicatorSnapshot {
    return makeSnapshot(this.name, 1, { ...this.p }, this, FIELDS)
  }

  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, this.name, 1, { ...this.p }, this, FIELDS)
  }
}

/**
 * Number of leading bars {@link sarExt} leaves `NaN`: always `1`.
 *
 * @param options - See {@link SarExtOptions} (validated).
 * @returns `1`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an option is out of range.
 * @example
 * ```ts
 * import { sarExtLookback } from '@aitrade/indicators'
 * sarExtLookback() // 1
 * ```
 * @see TA-Lib `TA_SAREXT_Lookback`.
 */
export function sarExtLookback(options: SarExtOptions = {}): number {
  sarExtParams(options)
  return 1
}

/**
 * Parabolic SAR, extended (TA-Lib `SAREXT`): Wilder's stop-and-reverse with a chosen start (`startValue`), separate
 * long/short acceleration schedules and an optional offset on reversal. **Short positions are returned as negative
 * values** (`−SAR`), long ones as positive, as TA-Lib does.
 *
 * `NaN` inside the input propagates through the comparisons as in TA-Lib.
 *
 * @param bars - `high` and `low` arrays of equal length, oldest first.
 * @param options - See {@link SarExtOptions}; plus an optional `out` buffer.
 * @returns A `Float64Array` of the input's length, in price units with the position's sign; index 0 is `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an option is negative (except `startValue`)
 *   or not a number, naming the field when the arrays' lengths differ, or `out` when it is too short.
 * @example
 * ```ts
 * import { sarExt } from '@aitrade/indicators'
 * sarExt({ high: [10, 11, 12, 11], low: [9, 10, 11, 9] }) // Float64Array [NaN, 9, 9.04, -12] (short at the end)
 * ```
 * @see TA-Lib `TA_SAREXT` (ta_SAREXT.c); J. W. Wilder, "New Concepts in Technical Trading Systems", 1978.
 */
export function sarExt(
  bars: Pick<OhlcvInput, 'high' | 'low'>,
  options: SarExtOptions & OutputOptions = {},
): Float64Array {
  const params = sarExtParams(options)
  const n = checkBars(bars, ['high', 'low'])
  const out = outputBuffer(n, options.out)
  const core = new SarCore('SAREXT', params, true)
  const { high, low } = bars
  for (let i = 0; i < n; i++) out[i] = core.step(high[i] as number, low[i] as number)
  return out
}

/**
 * Streaming parabolic SAR, extended (TA-Lib `SAREXT`), O(1) per update; outputs equal {@link sarExt}'s exactly
 * (negative while short).
 *
 * @example
 * ```ts
 * import { SAREXT } from '@aitrade/indicators'
 * const s = new SAREXT({ startValue: 0 })
 * s.update({ high: 10, low: 9 }) // NaN
 * s.update({ high: 11, low: 10 }) // 9
 * ```
 * @see TA-Lib `TA_SAREXT` (ta_SAREXT.c).
 */
export class SAREXT extends SarCore {
  /**
   * @param options - See {@link SarExtOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an option is out of range.
   */
  constructor(options: SarExtOptions = {}) {
    super('SAREXT', sarExtParams(options), true)
  }
}
