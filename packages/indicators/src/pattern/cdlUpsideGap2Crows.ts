import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, op, realBody, realBodyGapUp } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLUPSIDEGAP2CROWS',
  lookback: Math.max(S.bodyShort.avgPeriod, S.bodyLong.avgPeriod) + 2,
  totals: [
    [S.bodyLong, 2],
    [S.bodyShort, 1],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 2) === 1 &&
      realBody(b, i - 2) > avg(S.bodyLong, tot, 0, b, i - 2) &&
      color(b, i - 1) === -1 &&
      realBody(b, i - 1) <= avg(S.bodyShort, tot, 1, b, i - 1) &&
      realBodyGapUp(b, i - 1, i - 2) &&
      color(b, i) === -1 &&
      op(b, i) > op(b, i - 1) &&
      cl(b, i) < cl(b, i - 1) &&
      cl(b, i) > cl(b, i - 2)
      ? -100
      : 0
  },
}

/**
 * Lookback of {@link cdlUpsideGap2Crows}: the number of leading bars that never get a value,
 * `max(bodyShort.avgPeriod, bodyLong.avgPeriod) + 2` over TA-Lib's default {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDLUPSIDEGAP2CROWS_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlUpsideGap2CrowsLookback } from '@aitrade/indicators'
 *
 * cdlUpsideGap2CrowsLookback() // 12
 * ```
 */
export function cdlUpsideGap2CrowsLookback(): number {
  return DEF.lookback
}

/**
 * Upside Gap Two Crows (TA-Lib `CDLUPSIDEGAP2CROWS`): two black candles above a gap after a long white one. Signals
 * on the last candle of:
 * - first candle: long white;
 * - second candle: short black, its body gapping up;
 * - third candle: black, engulfing the second body and closing above the first close.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: -100 on the third candle; 0 elsewhere and on the first 12 bars
 *   ({@link cdlUpsideGap2CrowsLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLUPSIDEGAP2CROWS.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlUpsideGap2Crows } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [135, 127, 135, 136, 136, 134, 133, 136, 128, 128, 138, 153, 154],
 *   high: [137, 127, 140, 136, 136, 146, 136, 136, 130, 138, 152, 155, 154],
 *   low: [119, 126, 135, 135, 133, 130, 132, 122, 119, 126, 138, 152, 142],
 *   close: [121, 126, 138, 135, 134, 130, 133, 122, 127, 138, 144, 152, 150],
 * }
 * cdlUpsideGap2Crows(bars)[12] // -100
 * ```
 */
export function cdlUpsideGap2Crows(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlUpsideGap2Crows}: `update(bar)` returns the value `cdlUpsideGap2Crows` gives the newest bar (0
 * until more than 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLUPSIDEGAP2CROWS.c`.
 *
 * @example
 * ```ts
 * import { CDLUPSIDEGAP2CROWS } from '@aitrade/indicators'
 *
 * const detector = new CDLUPSIDEGAP2CROWS()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLUPSIDEGAP2CROWS extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
