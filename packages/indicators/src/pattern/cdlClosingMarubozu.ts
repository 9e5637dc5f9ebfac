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
  name: 'CDLCLOSINGMARUBOZU',
  lookback: Math.max(S.bodyLong.avgPeriod, S.shadowVeryShort.avgPeriod),
  totals: [
    [S.bodyLong, 0],
    [S.shadowVeryShort, 0],
  ],
  evaluate(b, i, tot) {
    return realBody(b, i) > avg(S.bodyLong, tot, 0, b, i) &&
      ((color(b, i) === 1 && upperShadow(b, i) < avg(S.shadowVeryShort, tot, 1, b, i)) ||
        (color(b, i) === -1 && lowerShadow(b, i) < avg(S.shadowVeryShort, tot, 1, b, i)))
      ? color(b, i) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdlClosingMarubozu}: the number of leading bars that never get a value, `max(bodyLong.avgPeriod,
 * shadowVeryShort.avgPeriod)` over TA-Lib's default {@link CANDLE_SETTINGS} (10).
 *
 * @returns 10.
 * @see TA-Lib 0.6 `TA_CDLCLOSINGMARUBOZU_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlClosingMarubozuLookback } from '@aitrade/indicators'
 *
 * cdlClosingMarubozuLookback() // 10
 * ```
 */
export function cdlClosingMarubozuLookback(): number {
  return DEF.lookback
}

/**
 * Closing Marubozu (TA-Lib `CDLCLOSINGMARUBOZU`): a long candle closing at its extreme. Signals on the last candle
 * of:
 * - long white real body with no or a very short upper shadow, or;
 * - long black real body with no or a very short lower shadow.
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
 *   ({@link cdlClosingMarubozuLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLCLOSINGMARUBOZU.c`; G. Morris, *Candlestick Charting Explained* (1992; 3rd ed.
 *   McGraw-Hill, 2006).
 *
 * @example
 * ```ts
 * import { cdlClosingMarubozu } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [226, 226, 228, 231, 231, 231, 239, 222, 229, 229, 227],
 *   high: [227, 230, 237, 237, 234, 243, 251, 232, 229, 229, 237],
 *   low: [221, 221, 228, 231, 229, 231, 222, 214, 203, 224, 227],
 *   close: [226, 228, 232, 232, 231, 235, 225, 232, 215, 227, 237],
 * }
 * cdlClosingMarubozu(bars)[10] // 100
 * ```
 */
export function cdlClosingMarubozu(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlClosingMarubozu}: `update(bar)` returns the value `cdlClosingMarubozu` gives the newest bar (0
 * until more than 10 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLCLOSINGMARUBOZU.c`.
 *
 * @example
 * ```ts
 * import { CDLCLOSINGMARUBOZU } from '@aitrade/indicators'
 *
 * const detector = new CDLCLOSINGMARUBOZU()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLCLOSINGMARUBOZU extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
