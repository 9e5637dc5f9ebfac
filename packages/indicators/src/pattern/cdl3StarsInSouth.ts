import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, hi, lo, lowerShadow, op, realBody, upperShadow } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDL3STARSINSOUTH',
  lookback:
    Math.max(S.shadowVeryShort.avgPeriod, S.shadowLong.avgPeriod, S.bodyLong.avgPeriod, S.bodyShort.avgPeriod) + 2,
  totals: [
    [S.bodyLong, 2],
    [S.shadowLong, 2],
    [S.shadowVeryShort, 1],
    [S.shadowVeryShort, 0],
    [S.bodyShort, 0],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 2) === -1 &&
      color(b, i - 1) === -1 &&
      color(b, i) === -1 &&
      realBody(b, i - 2) > avg(S.bodyLong, tot, 0, b, i - 2) &&
      lowerShadow(b, i - 2) > avg(S.shadowLong, tot, 1, b, i - 2) &&
      realBody(b, i - 1) < realBody(b, i - 2) &&
      op(b, i - 1) > cl(b, i - 2) &&
      op(b, i - 1) <= hi(b, i - 2) &&
      lo(b, i - 1) < cl(b, i - 2) &&
      lo(b, i - 1) >= lo(b, i - 2) &&
      lowerShadow(b, i - 1) > avg(S.shadowVeryShort, tot, 2, b, i - 1) &&
      realBody(b, i) < avg(S.bodyShort, tot, 4, b, i) &&
      lowerShadow(b, i) < avg(S.shadowVeryShort, tot, 3, b, i) &&
      upperShadow(b, i) < avg(S.shadowVeryShort, tot, 3, b, i) &&
      lo(b, i) > lo(b, i - 1) &&
      hi(b, i) < hi(b, i - 1)
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdl3StarsInSouth}: the number of leading bars that never get a value,
 * `max(shadowVeryShort.avgPeriod, shadowLong.avgPeriod, bodyLong.avgPeriod, bodyShort.avgPeriod) + 2` over TA-Lib's
 * default {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDL3STARSINSOUTH_Lookback`.
 *
 * @example
 * ```ts
 * import { cdl3StarsInSouthLookback } from '@aitrade/indicators'
 *
 * cdl3StarsInSouthLookback() // 12
 * ```
 */
export function cdl3StarsInSouthLookback(): number {
  return DEF.lookback
}

/**
 * Three Stars In The South (TA-Lib `CDL3STARSINSOUTH`): a bullish bottom of three shrinking black candles. Signals on
 * the last candle of:
 * - first candle: long black with a long lower shadow;
 * - second candle: smaller black, opening above the prior close but within the prior range, trading below the prior
 *   close but not below the prior low, with a lower shadow;
 * - third candle: small black marubozu (very short shadows) inside the second candle's range.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 on the third candle; 0 elsewhere and on the first 12 bars
 *   ({@link cdl3StarsInSouthLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDL3STARSINSOUTH.c`; G. Morris, *Candlestick Charting Explained* (1992; 3rd ed.
 *   McGraw-Hill, 2006).
 *
 * @example
 * ```ts
 * import { cdl3StarsInSouth } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [260, 268, 268, 269, 269, 254, 258, 258, 258, 271, 260, 260, 258],
 *   high: [268, 269, 268, 269, 274, 270, 258, 258, 262, 279, 268, 262, 258],
 *   low: [252, 254, 259, 269, 258, 251, 258, 250, 258, 269, 238, 249, 255],
 *   close: [268, 254, 260, 269, 263, 258, 258, 258, 262, 269, 250, 254, 255],
 * }
 * cdl3StarsInSouth(bars)[12] // 100
 * ```
 */
export function cdl3StarsInSouth(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdl3StarsInSouth}: `update(bar)` returns the value `cdl3StarsInSouth` gives the newest bar (0
 * until more than 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDL3STARSINSOUTH.c`.
 *
 * @example
 * ```ts
 * import { CDL3STARSINSOUTH } from '@aitrade/indicators'
 *
 * const detector = new CDL3STARSINSOUTH()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDL3STARSINSOUTH extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
