import { type CandleInput, type CandlePatternOptions, CandlePatternStream, runCandlePattern } from './candlePattern.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'
import { haramiDef } from './haramiPattern.js'

const DEF = haramiDef('CDLHARAMICROSS', S.bodyDoji)

/**
 * Lookback of {@link cdlHaramiCross}: the number of leading bars that never get a value, `max(bodyDoji.avgPeriod,
 * bodyLong.avgPeriod) + 1` over TA-Lib's default {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLHARAMICROSS_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlHaramiCrossLookback } from '@aitrade/indicators'
 *
 * cdlHaramiCrossLookback() // 11
 * ```
 */
export function cdlHaramiCrossLookback(): number {
  return DEF.lookback
}

/**
 * Harami Cross Pattern (TA-Lib `CDLHARAMICROSS`): a doji inside the prior long real body. Signals on the last candle
 * of:
 * - first candle: long real body;
 * - second candle: doji inside the first body (one end may match).
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 after a black first candle (bullish), -100 after a white one
 *   (bearish); ±80 when the bodies match on one end; 0 elsewhere and on the first 11 bars
 *   ({@link cdlHaramiCrossLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLHARAMICROSS.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlHaramiCross } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [240, 244, 246, 245, 249, 241, 232, 233, 219, 221, 224, 220],
 *   high: [244, 253, 258, 257, 254, 241, 234, 233, 221, 225, 229, 222],
 *   low: [240, 244, 233, 245, 241, 230, 232, 219, 219, 218, 216, 212],
 *   close: [244, 250, 245, 245, 241, 238, 233, 219, 221, 224, 216, 221],
 * }
 * cdlHaramiCross(bars)[11] // 100
 * ```
 */
export function cdlHaramiCross(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlHaramiCross}: `update(bar)` returns the value `cdlHaramiCross` gives the newest bar (0 until
 * more than 11 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLHARAMICROSS.c`.
 *
 * @example
 * ```ts
 * import { CDLHARAMICROSS } from '@aitrade/indicators'
 *
 * const detector = new CDLHARAMICROSS()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLHARAMICROSS extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
