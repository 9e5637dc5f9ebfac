import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from '../types.js'
import { checkBars, checkPeriod, outputBuffer } from '../validate.js'
import { adStep } from './ad.js'

/** Options of {@link adOsc} and {@link ADOSC}. */
export interface AdOscOptions {
  /** Fast EMA period, integer in [2, 100000]. Default `3` (TA-Lib's). */
  fastPeriod?: number
  /** Slow EMA period, integer in [2, 100000]. Default `10` (TA-Lib's). */
  slowPeriod?: number
}

function adOscParams(o: AdOscOptions): { fastPeriod: number; slowPeriod: number } {
  return {
    fastPeriod: checkPeriod('fastPeriod', o.fastPeriod ?? 3, 2),
    slowPeriod: checkPeriod('slowPeriod', o.slowPeriod ?? 10, 2),
  }
}

/**
 * Number of leading bars {@link adOsc} leaves `NaN`: `max(fastPeriod, slowPeriod) − 1`.
 *
 * @param options - See {@link AdOscOptions}.
 * @returns The lookback in bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when a period is not an integer in [2, 100000].
 * @example
 * ```ts
 * import { adOscLookback } from '@aitrade/indicators'
 * adOscLookback() // 9
 * ```
 * @see TA-Lib `TA_ADOSC_Lookback`.
 */
export function adOscLookback(options: AdOscOptions = {}): number {
  const p = adOscParams(options)
  return Math.max(p.fastPeriod, p.slowPeriod) - 1
}

/**
 * Chaikin A/D oscillator (TA-Lib `ADOSC`): `EMA_fast(AD) − EMA_slow(AD)`, both EMAs seeded with the first A/D
 * value (not an SMA) and run from the first bar, `k = 2 / (period + 1)`.
 *
 * `NaN` inside the input propagates as in TA-Lib's A/D line.
 *
 * @param bars - `high`, `low`, `close`, `volume` arrays of equal length, oldest first.
 * @param options - `fastPeriod` (3), `slowPeriod` (10) and an optional `out` buffer; see {@link AdOscOptions}.
 * @returns A `Float64Array` of the input's length, in volume units; the first {@link adOscLookback} values are `NaN`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when a period is not an integer in [2, 100000],
 *   naming the field when the arrays' lengths differ, or `out` when it is too short.
 * @example
 * ```ts
 * import { adOsc } from '@aitrade/indicators'
 * adOsc({ high: [12, 12], low: [8, 8], close: [11, 9], volume: [100, 100] }, { fastPeriod: 2, slowPeriod: 2 }) // [NaN, 0]
 * ```
 * @see TA-Lib `TA_ADOSC` (ta_ADOSC.c); M. Chaikin, Chaikin oscillator.
 */
export function adOsc(
  bars: Pick<OhlcvInput, 'high' | 'low' | 'close' | 'volume'>,
  options: AdOscOptions & OutputOptions = {},
): Float64Array {
  const { fastPeriod, slowPeriod } = adOscParams(options)
  const n = checkBars(bars, ['high', 'low', 'close', 'volume'])
  const out = outputBuffer(n, options.out)
  const lb = Math.max(fastPeriod, slowPeriod) - 1
  out.fill(Number.NaN, 0, Math.min(n, lb))
  if (lb >= n) return out
  const { high, low, close, volume } = bars
  const fk = 2 / (fastPeriod + 1)
  const sk = 2 / (slowPeriod + 1)
  const f1 = 1 - fk
  const s1 = 1 - sk
  let a = adStep(0, high[0] as number, low[0] as number, close[0] as number, volume[0] as number)
  let fast = a
  let slow = a
  for (let i = 1; i < n; i++) {
    a = adStep(a, high[i] as number, low[i] as number, close[i] as number, volume[i] as number)
    fast = fk * a + f1 * fast
    slow = sk * a + s1 * slow
    if (i >= lb) out[i] = fast - slow
  }
  return out
}

const FIELDS = ['count', 'ad', 'fast', 'slow', 'pCount', 'pAd', 'pFast', 'pSlow'] as const

/**
 * Streaming Chaikin A/D oscillator (TA-Lib `ADOSC`), O(1) per update; outputs equal {@link adOsc}'s exactly.
 *
 * @example
 * ```ts
 * import { ADOSC } from '@aitrade/indicators'
 * const o = new ADOSC({ fastPeriod: 3, slowPeriod: 10 })
 * o.update({ high: 12, low: 8, close: 11, volume: 100 }) // NaN until 10 bars
 * ```
 * @see TA-Lib `TA_ADOSC` (ta_ADOSC.c).
 */
export class ADOSC implements StreamingIndicator<Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'>, number> {
  /** Bars consumed before the first defined output: `max(fastPeriod, slowPeriod) − 1`. */
  readonly lookback: number
  private readonly options: { fastPeriod: number; slowPeriod: number }
  private readonly fk: number
  private readonly sk: number
  private count = 0
  private ad = 0
  private fast = 0
  private slow = 0
  private pCount = -1
  private pAd = 0
  private pFast = 0
  private pSlow = 0

  /**
   * @param options - See {@link AdOscOptions}.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when a period is not an integer in [2, 100000].
   */
  constructor(options: AdOscOptions = {}) {
    this.options = adOscParams(options)
    this.lookback = Math.max(this.options.fastPeriod, this.options.slowPeriod) - 1
    this.fk = 2 / (this.options.fastPeriod + 1)
    this.sk = 2 / (this.options.slowPeriod + 1)
  }

  /** `true` once `lookback + 1` bars have been consumed. */
  get isReady(): boolean {
    return this.count > this.lookback
  }

  /**
   * Consumes the next bar.
   * @param bar - `high`, `low`, `close`, `volume` of the new bar.
   * @returns The oscillator, `NaN` before ready.
   */
  update(bar: Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'>): number {
    this.pCount = this.count
    this.pAd = this.ad
    this.pFast = this.fast
    this.pSlow = this.slow
    return this.step(bar)
  }

  /**
   * Revises the last bar.
   * @param bar - The revised bar.
   * @returns The revised oscillator.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'>): number {
    if (this.pCount < 0) throw noBarToReplace('ADOSC')
    this.count = this.pCount
    this.ad = this.pAd
    this.fast = this.pFast
    this.slow = this.pSlow
    return this.step(bar)
  }

  private step(bar: Pick<OhlcvBar, 'high' | 'low' | 'close' | 'volume'>): number {
    const a = adStep(this.ad, bar.high, bar.low, bar.close, bar.volume)
    this.ad = a
    if (this.count === 0) {
      this.fast = a
      this.slow = a
    } else {
      this.fast = this.fk * a + (1 - this.fk) * this.fast
      this.slow = this.sk * a + (1 - this.sk) * this.slow
    }
    if (this.count <= this.lookback) this.count++
    return this.count > this.lookback ? this.fast - this.slow : Number.NaN
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.count = 0
    this.ad = 0
    this.fast = 0
    this.slow = 0
    this.pCount = -1
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot('ADOSC', 1, this.options, this, FIELDS)
  }

  /**
   * @param snapshot - A snapshot of an `ADOSC` with the same options.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, 'ADOSC', 1, this.options, this, FIELDS)
  }
}
