import {
  type CandleInput,
  type CandlePatternDef,
  CandlePatternStream,
  type PenetrationOptions,
  type PenetrationPatternOptions,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, hi, op, realBody } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLDARKCLOUDCOVER',
  lookback: S.bodyLong.avgPeriod + 1,
  totals: [[S.bodyLong, 1]],
  penetration: 0.5,
  evaluate(b, i, tot, _state, _t, penetration) {
    return color(b, i - 1) === 1 &&
      realBody(b, i - 1) > avg(S.bodyLong, tot, 0, b, i - 1) &&
      color(b, i) === -1 &&
      op(b, i) > hi(b, i - 1) &&
      cl(b, i) > op(b, i - 1) &&
      cl(b, i) < cl(b, i - 1) - realBody(b, i - 1) * penetration
      ? -100
      : 0
  },
}

/**
 * Lookback of {@link cdlDarkCloudCover}: the number of leading bars that never get a value, `bodyLong.avgPeriod + 1`
 * over TA-Lib's default {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLDARKCLOUDCOVER_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlDarkCloudCoverLookback } from '@aitrade/indicators'
 *
 * cdlDarkCloudCoverLookback() // 11
 * ```
 */
export function cdlDarkCloudCoverLookback(): number {
  return DEF.lookback
}

/**
 * Dark Cloud Cover (TA-Lib `CDLDARKCLOUDCOVER`): a bearish two-candle top reversal. Signals on the last candle of:
 * - first candle: long white;
 * - second candle: black, opening above the first candle's high and closing inside the first body, below its close by
 *   more than `penetration` × the first body.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length; `penetration`: fraction of the
 *   first real body the last candle must move into it (≥ 0, default 0.5).
 * @returns `Int32Array` of the input's length: -100 on the second candle; 0 elsewhere and on the first 11 bars
 *   ({@link cdlDarkCloudCoverLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short, `penetration` when it is not a number in [0, 3e37].
 * @see TA-Lib 0.6 `ta_func/ta_CDLDARKCLOUDCOVER.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlDarkCloudCover } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [247, 246, 240, 240, 240, 226, 232, 235, 235, 241, 238, 255],
 *   high: [250, 247, 245, 240, 240, 228, 243, 236, 236, 248, 252, 255],
 *   low: [246, 238, 240, 232, 231, 214, 232, 227, 223, 241, 237, 238],
 *   close: [246, 240, 240, 234, 232, 228, 235, 236, 235, 247, 252, 241],
 * }
 * cdlDarkCloudCover(bars)[11] // -100
 * ```
 */
export function cdlDarkCloudCover(bars: CandleInput, options?: PenetrationPatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlDarkCloudCover}: `update(bar)` returns the value `cdlDarkCloudCover` gives the newest bar (0
 * until more than 11 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLDARKCLOUDCOVER.c`.
 *
 * @example
 * ```ts
 * import { CDLDARKCLOUDCOVER } from '@aitrade/indicators'
 *
 * const detector = new CDLDARKCLOUDCOVER({ penetration: 0.5 })
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLDARKCLOUDCOVER extends CandlePatternStream {
  /**
   * @param options - `penetration`: fraction of the first real body the last candle must move into it (≥ 0, default
   *   0.5).
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `penetration` when it is not a
   *   number in [0, 3e37].
   */
  constructor(options: PenetrationOptions = {}) {
    super(DEF, options)
  }
}
