import { InvalidArgumentError } from '@aitrade/core'
import { noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OutputOptions, StreamingIndicator } from '../types.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'
import { checkMaType, createMa, type MaType, maRange, maTypeLookback } from './ma.js'

/** Options of {@link mavp} and {@link MAVP}. */
export interface MavpOptions {
  /** Smallest period used, integer in [2, 100000]. Default `2` (TA-Lib's). */
  minPeriod?: number
  /** Largest period used, integer in [2, 100000], ≥ `minPeriod`. Default `30` (TA-Lib's). */
  maxPeriod?: number
  /** Moving-average type, see {@link MaType}. Default `0` (SMA). */
  maType?: MaType
}

/** One streaming input of {@link MAVP}. */
export interface MavpInput {
  /** The new value. */
  readonly value: number
  /** The period wanted for this bar (truncated to an integer and clamped to `[minPeriod, maxPeriod]`). */
  readonly period: number
}

interface MavpParams {
  minPeriod: number
  maxPeriod: number
  maType: MaType
}

function mavpParams(o: MavpOptions): MavpParams {
  const minPeriod = checkPeriod('minPeriod', o.minPeriod ?? 2, 2)
  const maxPeriod = checkPeriod('maxPeriod', o.maxPeriod ?? 30, 2)
  if (maxPeriod < minPeriod)
    throw new InvalidArgumentError('maxPeriod', `must be >= minPeriod (${minPeriod}), got ${maxPeriod}`)
  return { minPeriod, maxPeriod, maType: checkMaType('maType', o.maType ?? 0) }
}

/** TA-Lib's `(int)` cast and clamp of a requested period (`NaN` and out-of-`int` values become `minPeriod`, as on x86). */
function clampPeriod(x: number, p: MavpParams): number {
  const t = x > -2147483649 && x < 2147483648 ? Math.trunc(x) : -2147483648
  return t < p.minPeriod ? p.minPeriod : Math.min(t, p.maxPeriod)
}

/**
 * Number of leading bars {@link mavp} leaves `NaN`: the lookback of the `maType` average at `maxPeriod`.
 *
 * @param options - See {@link MavpOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an option is out of range.
 * @example
 * ```ts
 * import { mavpLookback } from '@aitrade/indicators'
 * mavpLookback({ minPeriod: 2, maxPeriod: 30 }) // 29
 * ```
 * @see TA-Lib `TA_MAVP_Lookback`.
 */
export function mavpLookback(options: MavpOptions = {}): number {
  const p = mavpParams(options)
  return maTypeLookback(p.maxPeriod, p.maType)
}

/**
 * Moving average with a variable period (TA-Lib `MAVP`): at each bar, the `maType` average of period `periods[i]`
 * (truncated, clamped to `[minPeriod, maxPeriod]`). As in TA-Lib every average starts where the `maxPeriod` average
 * would (exponential types are seeded there), so outputs begin at {@link mavpLookback}.
 *
 * `NaN` inside `values` propagates as the chosen average does in TA-Lib; a `NaN` period counts as `minPeriod`.
 *
 * @param values - Input series, oldest first.
 * @param periods - Period wanted at each bar, same length.
 * @param options - `minPeriod` (2), `maxPeriod` (30), `maType` (SMA) and an optional `out` buffer; see {@link MavpOptions}.
 * @returns A `Float64Array` of the input's length, in input units; the first {@link mavpLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an option is out of range, the arrays'
 *   lengths differ (naming `periods`), or `out` is too short.
 * @example
 * ```ts
 * import { mavp } from '@aitrade/indicators'
 * mavp([1, 2, 3, 4, 5], [2, 2, 3, 2, 3], { minPeriod: 2, maxPeriod: 3 }) // Float64Array [NaN, NaN, 2, 3.5, 4]
 * ```
 * @see TA-Lib `TA_MAVP` (ta_MAVP.c).
 */
export function mavp(
  values: ArrayLike<number>,
  periods: ArrayLike<number>,
  options: MavpOptions & OutputOptions = {},
): Float64Array {
  const p = mavpParams(options)
  const n = checkSeries('values', values)
  const m = checkSeries('periods', periods)
  if (m !== n) throw new InvalidArgumentError('periods', `length ${m} differs from values length ${n}`)
  const out = outputBuffer(n, options.out)
  const lb = maTypeLookback(p.maxPeriod, p.maType)
  out.fill(Number.NaN, 0, Math.min(n, lb))
  if (lb >= n) return out
  const local = new Int32Array(n)
  for (let i = lb; i < n; i++) local[i] = clampPeriod(periods[i] as number, p)
  const tmp = new Float64Array(n)
  for (let i = lb; i < n; i++) {
    const cur = local[i] as number
    if (cur === 0) continue
    maRange(values, lb - maTypeLookback(cur, p.maType), n, cur, p.maType, tmp)
    for (let j = i; j < n; j++) {
      if (local[j] === cur) {
        local[j] = 0
        out[j] = tmp[j] as number
      }
    }
  }
  return out
}

/**
 * Streaming moving average with a variable period (TA-Lib `MAVP`): keeps one streaming average per period in
 * `[minPeriod, maxPeriod]`, so an update costs O(maxPeriod − minPeriod); outputs equal {@link mavp}'s exactly.
 *
 * @example
 * ```ts
 * import { MAVP } from '@aitrade/indicators'
 * const m = new MAVP({ minPeriod: 2, maxPeriod: 3 })
 * m.update({ value: 1, period: 2 }); m.update({ value: 2, period: 2 })
 * m.update({ value: 3, period: 3 }) // 2
 * ```
 * @see TA-Lib `TA_MAVP` (ta_MAVP.c).
 */
export class MAVP implements StreamingIndicator<MavpInput, number> {
  /** Bars consumed before the first defined output: {@link mavpLookback}. */
  readonly lookback: number
  private readonly params: MavpParams
  /** One average per period `minPeriod + k`, fed from bar `lookback − its lookback` on, as TA-Lib seeds them. */
  private readonly mas: StreamingIndicator<number, number>[]
  private readonly starts: Int32Array
  private readonly last: Float64Array
  private count = 0
  private pCount = -1

  /**
   * @param options - See {@link MavpOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when an option is out of range.
   */
  constructor(options: MavpOptions = {}) {
    this.params = mavpParams(options)
    const { minPeriod, maxPeriod, maType } = this.params
    this.lookback = maTypeLookback(maxPeriod, maType)
    const k = maxPeriod - minPeriod + 1
    this.mas = Array.from({ length: k }, (_, j) => createMa(maType, minPeriod + j))
    this.starts = Int32Array.from({ length: k }, (_, j) => this.lookback - maTypeLookback(minPeriod + j, maType))
    this.last = new Float64Array(k)
  }

  /** `true` once `lookback + 1` inputs have been consumed. */
  get isReady(): boolean {
    return this.count > this.lookback
  }

  /**
   * Consumes the next value with its period.
   * @param input - The value and the period wanted for this bar.
   * @returns The average of the requested period, `NaN` before ready.
   */
  update(input: MavpInput): number {
    this.pCount = this.count
    return this.step(input, false)
  }

  /**
   * Revises the last input consumed.
   * @param input - The revised value and period.
   * @returns The revised average.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(input: MavpInput): number {
    if (this.pCount < 0) throw noBarToReplace('MAVP')
    this.count = this.pCount
    return this.step(input, true)
  }

  private step(input: MavpInput, revise: boolean): number {
    const t = this.count
    const mas = this.mas
    for (let j = 0; j < mas.length; j++) {
      if (t < (this.starts[j] as number)) continue
      const ma = mas[j] as StreamingIndicator<number, number>
      this.last[j] = revise ? ma.replace(input.value) : ma.update(input.value)
    }
    if (this.count <= this.lookback) this.count++
    if (t < this.lookback) return Number.NaN
    return this.last[clampPeriod(input.period, this.params) - this.params.minPeriod] as number
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    for (const ma of this.mas) ma.reset()
    this.count = 0
    this.pCount = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return {
      indicator: 'MAVP',
      version: 1,
      options: { ...this.params },
      state: { count: this.count, pCount: this.pCount, mas: this.mas.map((m) => m.snapshot()) },
    }
  }

  /**
   * @param snapshot - A snapshot of an `MAVP` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    const holder = { count: 0, pCount: 0 }
    restoreSnapshot(snapshot, 'MAVP', 1, { ...this.params }, holder, ['count', 'pCount'])
    const mas = (snapshot.state as { mas?: unknown }).mas
    if (!Array.isArray(mas) || mas.length !== this.mas.length) {
      throw new InvalidArgumentError('snapshot.state.mas', `must hold ${this.mas.length} snapshots`)
    }
    for (let j = 0; j < this.mas.length; j++)
      (this.mas[j] as StreamingIndicator<number, number>).restore(mas[j] as IndicatorSnapshot)
    this.count = holder.count
    this.pCount = holder.pCount
  }
}
