import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, op, realBody } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLHOMINGPIGEON',
  lookback: Math.max(S.bodyShort.avgPeriod, S.bodyLong.avgPeriod) + 1,
  totals: [
    [S.bodyLong, 1],
    [S.bodyShort, 0],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 1) === -1 &&
      color(b, i) === -1 &&
      realBody(b, i - 1) > avg(S.bodyLong, tot, 0, b, i - 1) &&
      realBody(b, i) <= avg(S.bodyShort, tot, 1, b, i) &&
      op(b, i) < op(b, i - 1) &&
      cl(b, i) > cl(b, i - 1)
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdlHomingPigeon}: the number of leading bars that never get a value, `max(bodyShort.avgPeriod,
 * bodyLong.avgPeriod) + 1` over TA-Lib's default {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLHOMINGPIGEON_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlHomingPigeonLookback } from '@aitrade/indicators'
 *
 * cdlHomingPigeonLookback() // 11
 * ```
 */
export function cdlHomingPigeonLookback(): number {
  return DEF.lookback
}

/**
 * Homing Pigeon (TA-Lib `CDLHOMINGPIGEON`): a short black body inside the prior long black body. Signals on the last
 * candle of:
 * - first candle: long black;
 * - second candle: short black real body inside the first body.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 on the second candle; 0 elsewhere and on the first 11 bars
 *   ({@link cdlHomingPigeonLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLHOMINGPIGEON.c`; G. Morris, *Candlestick Charting Explained* (1992; 3rd ed.
 *   McGraw-Hill, 2006).
 *
 * @example
 * ```ts
 * import { cdlHomingPigeon } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [263, 272, 273, 277, 276, 282, 277, 278, 278, 277, 275, 273],
 *   high: [269, 281, 273, 280, 287, 285, 284, 300, 286, 285, 278, 273],
 *   low: [260, 272, 273, 276, 276, 272, 269, 270, 277, 267, 269, 267],
 *   close: [269, 273, 273, 276, 282, 272, 279, 288, 277, 269, 269, 272],
 * }
 * cdlHomingPigeon(bars)[11] // 100
 * ```
 */
export function cdlHomingPigeon(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlHomingPigeon}: `update(bar)` returns the value `cdlHomingPigeon` gives the newest bar (0 until
 * more than 11 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLHOMINGPIGEON.c`.
 *
 * @example
 * ```ts
 * import { CDLHOMINGPIGEON } from '@aitrade/indicators'
 *
 * const detector = new CDLHOMINGPIGEON()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLHOMINGPIGEON extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
