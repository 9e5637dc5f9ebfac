import { InvalidArgumentError } from '@aitrade/core'
import { checkSeries } from '../validate.js'
import { HilbertStream, HT, HT_LOOKBACK_LONG, hilbertRun } from './hilbert.js'

/** Options of {@link htTrendMode}. */
export interface HtTrendModeOptions {
  /** Preallocated output buffer of at least the input's length. */
  out?: Int32Array
}

/**
 * Lookback of {@link htTrendMode}: 63 bars (TA-Lib 0.6, unstable period 0).
 *
 * @returns Number of leading warm-up outputs.
 * @example
 * ```ts
 * import { htTrendModeLookback } from '@aitrade/indicators'
 * htTrendModeLookback() // 63
 * ```
 * @see TA-Lib `TA_HT_TRENDMODE_Lookback`.
 */
export function htTrendModeLookback(): number {
  return HT_LOOKBACK_LONG
}

/**
 * Hilbert transform trend vs cycle mode (TA-Lib `HT_TRENDMODE`): `1` (trend) unless the sine and lead sine (see {@link htSine}) crossed less than half a dominant cycle ago or the DC phase advances at the cycle rate (`0.67…1.5 × 360/period` degrees per bar) — then `0` (cycle); always `1` when the smoothed price is ≥ 1.5 % away from the instantaneous trendline.
 * Follows TA-Lib 0.6's arithmetic step by step.
 *
 * @param values - Prices (TA-Lib uses closes or the median price), oldest first. A `NaN` propagates to every later output.
 * @param options - {@link HtTrendModeOptions}.
 * @returns `Int32Array` of the input's length in `1` trend / `0` cycle, `0` for the first {@link htTrendModeLookback} bars.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `values` is not array-like or an output buffer is too short.
 * @example
 * ```ts
 * import { htTrendMode } from '@aitrade/indicators'
 * const close = Array.from({ length: 100 }, (_, i) => 100 + 10 * Math.sin((2 * Math.PI * i) / 20))
 * htTrendMode(close)[99] // 1
 * ```
 * @see TA-Lib `TA_HT_TRENDMODE` (ta_HT_TRENDMODE.c); John F. Ehlers, *Rocket Science for Traders* (2001), ch. 10 "Instantaneous Trendline".
 */
export function htTrendMode(values: ArrayLike<number>, options: HtTrendModeOptions = {}): Int32Array {
  const n = checkSeries('values', values)
  let out: Int32Array
  if (options.out === undefined) out = new Int32Array(n)
  else if (!(options.out instanceof Int32Array) || options.out.length < n) {
    throw new InvalidArgumentError('out', `must be an Int32Array of length >= ${n}`)
  } else out = options.out
  out.fill(0, 0, n)
  hilbertRun(values, n, 34, (s, i) => {
    if (i >= HT_LOOKBACK_LONG) out[i] = s[HT.TREND] as number
  })
  return out
}

/**
 * Streaming {@link htTrendMode}: O(1) per update (a DFT over at most 50 smoothed prices), no allocation; `replace` revises the forming bar.
 *
 * @example
 * ```ts
 * import { HT_TRENDMODE } from '@aitrade/indicators'
 * const ind = new HT_TRENDMODE()
 * ind.update(101.2) // 0 until 64 values
 * ```
 * @see {@link htTrendMode} for the method.
 */
export class HT_TRENDMODE extends HilbertStream<number> {
  constructor() {
    super('HT_TRENDMODE', {}, HT_LOOKBACK_LONG, 34)
  }

  protected read(ran: boolean): number {
    return ran && this.count > HT_LOOKBACK_LONG ? (this.s[HT.TREND] as number) : 0
  }
}
