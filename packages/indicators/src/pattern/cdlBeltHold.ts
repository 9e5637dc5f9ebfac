import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, color, lowerShadow, realBody, upperShadow } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLBELTHOLD',
  lookback: Math.max(S.bodyLong.avgPeriod, S.shadowVeryShort.avgPeriod),
  totals: [
    [S.bodyLong, 0],
    [S.shadowVeryShort, 0],
  ],
  evaluate(b, i, tot) {
    return realBody(b, i) > avg(S.bodyLong, tot, 0, b, i) &&
      ((color(b, i) === 1 && lowerShadow(b, i) < avg(S.shadowVeryShort, tot, 1, b, i)) ||
        (color(b, i) === -1 && upperShadow(b, i) < avg(S.shadowVeryShort, tot, 1, b, i)))
      ? color(b, i) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdlBeltHold}: the number of leading bars that never get a value, `max(bodyLong.avgPeriod,
 * shadowVeryShort.avgPeriod)` over TA-Lib's default {@link CANDLE_SETTINGS} (10).
 *
 * @returns 10.
 * @see TA-Lib 0.6 `TA_CDLBELTHOLD_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlBeltHoldLookback } from '@aitrade/indicators'
 *
 * cdlBeltHoldLookback() // 10
 * ```
 */
export function cdlBeltHoldLookback(): number {
  return DEF.lookback
}

/**
 * Belt-hold (TA-Lib `CDLBELTHOLD`): a long candle opening at its extreme. Signals on the last candle of:
 * - long white real body with no or a very short lower shadow (bullish), or;
 * - long black real body with no or a very short upper shadow (bearish).
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 (white) or -100 (black); 0 elsewhere and on the first 10 bars
 *   ({@link cdlBeltHoldLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLBELTHOLD.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlBeltHold } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [200, 223, 226, 226, 228, 231, 231, 231, 239, 222, 229],
 *   high: [226, 226, 227, 230, 237, 237, 234, 243, 251, 232, 229],
 *   low: [200, 222, 221, 221, 228, 231, 229, 231, 222, 214, 203],
 *   close: [214, 226, 226, 228, 232, 232, 231, 235, 225, 232, 215],
 * }
 * cdlBeltHold(bars)[10] // -100
 * ```
 */
export function cdlBeltHold(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlBeltHold}: `update(bar)` returns the value `cdlBeltHold` gives the newest bar (0 until more
 * than 10 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLBELTHOLD.c`.
 *
 * @example
 * ```ts
 * import { CDLBELTHOLD } from '@aitrade/indicators'
 *
 * const detector = new CDLBELTHOLD()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLBELTHOLD extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
