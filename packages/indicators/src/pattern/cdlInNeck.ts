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
  name: 'CDLINNECK',
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
      cl(b, i) <= cl(b, i - 1) + avg(S.equal, tot, 0, b, i - 1) &&
      cl(b, i) >= cl(b, i - 1)
      ? -100
      : 0
  },
}

/**
 * Lookback of {@link cdlInNeck}: the number of leading bars that never get a value, `max(equal.avgPeriod,
 * bodyLong.avgPeriod) + 1` over TA-Lib's default {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLINNECK_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlInNeckLookback } from '@aitrade/indicators'
 *
 * cdlInNeckLookback() // 11
 * ```
 */
export function cdlInNeckLookback(): number {
  return DEF.lookback
}

/**
 * In-Neck Pattern (TA-Lib `CDLINNECK`): a white candle closing just inside the prior long black body. Signals on the
 * last candle of:
 * - first candle: long black;
 * - second candle: white, opening below the first candle's low and closing at or slightly above ("equal") the first
 *   close.
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
 *   ({@link cdlInNeckLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLINNECK.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York Institute
 *   of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlInNeck } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [100, 94, 95, 91, 91, 85, 85, 68, 70, 73, 73, 61],
 *   high: [108, 103, 107, 104, 99, 85, 87, 86, 73, 76, 75, 69],
 *   low: [97, 94, 84, 91, 85, 83, 76, 63, 62, 73, 67, 53],
 *   close: [97, 95, 87, 99, 85, 84, 77, 74, 73, 73, 67, 67],
 * }
 * cdlInNeck(bars)[11] // -100
 * ```
 */
export function cdlInNeck(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlInNeck}: `update(bar)` returns the value `cdlInNeck` gives the newest bar (0 until more than 11
 * bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state across
 * restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLINNECK.c`.
 *
 * @example
 * ```ts
 * import { CDLINNECK } from '@aitrade/indicators'
 *
 * const detector = new CDLINNECK()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLINNECK extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
