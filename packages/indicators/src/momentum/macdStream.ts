import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, StreamingIndicator } from '../types.js'
import { outputBuffer } from '../validate.js'

/** Result of {@link macd}, {@link macdExt} and {@link macdFix} (TA-Lib `outMACD`, `outMACDSignal`, `outMACDHist`). */
export interface MacdOutput {
  /** MACD line: fast average − slow average, in price units. */
  macd: Float64Array
  /** Signal line: average of the MACD line, in price units. */
  signal: Float64Array
  /** Histogram: MACD − signal, in price units. */
  histogram: Float64Array
}

/** Optional preallocated output buffers of {@link macd}, {@link macdExt} and {@link macdFix}. */
export interface MacdOutputOptions {
  /** Buffer for `macd`, at least the input's length. */
  outMacd?: Float64Array
  /** Buffer for `signal`, at least the input's length. */
  outSignal?: Float64Array
  /** Buffer for `histogram`, at least the input's length. */
  outHistogram?: Float64Array
}

/** One streaming output of {@link MACD}, {@link MACDEXT} and {@link MACDFIX}. */
export interface MacdValue {
  /** MACD line. */
  macd: number
  /** Signal line. */
  signal: number
  /** MACD − signal. */
  histogram: number
}

/** The three output buffers for `n` inputs (checked or allocated). @internal */
export function macdBuffers(n: number, o: MacdOutputOptions): MacdOutput {
  return {
    macd: outputBuffer(n, o.outMacd, 'outMacd'),
    signal: outputBuffer(n, o.outSignal, 'outSignal'),
    histogram: outputBuffer(n, o.outHistogram, 'outHistogram'),
  }
}

/** Fills the warm-up with `NaN` and writes `histogram = macd − signal` from `lookback` on. @internal */
export function macdFinish(r: MacdOutput, n: number, lookback: number): MacdOutput {
  const { macd, signal, histogram } = r
  for (let i = lookback; i < n; i++) histogram[i] = (macd[i] as number) - (signal[i] as number)
  const lb = Math.min(n, lookback)
  macd.fill(Number.NaN, 0, lb)
  signal.fill(Number.NaN, 0, lb)
  histogram.fill(Number.NaN, 0, lb)
  return r
}

const FIELDS = ['count', 'slowMa', 'fastMa', 'signalMa'] as const

/**
 * Streaming MACD family: a slow and a fast average of the input started at bar `slowStart`/`fastStart`
 * (TA-Lib starts the shorter one late so both are first defined on the same bar), their difference from
 * bar `macdStart`, and a signal average of it. `replace` delegates to the averages updated by the last bar.
 * @internal
 */
export abstract class MacdStream implements StreamingIndicator<number, MacdValue> {
  private count = 0

  protected constructor(
    private readonly indicatorName: string,
    private readonly options: Readonly<Record<string, unknown>>,
    readonly lookback: number,
    private readonly slowMa: StreamingIndicator<number, number>,
    private readonly slowStart: number,
    private readonly fastMa: StreamingIndicator<number, number>,
    private readonly fastStart: number,
    private readonly macdStart: number,
    private readonly signalMa: StreamingIndicator<number, number>,
  ) {}

  /** `true` once more than `lookback` values were consumed. */
  get isReady(): boolean {
    return this.count > this.lookback
  }

  /** Consumes the next value; returns `{ macd, signal, histogram }` (`NaN`s before ready). */
  update(value: number): MacdValue {
    return this.step(value, this.count++, false)
  }

  /** Revises the last value; throws `INVALID_STATE` before any update. */
  replace(value: number): MacdValue {
    if (this.count === 0) throw noBarToReplace(this.indicatorName)
    return this.step(value, this.count - 1, true)
  }

  private step(value: number, bar: number, revise: boolean): MacdValue {
    let slow = Number.NaN
    let fast = Number.NaN
    if (bar >= this.slowStart) slow = revise ? this.slowMa.replace(value) : this.slowMa.update(value)
    if (bar >= this.fastStart) fast = revise ? this.fastMa.replace(value) : this.fastMa.update(value)
    if (bar < this.macdStart) return { macd: Number.NaN, signal: Number.NaN, histogram: Number.NaN }
    const m = fast - slow
    const s = revise ? this.signalMa.replace(m) : this.signalMa.update(m)
    if (bar < this.lookback) return { macd: Number.NaN, signal: Number.NaN, histogram: Number.NaN }
    return { macd: m, signal: s, histogram: m - s }
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.count = 0
    this.slowMa.reset()
    this.fastMa.reset()
    this.signalMa.reset()
  }

  /** JSON-safe state (the three averages' snapshots). */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot(this.indicatorName, 1, this.options, this, FIELDS)
  }

  /** Restores a snapshot of the same class and options. */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, this.indicatorName, 1, this.options, this, FIELDS)
  }
}
