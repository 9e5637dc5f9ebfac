import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, hi, lo, lowerShadow, realBodyGapDown, upperShadow } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLCONCEALBABYSWALL',
  lookback: S.shadowVeryShort.avgPeriod + 3,
  totals: [
    [S.shadowVeryShort, 3],
    [S.shadowVeryShort, 2],
    [S.shadowVeryShort, 1],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 3) === -1 &&
      color(b, i - 2) === -1 &&
      color(b, i - 1) === -1 &&
      color(b, i) === -1 &&
      lowerShadow(b, i - 3) < avg(S.shadowVeryShort, tot, 0, b, i - 3) &&
      upperShadow(b, i - 3) < avg(S.shadowVeryShort, tot, 0, b, i - 3) &&
      lowerShadow(b, i - 2) < avg(S.shadowVeryShort, tot, 1, b, i - 2) &&
      upperShadow(b, i - 2) < avg(S.shadowVeryShort, tot, 1, b, i - 2) &&
      realBodyGapDown(b, i - 1, i - 2) &&
      upperShadow(b, i - 1) > avg(S.shadowVeryShort, tot, 2, b, i - 1) &&
      hi(b, i - 1) > cl(b, i - 2) &&
      hi(b, i) > hi(b, i - 1) &&
      lo(b, i) < lo(b, i - 1)
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdlConcealBabysWall}: the number of leading bars that never get a value,
 * `shadowVeryShort.avgPeriod + 3` over TA-Lib's default {@link CANDLE_SETTINGS} (13).
 *
 * @returns 13.
 * @see TA-Lib 0.6 `TA_CDLCONCEALBABYSWALL_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlConcealBabysWallLookback } from '@aitrade/indicators'
 *
 * cdlConcealBabysWallLookback() // 13
 * ```
 */
export function cdlConcealBabysWallLookback(): number {
  return DEF.lookback
}

/**
 * Concealing Baby Swallow (TA-Lib `CDLCONCEALBABYSWALL`): a bullish bottom of four black candles. Signals on the last
 * candle of:
 * - first and second candles: black marubozus (very short shadows);
 * - third candle: black, its body gapping down, with an upper shadow reaching into the second candle's body;
 * - fourth candle: black, engulfing the third including its shadows.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 on the fourth candle; 0 elsewhere and on the first 13 bars
 *   ({@link cdlConcealBabysWallLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLCONCEALBABYSWALL.c`; G. Morris, *Candlestick Charting Explained* (1992; 3rd ed.
 *   McGraw-Hill, 2006).
 *
 * @example
 * ```ts
 * import { cdlConcealBabysWall } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 110, 100, 88, 93],
 *   high: [102, 102, 102, 102, 102, 102, 102, 102, 102, 102, 110, 100, 92, 94],
 *   low: [99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 100, 90, 85, 83],
 *   close: [101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 100, 90, 86, 84],
 * }
 * cdlConcealBabysWall(bars)[13] // 100
 * ```
 */
export function cdlConcealBabysWall(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlConcealBabysWall}: `update(bar)` returns the value `cdlConcealBabysWall` gives the newest bar
 * (0 until more than 13 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLCONCEALBABYSWALL.c`.
 *
 * @example
 * ```ts
 * import { CDLCONCEALBABYSWALL } from '@aitrade/indicators'
 *
 * const detector = new CDLCONCEALBABYSWALL()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLCONCEALBABYSWALL extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
