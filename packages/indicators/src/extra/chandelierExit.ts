import { extremeRange, WindowExtreme } from '../statistic/windowExtreme.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, checkReal, outputBuffer } from '../validate.js'
import { ATR, atr } from '../volatility/atr.js'

/** Options of {@link chandelierExit} and {@link CHANDELIER}. */
export interface ChandelierExitOptions {
  /** Look-back of the highest high / lowest low and the ATR period, integer ≥ 1. Default `22`. */
  period?: number
  /** ATR multiple, ≥ 0. Default `3`. */
  multiplier?: number
}

/** Optional output buffers of {@link chandelierExit}. */
export interface ChandelierExitBuffers {
  /** Buffer for {@link ChandelierExitOutput.long}. */
  outLong?: Float64Array
  /** Buffer for {@link ChandelierExitOutput.short}. */
  outShort?: Float64Array
}

/** Output of {@link chandelierExit}: stop levels in price units, input length. */
export interface ChandelierExitOutput {
  /** Stop for a long position: highest high − multiplier · ATR. */
  long: Float64Array
  /** Stop for a short position: lowest low + multiplier · ATR. */
  short: Float64Array
}

/** One streaming Chandelier Exit value. */
export interface ChandelierValue {
  /** Long stop. */
  long: number
  /** Short stop. */
  short: number
}

type ChandelierConfig = Required<ChandelierExitOptions>

function chandelierConfig(options: ChandelierExitOptions): ChandelierConfig {
  return {
    period: checkPeriod('period', options.period ?? 22, 1),
    multiplier: checkReal('multiplier', options.multiplier ?? 3, 0),
  }
}

/**
 * Lookback of {@link chandelierExit}: `period` (the ATR's lookback).
 * @param options - As for {@link chandelierExit}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad option.
 * @example
 * ```ts
 * import { chandelierExitLookback } from '@aitrade/indicators'
 *
 * chandelierExitLookback() // 22
 * ```
 * @see {@link chandelierExit} for the formula and its source.
 */
export function chandelierExitLookback(options: ChandelierExitOptions = {}): number {
  return chandelierConfig(options).period
}

/**
 * Chandelier Exit: `long = highest high(period) − multiplier · ATR(period)` and
 * `short = lowest low(period) + multiplier · ATR(period)`, the highest/lowest over the last `period` bars
 * including the current one (TA-Lib `MAX`/`MIN`), the ATR Wilder's (TA-Lib `ATR`). A `NaN` input makes every
 * later value `NaN` (ATR recursion).
 *
 * @param bars - High, low, close of equal lengths.
 * @param options - `period` (22), `multiplier` (3) and optional `outLong`/`outShort` buffers.
 * @returns `{ long, short }` in price units, input length; the first `period` values `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad option or short buffer.
 *
 * @example
 * ```ts
 * import { chandelierExit } from '@aitrade/indicators'
 *
 * const ce = chandelierExit({ high: [10, 12], low: [8, 9], close: [9, 11] }, { period: 1, multiplier: 1 })
 * ce.long[1] // 9 = 12 − TR 3
 * ce.short[1] // 12 = 9 + 3
 * ```
 * @see Chuck LeBeau, Chandelier Exit (in Alexander Elder, *Come Into My Trading Room*, 2002);
 *   StockCharts ChartSchool, "Chandelier Exit".
 */
export function chandelierExit(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close'>,
  options: ChandelierExitOptions & ChandelierExitBuffers = {},
): ChandelierExitOutput {
  const { period: p, multiplier: m } = chandelierConfig(options)
  const n = checkBars(bars, ['high', 'low', 'close'])
  const long = atr(bars, { period: p, out: outputBuffer(n, options.outLong, 'outLong') })
  const short = outputBuffer(n, options.outShort, 'outShort')
  const hh = new Float64Array(n)
  extremeRange(bars.high, 0, n, p, true, hh, null)
  extremeRange(bars.low, 0, n, p, false, short, null)
  short.fill(Number.NaN, 0, Math.min(n, p))
  for (let i = p; i < n; i++) {
    const w = m * (long[i] as number)
    long[i] = (hh[i] as number) - w
    short[i] = (short[i] as number) + w
  }
  return { long, short }
}

const FIELDS = ['hi', 'lo', 'atr'] as const

/**
 * Streaming {@link chandelierExit}: O(1) amortized per bar; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { CHANDELIER } from '@aitrade/indicators'
 *
 * const ce = new CHANDELIER({ period: 1, multiplier: 1 })
 * ce.update({ high: 10, low: 8, close: 9 })
 * ce.update({ high: 12, low: 9, close: 11 }).long // 9
 * ```
 * @see {@link chandelierExit} for the formula and sources.
 */
export class CHANDELIER implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close'>, ChandelierValue> {
  /** `period`. */
  readonly lookback: number
  private readonly cfg: ChandelierConfig
  private readonly atr: ATR
  private readonly hi: WindowExtreme
  private readonly lo: WindowExtreme

  /**
   * @param options - See {@link ChandelierExitOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad option.
   */
  constructor(options: ChandelierExitOptions = {}) {
    this.cfg = chandelierConfig(options)
    this.lookback = this.cfg.period
    this.atr = new ATR({ period: this.cfg.period })
    this.hi = new WindowExtreme(this.cfg.period, true)
    this.lo = new WindowExtreme(this.cfg.period, false)
  }

  /** `true` once `period + 1` bars have been consumed. */
  get isReady(): boolean {
    return this.atr.isReady
  }

  /**
   * Consumes the next bar.
   * @param bar - High, low, close.
   * @returns `{ long, short }`, `NaN`s before ready.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): ChandelierValue {
    this.hi.save()
    this.lo.save()
    return this.step(bar, this.atr.update(bar))
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised stops.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>): ChandelierValue {
    if (!this.hi.started) throw noBarToReplace('CHANDELIER')
    this.hi.rollback()
    this.lo.rollback()
    return this.step(bar, this.atr.replace(bar))
  }

  private step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close'>, range: number): ChandelierValue {
    this.hi.push(bar.high)
    this.lo.push(bar.low)
    if (!this.atr.isReady) return { long: Number.NaN, short: Number.NaN }
    const w = this.cfg.multiplier * range
    return { long: this.hi.value - w, short: this.lo.value + w }
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.hi.reset()
    this.lo.reset()
    this.atr.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('CHANDELIER', 1, this.cfg, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of a `CHANDELIER` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'CHANDELIER', 1, this.cfg, this, FIELDS)
  }
}
