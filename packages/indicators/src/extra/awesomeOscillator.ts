import { InvalidArgumentError } from '@aitrade/core'
import { SMA, smaRange } from '../overlap/sma.js'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'

/** Options of {@link awesomeOscillator} and {@link AO}. */
export interface AwesomeOscillatorOptions {
  /** Fast SMA period, integer ≥ 2. Default `5`. */
  fastPeriod?: number
  /** Slow SMA period, integer > `fastPeriod`. Default `34`. */
  slowPeriod?: number
}

function aoConfig(options: AwesomeOscillatorOptions): { fastPeriod: number; slowPeriod: number } {
  const fastPeriod = checkPeriod('fastPeriod', options.fastPeriod ?? 5, 2)
  const slowPeriod = checkPeriod('slowPeriod', options.slowPeriod ?? 34, 2)
  if (slowPeriod <= fastPeriod)
    throw new InvalidArgumentError('slowPeriod', `must be greater than fastPeriod (${fastPeriod}), got ${slowPeriod}`)
  return { fastPeriod, slowPeriod }
}

/**
 * Lookback of {@link awesomeOscillator}: `slowPeriod - 1`.
 * @param options - As for {@link awesomeOscillator}.
 * @returns Number of leading `NaN` outputs.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad period.
 * @example
 * ```ts
 * import { awesomeOscillatorLookback } from '@aitrade/indicators'
 *
 * awesomeOscillatorLookback() // 33
 * ```
 * @see {@link awesomeOscillator} for the formula and its source.
 */
export function awesomeOscillatorLookback(options: AwesomeOscillatorOptions = {}): number {
  return aoConfig(options).slowPeriod - 1
}

/**
 * Bill Williams' Awesome Oscillator: `AO = SMA(median, fastPeriod) − SMA(median, slowPeriod)` with the
 * median price `(high + low) / 2` (SMAs as TA-Lib sums them). A `NaN` input makes every later value `NaN`
 * (TA-Lib's running sums).
 *
 * @param bars - High and low of equal lengths.
 * @param options - `fastPeriod` (5), `slowPeriod` (34) and an optional `out` buffer.
 * @returns AO in price units, input length; the first `slowPeriod - 1` values `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on unequal lengths, a bad period or short `out`.
 *
 * @example
 * ```ts
 * import { awesomeOscillator } from '@aitrade/indicators'
 *
 * const ao = awesomeOscillator({ high: [2, 4, 6], low: [0, 2, 4] }, { fastPeriod: 2, slowPeriod: 3 })
 * ao[2] // 1 = mean(3, 5) − mean(1, 3, 5)
 * ```
 * @see Bill Williams, *New Trading Dimensions* (1998); TradingView Help, "Awesome Oscillator (AO)".
 */
export function awesomeOscillator(
  bars: Pick<OhlcvInput, 'high' | 'low'>,
  options: AwesomeOscillatorOptions & OutputOptions = {},
): Float64Array {
  const { fastPeriod, slowPeriod } = aoConfig(options)
  const n = checkBars(bars, ['high', 'low'])
  const out = outputBuffer(n, options.out)
  const { high, low } = bars
  const median = new Float64Array(n)
  for (let i = 0; i < n; i++) median[i] = ((high[i] as number) + (low[i] as number)) / 2
  const fast = new Float64Array(n)
  smaRange(median, 0, n, fastPeriod, fast)
  out.fill(Number.NaN, 0, Math.min(n, slowPeriod - 1))
  smaRange(median, 0, n, slowPeriod, out)
  for (let i = slowPeriod - 1; i < n; i++) out[i] = (fast[i] as number) - (out[i] as number)
  return out
}

const FIELDS = ['fast', 'slow'] as const

/**
 * Streaming {@link awesomeOscillator}: O(1) per bar; equals the batch output exactly.
 *
 * @example
 * ```ts
 * import { AO } from '@aitrade/indicators'
 *
 * const ao = new AO({ fastPeriod: 2, slowPeriod: 3 })
 * ao.update({ high: 2, low: 0 })
 * ao.update({ high: 4, low: 2 })
 * ao.update({ high: 6, low: 4 }) // 1
 * ```
 * @see {@link awesomeOscillator} for the formula and sources.
 */
export class AO implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low'>, number> {
  /** `slowPeriod - 1`. */
  readonly lookback: number
  private readonly opts: { fastPeriod: number; slowPeriod: number }
  private readonly fast: SMA
  private readonly slow: SMA
  private started = false

  /**
   * @param options - See {@link AwesomeOscillatorOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` on a bad period.
   */
  constructor(options: AwesomeOscillatorOptions = {}) {
    this.opts = aoConfig(options)
    this.lookback = this.opts.slowPeriod - 1
    this.fast = new SMA({ period: this.opts.fastPeriod })
    this.slow = new SMA({ period: this.opts.slowPeriod })
  }

  /** `true` once `slowPeriod` bars have been consumed. */
  get isReady(): boolean {
    return this.slow.isReady
  }

  /**
   * Consumes the next bar.
   * @param bar - High and low.
   * @returns The newest AO, `NaN` before ready.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low'>): number {
    this.started = true
    const m = (bar.high + bar.low) / 2
    return this.fast.update(m) - this.slow.update(m)
  }

  /**
   * Revises the last bar consumed.
   * @param bar - The revised bar.
   * @returns The revised AO.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low'>): number {
    if (!this.started) throw noBarToReplace('AO')
    const m = (bar.high + bar.low) / 2
    return this.fast.replace(m) - this.slow.replace(m)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.started = false
    this.fast.reset()
    this.slow.reset()
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('AO', 1, this.opts, this, [...FIELDS, 'started'])
  }

  /**
   * @param snapshot - A snapshot of an `AO` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'AO', 1, this.opts, this, [...FIELDS, 'started'])
  }
}
