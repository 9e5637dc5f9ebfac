import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, lowerShadow, realBody, realBodyGapUp, upperShadow } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLSHOOTINGSTAR',
  lookback: Math.max(S.bodyShort.avgPeriod, S.shadowLong.avgPeriod, S.shadowVeryShort.avgPeriod) + 1,
  totals: [
    [S.bodyShort, 0],
    [S.shadowLong, 0],
    [S.shadowVeryShort, 0],
  ],
  evaluate(b, i, tot) {
    return realBody(b, i) < avg(S.bodyShort, tot, 0, b, i) &&
      upperShadow(b, i) > avg(S.shadowLong, tot, 1, b, i) &&
      lowerShadow(b, i) < avg(S.shadowVeryShort, tot, 2, b, i) &&
      realBodyGapUp(b, i, i - 1)
      ? -100
      : 0
  },
}

/**
 * Lookback of {@link cdlShootingStar}: the number of leading bars that never get a value, `max(bodyShort.avgPeriod,
 * shadowLong.avgPeriod, shadowVeryShort.avgPeriod) + 1` over TA-Lib's default {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLSHOOTINGSTAR_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlShootingStarLookback } from '@aitrade/indicators'
 *
 * cdlShootingStarLookback() // 11
 * ```
 */
export function cdlShootingStarLookback(): number {
  return DEF.lookback
}

/**
 * Shooting Star (TA-Lib `CDLSHOOTINGSTAR`): a small body at the bottom of a long upper shadow, gapping up. Signals on
 * the last candle of:
 * - small real body;
 * - upper shadow longer than the body;
 * - no or a very short lower shadow;
 * - real body gapping up from the prior body.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: -100 (the uptrend it should end is not checked); 0 elsewhere and on
 *   the first 11 bars ({@link cdlShootingStarLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLSHOOTINGSTAR.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlShootingStar } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [219, 215, 213, 214, 214, 214, 202, 202, 206, 205, 211, 219],
 *   high: [219, 215, 218, 219, 214, 217, 207, 202, 209, 220, 217, 220],
 *   low: [215, 200, 201, 212, 208, 210, 197, 202, 201, 193, 203, 218],
 *   close: [215, 212, 213, 218, 208, 211, 202, 202, 206, 219, 215, 219],
 * }
 * cdlShootingStar(bars)[11] // -100
 * ```
 */
export function cdlShootingStar(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlShootingStar}: `update(bar)` returns the value `cdlShootingStar` gives the newest bar (0 until
 * more than 11 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLSHOOTINGSTAR.c`.
 *
 * @example
 * ```ts
 * import { CDLSHOOTINGSTAR } from '@aitrade/indicators'
 *
 * const detector = new CDLSHOOTINGSTAR()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLSHOOTINGSTAR extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
