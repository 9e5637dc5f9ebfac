import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, op, realBody, upperShadow } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLADVANCEBLOCK',
  lookback:
    Math.max(S.shadowLong.avgPeriod, S.shadowShort.avgPeriod, S.far.avgPeriod, S.near.avgPeriod, S.bodyLong.avgPeriod) +
    2,
  totals: [
    [S.shadowShort, 2],
    [S.shadowShort, 1],
    [S.shadowShort, 0],
    [S.shadowLong, 1],
    [S.shadowLong, 0],
    [S.near, 2],
    [S.near, 1],
    [S.far, 2],
    [S.far, 1],
    [S.bodyLong, 2],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 2) === 1 &&
      color(b, i - 1) === 1 &&
      color(b, i) === 1 &&
      cl(b, i) > cl(b, i - 1) &&
      cl(b, i - 1) > cl(b, i - 2) &&
      op(b, i - 1) > op(b, i - 2) &&
      op(b, i - 1) <= cl(b, i - 2) + avg(S.near, tot, 5, b, i - 2) &&
      op(b, i) > op(b, i - 1) &&
      op(b, i) <= cl(b, i - 1) + avg(S.near, tot, 6, b, i - 1) &&
      realBody(b, i - 2) > avg(S.bodyLong, tot, 9, b, i - 2) &&
      upperShadow(b, i - 2) < avg(S.shadowShort, tot, 0, b, i - 2) &&
      ((realBody(b, i - 1) < realBody(b, i - 2) - avg(S.far, tot, 7, b, i - 2) &&
        realBody(b, i) < realBody(b, i - 1) + avg(S.near, tot, 6, b, i - 1)) ||
        realBody(b, i) < realBody(b, i - 1) - avg(S.far, tot, 8, b, i - 1) ||
        (realBody(b, i) < realBody(b, i - 1) &&
          realBody(b, i - 1) < realBody(b, i - 2) &&
          (upperShadow(b, i) > avg(S.shadowShort, tot, 2, b, i) ||
            upperShadow(b, i - 1) > avg(S.shadowShort, tot, 1, b, i - 1))) ||
        (realBody(b, i) < realBody(b, i - 1) && upperShadow(b, i) > avg(S.shadowLong, tot, 4, b, i)))
      ? -100
      : 0
  },
}

/**
 * Lookback of {@link cdlAdvanceBlock}: the number of leading bars that never get a value, `max(shadowLong.avgPeriod,
 * shadowShort.avgPeriod, far.avgPeriod, near.avgPeriod, bodyLong.avgPeriod) + 2` over TA-Lib's default
 * {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDLADVANCEBLOCK_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlAdvanceBlockLookback } from '@aitrade/indicators'
 *
 * cdlAdvanceBlockLookback() // 12
 * ```
 */
export function cdlAdvanceBlockLookback(): number {
  return DEF.lookback
}

/**
 * Advance Block (TA-Lib `CDLADVANCEBLOCK`): three white soldiers losing strength. Signals on the last candle of:
 * - three white candles with consecutively higher closes, each opening above the prior open and at most "near" the
 *   prior close;
 * - first candle: long body with a short upper shadow;
 * - then weakening: the second far shorter than the first and the third not longer than the second, or the third far
 *   shorter than the second, or shrinking bodies with a long-ish upper shadow on the second or third, or a shorter
 *   third with a long upper shadow.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: -100 on the third candle; 0 elsewhere and on the first 12 bars
 *   ({@link cdlAdvanceBlockLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLADVANCEBLOCK.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlAdvanceBlock } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [234, 241, 236, 230, 230, 222, 221, 221, 221, 221, 225, 231, 237],
 *   high: [260, 242, 242, 236, 230, 222, 229, 221, 221, 225, 235, 237, 238],
 *   low: [234, 239, 236, 227, 221, 221, 217, 217, 219, 221, 225, 219, 234],
 *   close: [248, 239, 239, 236, 222, 222, 219, 218, 221, 225, 235, 237, 238],
 * }
 * cdlAdvanceBlock(bars)[12] // -100
 * ```
 */
export function cdlAdvanceBlock(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlAdvanceBlock}: `update(bar)` returns the value `cdlAdvanceBlock` gives the newest bar (0 until
 * more than 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLADVANCEBLOCK.c`.
 *
 * @example
 * ```ts
 * import { CDLADVANCEBLOCK } from '@aitrade/indicators'
 *
 * const detector = new CDLADVANCEBLOCK()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLADVANCEBLOCK extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
