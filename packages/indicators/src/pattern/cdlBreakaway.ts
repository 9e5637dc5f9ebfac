import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, hi, lo, op, realBody, realBodyGapDown, realBodyGapUp } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLBREAKAWAY',
  lookback: S.bodyLong.avgPeriod + 4,
  totals: [[S.bodyLong, 4]],
  evaluate(b, i, tot) {
    return realBody(b, i - 4) > avg(S.bodyLong, tot, 0, b, i - 4) &&
      color(b, i - 4) === color(b, i - 3) &&
      color(b, i - 3) === color(b, i - 1) &&
      color(b, i - 1) === -color(b, i) &&
      ((color(b, i - 4) === -1 &&
        realBodyGapDown(b, i - 3, i - 4) &&
        hi(b, i - 2) < hi(b, i - 3) &&
        lo(b, i - 2) < lo(b, i - 3) &&
        hi(b, i - 1) < hi(b, i - 2) &&
        lo(b, i - 1) < lo(b, i - 2) &&
        cl(b, i) > op(b, i - 3) &&
        cl(b, i) < cl(b, i - 4)) ||
        (color(b, i - 4) === 1 &&
          realBodyGapUp(b, i - 3, i - 4) &&
          hi(b, i - 2) > hi(b, i - 3) &&
          lo(b, i - 2) > lo(b, i - 3) &&
          hi(b, i - 1) > hi(b, i - 2) &&
          lo(b, i - 1) > lo(b, i - 2) &&
          cl(b, i) < op(b, i - 3) &&
          cl(b, i) > cl(b, i - 4)))
      ? color(b, i) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdlBreakaway}: the number of leading bars that never get a value, `bodyLong.avgPeriod + 4` over
 * TA-Lib's default {@link CANDLE_SETTINGS} (14).
 *
 * @returns 14.
 * @see TA-Lib 0.6 `TA_CDLBREAKAWAY_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlBreakawayLookback } from '@aitrade/indicators'
 *
 * cdlBreakawayLookback() // 14
 * ```
 */
export function cdlBreakawayLookback(): number {
  return DEF.lookback
}

/**
 * Breakaway (TA-Lib `CDLBREAKAWAY`): a five-candle reversal that closes back into the opening gap. Signals on the
 * last candle of:
 * - first candle: long black (white);
 * - second candle: black (white), its body gapping down (up);
 * - third and fourth candles: each with a lower (higher) high and low than the one before; the fourth black (white);
 * - fifth candle: white (black), closing inside the gap between the first and second bodies.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 when bullish, -100 when bearish, on the fifth candle; 0 elsewhere
 *   and on the first 14 bars ({@link cdlBreakawayLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLBREAKAWAY.c`; G. Morris, *Candlestick Charting Explained* (1992; 3rd ed.
 *   McGraw-Hill, 2006).
 *
 * @example
 * ```ts
 * import { cdlBreakaway } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [251, 245, 253, 254, 256, 259, 259, 252, 254, 254, 254, 239, 236, 236, 239],
 *   high: [253, 258, 263, 257, 264, 260, 261, 255, 263, 256, 266, 251, 244, 236, 250],
 *   low: [245, 245, 251, 253, 244, 258, 253, 250, 242, 251, 240, 236, 232, 225, 234],
 *   close: [245, 253, 263, 257, 259, 260, 258, 254, 255, 256, 248, 236, 232, 230, 247],
 * }
 * cdlBreakaway(bars)[14] // 100
 * ```
 */
export function cdlBreakaway(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlBreakaway}: `update(bar)` returns the value `cdlBreakaway` gives the newest bar (0 until more
 * than 14 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLBREAKAWAY.c`.
 *
 * @example
 * ```ts
 * import { CDLBREAKAWAY } from '@aitrade/indicators'
 *
 * const detector = new CDLBREAKAWAY()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLBREAKAWAY extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
