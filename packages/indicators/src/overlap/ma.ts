import { InvalidArgumentError } from '@aitrade/core'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'
import { DEMA, demaRange } from './dema.js'
import { EMA, emaRange } from './ema.js'
import { KAMA, kamaRange } from './kama.js'
import { MAMA, mama } from './mama.js'
import { SMA, smaRange } from './sma.js'
import { T3, t3Range } from './t3.js'
import { TEMA, temaRange } from './tema.js'
import { TRIMA, trimaRange } from './trima.js'
import { WMA, wmaRange } from './wma.js'

/**
 * TA-Lib's moving-average types (`TA_MAType`), the `maType` option of {@link ma}, `bbands`, `macdExt`, `stoch`, …:
 * `0` SMA, `1` EMA, `2` WMA, `3` DEMA, `4` TEMA, `5` TRIMA, `6` KAMA, `7` MAMA, `8` T3.
 *
 * @example
 * ```ts
 * import { MaType, ma } from '@aitrade/indicators'
 * ma([1, 2, 3, 4], { period: 2, maType: MaType.EMA })
 * ```
 * @see TA-Lib `TA_MAType` (ta_defs.h): the same codes in the same order.
 */
export const MaType = { SMA: 0, EMA: 1, WMA: 2, DEMA: 3, TEMA: 4, TRIMA: 5, KAMA: 6, MAMA: 7, T3: 8 } as const

/** One of the {@link MaType} codes, `0..8`. */
export type MaType = (typeof MaType)[keyof typeof MaType]

/** Options of {@link ma} and {@link MA}. */
export interface MaOptions {
  /** Number of bars, integer in [1, 100000] (`1` returns the input unchanged). Default `30` (TA-Lib's). Ignored by MAMA (except that `1` still copies the input, as in TA-Lib). */
  period?: number
  /** Moving-average type, see {@link MaType}. Default `0` (SMA). */
  maType?: MaType
}

/**
 * Checks an `maType` option value.
 * @internal
 */
export function checkMaType(name: string, value: number): MaType {
  if (!Number.isInteger(value) || value < 0 || value > 8) {
    throw new InvalidArgumentError(name, `must be a TA-Lib MA type, an integer in [0, 8], got ${String(value)}`)
  }
  return value as MaType
}

/** MAMA's lookback (TA-Lib 0.6, unstable period 0), whatever the limits. */
const MAMA_LOOKBACK = 32

function maParams(options: MaOptions): { period: number; maType: MaType } {
  return { period: checkPeriod('period', options.period ?? 30, 1), maType: checkMaType('maType', options.maType ?? 0) }
}

/**
 * Lookback of a moving average of type `maType` and `period` (already validated), as TA-Lib's `TA_MA_Lookback`.
 * @internal
 */
export function maTypeLookback(period: number, maType: MaType): number {
  if (period <= 1) return 0
  switch (maType) {
    case MaType.DEMA:
      return 2 * (period - 1)
    case MaType.TEMA:
      return 3 * (period - 1)
    case MaType.KAMA:
      return period
    case MaType.MAMA:
      return MAMA_LOOKBACK
    case MaType.T3:
      return 6 * (period - 1)
    default:
      return period - 1
  }
}

/**
 * Number of leading bars {@link ma} leaves `NaN`: the lookback of the chosen type (`0` when `period` is 1).
 *
 * @param options - See {@link MaOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000]
 *   or `maType` is not in [0, 8].
 * @example
 * ```ts
 * import { MaType, maLookback } from '@aitrade/indicators'
 * maLookback({ period: 10, maType: MaType.DEMA }) // 18
 * ```
 * @see TA-Lib `TA_MA_Lookback`.
 */
export function maLookback(options: MaOptions = {}): number {
  const { period, maType } = maParams(options)
  return maTypeLookback(period, maType)
}

/**
 * Moving-average kernel over `src[from, to)` as if it were the whole input, dispatching on `maType` like TA-Lib's
 * `TA_MA` (period 1 copies the input). Writes `out[first .. to)` and returns `first`; `period` and `maType` must be
 * validated by the caller. This is the building block for MACDEXT, STOCH, APO, PPO, BBANDS….
 * @internal
 */
export function maRange(
  src: ArrayLike<number>,
  from: number,
  to: number,
  period: number,
  maType: MaType,
  out: Float64Array,
): number {
  if (period === 1) {
    for (let i = from; i < to; i++) out[i] = src[i] as number
    return from
  }
  switch (maType) {
    case MaType.SMA:
      return smaRange(src, from, to, period, out)
    case MaType.EMA:
      return emaRange(src, from, to, period, 2 / (period + 1), out)
    case MaType.WMA:
      return wmaRange(src, from, to, period, out)
    case MaType.DEMA:
      return demaRange(src, from, to, period, out)
    case MaType.TEMA:
      return temaRange(src, from, to, period, out)
    case MaType.TRIMA:
      return trimaRange(src, from, to, period, out)
    case MaType.KAMA:
      return kamaRange(src, from, to, period, out)
    case MaType.MAMA: {
      // TA-Lib: MAMA with limits 0.5 / 0.05 on the sub-range, its `mama` line only
      const whole = from === 0 && to === src.length
      const line = mama(whole ? src : Float64Array.from({ length: to - from }, (_, j) => src[from + j] as number)).mama
      const first = from + MAMA_LOOKBACK
      for (let i = first; i < to; i++) out[i] = line[i - from] as number
      return first
    }
    default:
      return t3Range(src, from, to, period, 0.7, out)
  }
}

/**
 * Moving average of any TA-Lib type (TA-Lib `MA`): dispatches to {@link sma}, {@link ema}, {@link wma}, {@link dema},
 * {@link tema}, {@link trima}, {@link kama}, MAMA (its `mama` line with fast/slow limits 0.5/0.05, `period` ignored)
 * or {@link t3} (`vFactor` 0.7). `period` 1 returns a copy of the input.
 *
 * `NaN` inside the input propagates as the chosen average does in TA-Lib.
 *
 * @param values - Input series, oldest first.
 * @param options - `period` (default 30), `maType` (default SMA) and an optional `out` buffer; see {@link MaOptions}.
 * @returns A `Float64Array` of the input's length, in the input's units; the first {@link maLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` is not an integer in [1, 100000],
 *   `maType` is not in [0, 8], `values` is not array-like or `out` is too short.
 * @example
 * ```ts
 * import { MaType, ma } from '@aitrade/indicators'
 * ma([1, 2, 3, 4, 5], { period: 3, maType: MaType.SMA }) // Float64Array [NaN, NaN, 2, 3, 4]
 * ```
 * @see TA-Lib `TA_MA` (ta_MA.c).
 */
export function ma(values: ArrayLike<number>, options: MaOptions & OutputOptions = {}): Float64Array {
  const { period, maType } = maParams(options)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, options.out)
  out.fill(Number.NaN, 0, Math.min(n, maTypeLookback(period, maType)))
  maRange(values, 0, n, period, maType, out)
  return out
}

function createTyped(maType: MaType, period: number): StreamingIndicator<number, number> {
  switch (maType) {
    case MaType.SMA:
      return new SMA({ period })
    case MaType.EMA:
      return new EMA({ period })
    case MaType.WMA:
      return new WMA({ period })
    case MaType.DEMA:
      return new DEMA({ period })
    case MaType.TEMA:
      return new TEMA({ period })
    case MaType.TRIMA:
      return new TRIMA({ period })
    case MaType.KAMA:
      return new KAMA({ period })
    case MaType.MAMA:
      return new MamaLine()
    default:
      return new T3({ period, vFactor: 0.7 })
  }
}

/**
 * Creates the streaming moving average of TA-Lib type `maType` — an {@link SMA}, {@link EMA}, … instance, or an
 * {@link MA} pass-through when `period` is 1 — for indicators that take an `maType` option (MACDEXT, STOCH, APO,
 * PPO, BBANDS). Outputs equal {@link ma}'s exactly.
 *
 * @param maType - See {@link MaType}.
 * @param period - Number of bars, integer in [1, 100000].
 * @returns A fresh streaming indicator of numbers.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` or `maType` is out of range.
 * @example
 * ```ts
 * import { MaType, createMa } from '@aitrade/indicators'
 * const m = createMa(MaType.WMA, 10)
 * m.update(101.5) // NaN until 10 values
 * ```
 * @see TA-Lib `TA_MA` (ta_MA.c).
 */
export function createMa(maType: MaType, period: number): StreamingIndicator<number, number> {
  const p = maParams({ period, maType })
  return p.period === 1 ? new MA(p) : createTyped(p.maType, p.period)
}

const FIELDS = ['inner', 'updated'] as const

/** The `mama` line of a {@link MAMA} (limits 0.5 / 0.05) as a moving average of numbers, for `maType` 7. */
class MamaLine implements StreamingIndicator<number, number> {
  readonly lookback = MAMA_LOOKBACK
  private readonly inner = new MAMA({ fastLimit: 0.5, slowLimit: 0.05 })
  private updated = false

  get isReady(): boolean {
    return this.inner.isReady
  }

  update(value: number): number {
    this.updated = true
    return this.inner.update(value).mama
  }

  replace(value: number): number {
    if (!this.updated) throw noBarToReplace('MA')
    return this.inner.replace(value).mama
  }

  reset(): void {
    this.inner.reset()
    this.updated = false
  }

  snapshot(): IndicatorSnapshot {
    return makeSnapshot('MA(MAMA)', 1, {}, this, ['inner', 'updated'])
  }

  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'MA(MAMA)', 1, {}, this, ['inner', 'updated'])
  }
}

/**
 * Streaming moving average of any TA-Lib type (TA-Lib `MA`); outputs equal {@link ma}'s exactly.
 *
 * @example
 * ```ts
 * import { MA, MaType } from '@aitrade/indicators'
 * const m = new MA({ period: 3, maType: MaType.EMA })
 * m.update(1); m.update(2)
 * m.update(3) // 2
 * ```
 * @see TA-Lib `TA_MA` (ta_MA.c).
 */
export class MA implements StreamingIndicator<number, number> {
  /** Bars consumed before the first defined output: {@link maLookback}. */
  readonly lookback: number
  private readonly options: { period: number; maType: MaType }
  /** The typed average, or `null` for the `period` 1 pass-through. */
  private readonly inner: StreamingIndicator<number, number> | null
  private updated = false

  /**
   * @param options - See {@link MaOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `period` or `maType` is out of range.
   */
  constructor(options: MaOptions = {}) {
    this.options = maParams(options)
    this.lookback = maTypeLookback(this.options.period, this.options.maType)
    this.inner = this.options.period === 1 ? null : createTyped(this.options.maType, this.options.period)
  }

  /** `true` once `lookback + 1` values have been consumed. */
  get isReady(): boolean {
    return this.inner === null ? this.updated : this.inner.isReady
  }

  /**
   * Consumes the next value.
   * @param value - The new value.
   * @returns The newest average, `NaN` before ready.
   */
  update(value: number): number {
    this.updated = true
    return this.inner === null ? value : this.inner.update(value)
  }

  /**
   * Revises the last value consumed.
   * @param value - The revised value.
   * @returns The revised average.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(value: number): number {
    if (!this.updated) throw noBarToReplace('MA')
    return this.inner === null ? value : this.inner.replace(value)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.inner?.reset()
    this.updated = false
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('MA', 1, this.options, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of an `MA` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'MA', 1, this.options, this, FIELDS)
  }
}
