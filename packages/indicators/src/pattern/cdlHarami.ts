import { type CandleInput, type CandlePatternOptions, CandlePatternStream, runCandlePattern } from './candlePattern.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'
import { haramiDef } from './haramiPattern.js'

const DEF = haramiDef('CDLHARAMI', S.bodyShort)

/**
 * Lookback of {@link cdlHarami}: the number of leading bars that never get a value, `max(bodyShort.avgPeriod,
 * bodyLong.avgPeriod) + 1` over TA-Lib's default {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLHARAMI_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlHaramiLookback } from '@aitrade/indicators'
 *
 * cdlHaramiLookback() // 11
 * ```
 */
export function cdlHaramiLookback(): number {
  return DEF.lookback
}

/**
 * Harami Pattern (TA-Lib `CDLHARAMI`): a short real body inside the prior long real body. Signals on the last candle
 * of:
 * - first candle: long real body;
 * - second candle: short real body inside the first (one end may match).
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
 *   (bearish); ±80 when the bodies match on one end; 0 elsewhere and on the first 11 bars ({@link cdlHaramiLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLHARAMI.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York Institute
 *   of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlHarami } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [200, 223, 226, 226, 228, 231, 231, 231, 239, 222, 229, 229],
 *   high: [226, 226, 227, 230, 237, 237, 234, 243, 251, 232, 229, 229],
 *   low: [200, 222, 221, 221, 228, 231, 229, 231, 222, 214, 203, 224],
 *   close: [214, 226, 226, 228, 232, 232, 231, 235, 225, 232, 215, 227],
 * }
 * cdlHarami(bars)[11] // 80
 * ```
 */
export function cdlHarami(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlHarami}: `update(bar)` returns the value `cdlHarami` gives the newest bar (0 until more than 11
 * bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state across
 * restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLHARAMI.c`.
 *
 * @example
 * ```ts
 * import { CDLHARAMI } from '@aitrade/indicators'
 *
 * const detector = new CDLHARAMI()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLHARAMI extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
