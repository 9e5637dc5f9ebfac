import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, lo, op, realBody } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLTHRUSTING',
  lookback: Math.max(S.equal.avgPeriod, S.bodyLong.avgPeriod) + 1,
  totals: [
    [S.equal, 1],
    [S.bodyLong, 1],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 1) === -1 &&
      realBody(b, i - 1) > avg(S.bodyLong, tot, 1, b, i - 1) &&
      color(b, i) === 1 &&
      op(b, i) < lo(b, i - 1) &&
      cl(b, i) > cl(b, i - 1) + avg(S.equal, tot, 0, b, i - 1) &&
      cl(b, i) <= cl(b, i - 1) + realBody(b, i - 1) * 0.5
      ? -100
      : 0
  },
}

/**
 * Lookback of {@link cdlThrusting}: the number of leading bars that never get a value, `max(equal.avgPeriod,
 * bodyLong.avgPeriod) + 1` over TA-Lib's default {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLTHRUSTING_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlThrustingLookback } from '@aitrade/indicators'
 *
 * cdlThrustingLookback() // 11
 * ```
 */
export function cdlThrustingLookback(): number {
  return DEF.lookback
}

/**
 * Thrusting Pattern (TA-Lib `CDLTHRUSTING`): a white candle closing inside the lower half of the prior black body.
 * Signals on the last candle of:
 * - first candle: long black;
 * - second candle: white, opening below the first candle's low and closing inside the first body, above its close
 *   (not "equal") but not above its midpoint.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: -100 on the second candle; 0 elsewhere and on the first 11 bars
 *   ({@link cdlThrustingLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLTHRUSTING.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlThrusting } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [218, 216, 212, 212, 214, 225, 217, 217, 218, 235, 234, 222],
 *   high: [219, 216, 220, 216, 217, 225, 219, 220, 227, 236, 237, 235],
 *   low: [218, 204, 207, 211, 213, 199, 217, 217, 217, 232, 228, 222],
 *   close: [219, 212, 210, 214, 216, 211, 217, 218, 226, 234, 228, 230],
 * }
 * cdlThrusting(bars)[11] // -100
 * ```
 */
export function cdlThrusting(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlThrusting}: `update(bar)` returns the value `cdlThrusting` gives the newest bar (0 until more
 * than 11 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLTHRUSTING.c`.
 *
 * @example
 * ```ts
 * import { CDLTHRUSTING } from '@aitrade/indicators'
 *
 * const detector = new CDLTHRUSTING()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLTHRUSTING extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
