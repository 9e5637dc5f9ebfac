import { type CandleInput, type CandlePatternOptions, CandlePatternStream, runCandlePattern } from './candlePattern.js'
import { kickingDef } from './kickingPattern.js'

const DEF = kickingDef('CDLKICKING', false)

/**
 * Lookback of {@link cdlKicking}: the number of leading bars that never get a value, `max(shadowVeryShort.avgPeriod,
 * bodyLong.avgPeriod) + 1` over TA-Lib's default {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLKICKING_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlKickingLookback } from '@aitrade/indicators'
 *
 * cdlKickingLookback() // 11
 * ```
 */
export function cdlKickingLookback(): number {
  return DEF.lookback
}

/**
 * Kicking (TA-Lib `CDLKICKING`): two opposite marubozus separated by a gap. Signals on the last candle of:
 * - first candle: marubozu (long body, very short shadows);
 * - second candle: marubozu of the opposite colour;
 * - the shadows gap up (black then white) or down (white then black).
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 when the second candle is white (bullish), -100 when black; 0
 *   elsewhere and on the first 11 bars ({@link cdlKickingLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLKICKING.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York Institute
 *   of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlKicking } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [424, 426, 432, 435, 445, 445, 443, 439, 444, 441, 446, 449],
 *   high: [431, 427, 433, 445, 451, 445, 448, 444, 456, 456, 446, 457],
 *   low: [424, 414, 423, 434, 444, 438, 443, 431, 439, 440, 439, 449],
 *   close: [430, 426, 426, 445, 446, 443, 443, 441, 441, 451, 440, 457],
 * }
 * cdlKicking(bars)[11] // 100
 * ```
 */
export function cdlKicking(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlKicking}: `update(bar)` returns the value `cdlKicking` gives the newest bar (0 until more than
 * 11 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state
 * across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLKICKING.c`.
 *
 * @example
 * ```ts
 * import { CDLKICKING } from '@aitrade/indicators'
 *
 * const detector = new CDLKICKING()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLKICKING extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
