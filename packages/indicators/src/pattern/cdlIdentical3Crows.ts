import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, lowerShadow, op } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLIDENTICAL3CROWS',
  lookback: Math.max(S.shadowVeryShort.avgPeriod, S.equal.avgPeriod) + 2,
  totals: [
    [S.shadowVeryShort, 2],
    [S.shadowVeryShort, 1],
    [S.shadowVeryShort, 0],
    [S.equal, 2],
    [S.equal, 1],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 2) === -1 &&
      lowerShadow(b, i - 2) < avg(S.shadowVeryShort, tot, 0, b, i - 2) &&
      color(b, i - 1) === -1 &&
      lowerShadow(b, i - 1) < avg(S.shadowVeryShort, tot, 1, b, i - 1) &&
      color(b, i) === -1 &&
      lowerShadow(b, i) < avg(S.shadowVeryShort, tot, 2, b, i) &&
      cl(b, i - 2) > cl(b, i - 1) &&
      cl(b, i - 1) > cl(b, i) &&
      op(b, i - 1) <= cl(b, i - 2) + avg(S.equal, tot, 3, b, i - 2) &&
      op(b, i - 1) >= cl(b, i - 2) - avg(S.equal, tot, 3, b, i - 2) &&
      op(b, i) <= cl(b, i - 1) + avg(S.equal, tot, 4, b, i - 1) &&
      op(b, i) >= cl(b, i - 1) - avg(S.equal, tot, 4, b, i - 1)
      ? -100
      : 0
  },
}

/**
 * Lookback of {@link cdlIdentical3Crows}: the number of leading bars that never get a value,
 * `max(shadowVeryShort.avgPeriod, equal.avgPeriod) + 2` over TA-Lib's default {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDLIDENTICAL3CROWS_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlIdentical3CrowsLookback } from '@aitrade/indicators'
 *
 * cdlIdentical3CrowsLookback() // 12
 * ```
 */
export function cdlIdentical3CrowsLookback(): number {
  return DEF.lookback
}

/**
 * Identical Three Crows (TA-Lib `CDLIDENTICAL3CROWS`): three declining black candles, each opening at the prior
 * close. Signals on the last candle of:
 * - three black candles with consecutively lower closes, each with no or a very short lower shadow;
 * - the second and third open at ("equal" to) the prior candle's close.
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
 *   ({@link cdlIdentical3CrowsLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLIDENTICAL3CROWS.c`; G. Morris, *Candlestick Charting Explained* (1992; 3rd ed.
 *   McGraw-Hill, 2006).
 *
 * @example
 * ```ts
 * import { cdlIdentical3Crows } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [285, 284, 283, 290, 289, 279, 259, 259, 252, 267, 262, 259, 253],
 *   high: [285, 284, 298, 292, 294, 279, 264, 261, 258, 268, 263, 260, 254],
 *   low: [284, 283, 278, 289, 282, 265, 258, 257, 244, 264, 259, 253, 245],
 *   close: [284, 283, 297, 289, 285, 265, 263, 261, 258, 266, 259, 253, 245],
 * }
 * cdlIdentical3Crows(bars)[12] // -100
 * ```
 */
export function cdlIdentical3Crows(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlIdentical3Crows}: `update(bar)` returns the value `cdlIdentical3Crows` gives the newest bar (0
 * until more than 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLIDENTICAL3CROWS.c`.
 *
 * @example
 * ```ts
 * import { CDLIDENTICAL3CROWS } from '@aitrade/indicators'
 *
 * const detector = new CDLIDENTICAL3CROWS()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLIDENTICAL3CROWS extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
