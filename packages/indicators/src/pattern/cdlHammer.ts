import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, cmin, lo, lowerShadow, op, realBody, upperShadow } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLHAMMER',
  lookback: Math.max(S.bodyShort.avgPeriod, S.shadowLong.avgPeriod, S.shadowVeryShort.avgPeriod, S.near.avgPeriod) + 1,
  totals: [
    [S.bodyShort, 0],
    [S.shadowLong, 0],
    [S.shadowVeryShort, 0],
    [S.near, 1],
  ],
  evaluate(b, i, tot) {
    return realBody(b, i) < avg(S.bodyShort, tot, 0, b, i) &&
      lowerShadow(b, i) > avg(S.shadowLong, tot, 1, b, i) &&
      upperShadow(b, i) < avg(S.shadowVeryShort, tot, 2, b, i) &&
      cmin(cl(b, i), op(b, i)) <= lo(b, i - 1) + avg(S.near, tot, 3, b, i - 1)
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdlHammer}: the number of leading bars that never get a value, `max(bodyShort.avgPeriod,
 * shadowLong.avgPeriod, shadowVeryShort.avgPeriod, near.avgPeriod) + 1` over TA-Lib's default {@link CANDLE_SETTINGS}
 * (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLHAMMER_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlHammerLookback } from '@aitrade/indicators'
 *
 * cdlHammerLookback() // 11
 * ```
 */
export function cdlHammerLookback(): number {
  return DEF.lookback
}

/**
 * Hammer (TA-Lib `CDLHAMMER`): a small body at the top of a long lower shadow, near the prior lows. Signals on the
 * last candle of:
 * - small real body;
 * - lower shadow longer than the body;
 * - no or a very short upper shadow;
 * - body at or near the prior candle's low.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 (the downtrend it should end is not checked); 0 elsewhere and on
 *   the first 11 bars ({@link cdlHammerLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLHAMMER.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York Institute
 *   of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlHammer } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [231, 239, 222, 229, 229, 227, 240, 244, 246, 245, 249, 241],
 *   high: [243, 251, 232, 229, 229, 237, 244, 253, 258, 257, 254, 241],
 *   low: [231, 222, 214, 203, 224, 227, 240, 244, 233, 245, 241, 230],
 *   close: [235, 225, 232, 215, 227, 237, 244, 250, 245, 245, 241, 238],
 * }
 * cdlHammer(bars)[11] // 100
 * ```
 */
export function cdlHammer(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlHammer}: `update(bar)` returns the value `cdlHammer` gives the newest bar (0 until more than 11
 * bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state across
 * restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLHAMMER.c`.
 *
 * @example
 * ```ts
 * import { CDLHAMMER } from '@aitrade/indicators'
 *
 * const detector = new CDLHAMMER()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLHAMMER extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
