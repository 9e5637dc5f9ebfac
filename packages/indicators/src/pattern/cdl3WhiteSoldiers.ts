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
  name: 'CDL3WHITESOLDIERS',
  lookback: Math.max(S.shadowVeryShort.avgPeriod, S.bodyShort.avgPeriod, S.far.avgPeriod, S.near.avgPeriod) + 2,
  totals: [
    [S.shadowVeryShort, 2],
    [S.shadowVeryShort, 1],
    [S.shadowVeryShort, 0],
    [S.near, 2],
    [S.near, 1],
    [S.far, 2],
    [S.far, 1],
    [S.bodyShort, 0],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 2) === 1 &&
      upperShadow(b, i - 2) < avg(S.shadowVeryShort, tot, 0, b, i - 2) &&
      color(b, i - 1) === 1 &&
      upperShadow(b, i - 1) < avg(S.shadowVeryShort, tot, 1, b, i - 1) &&
      color(b, i) === 1 &&
      upperShadow(b, i) < avg(S.shadowVeryShort, tot, 2, b, i) &&
      cl(b, i) > cl(b, i - 1) &&
      cl(b, i - 1) > cl(b, i - 2) &&
      op(b, i - 1) > op(b, i - 2) &&
      op(b, i - 1) <= cl(b, i - 2) + avg(S.near, tot, 3, b, i - 2) &&
      op(b, i) > op(b, i - 1) &&
      op(b, i) <= cl(b, i - 1) + avg(S.near, tot, 4, b, i - 1) &&
      realBody(b, i - 1) > realBody(b, i - 2) - avg(S.far, tot, 5, b, i - 2) &&
      realBody(b, i) > realBody(b, i - 1) - avg(S.far, tot, 6, b, i - 1) &&
      realBody(b, i) > avg(S.bodyShort, tot, 7, b, i)
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdl3WhiteSoldiers}: the number of leading bars that never get a value,
 * `max(shadowVeryShort.avgPeriod, bodyShort.avgPeriod, far.avgPeriod, near.avgPeriod) + 2` over TA-Lib's default
 * {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDL3WHITESOLDIERS_Lookback`.
 *
 * @example
 * ```ts
 * import { cdl3WhiteSoldiersLookback } from '@aitrade/indicators'
 *
 * cdl3WhiteSoldiersLookback() // 12
 * ```
 */
export function cdl3WhiteSoldiersLookback(): number {
  return DEF.lookback
}

/**
 * Three Advancing White Soldiers (TA-Lib `CDL3WHITESOLDIERS`): a bullish run of three strong white candles. Signals
 * on the last candle of:
 * - three white candles with consecutively higher closes, none of them short;
 * - each opens above the prior open and at most "near" the prior close;
 * - each has no or a very short upper shadow;
 * - neither the second nor the third is "far" shorter than the one before (which would be an advance block).
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 on the third candle; 0 elsewhere and on the first 12 bars
 *   ({@link cdl3WhiteSoldiersLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDL3WHITESOLDIERS.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdl3WhiteSoldiers } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [107, 106, 108, 110, 112, 115, 118, 119, 119, 121, 124, 127, 131],
 *   high: [107, 107, 111, 111, 130, 131, 131, 131, 133, 121, 124, 136, 146],
 *   low: [101, 105, 96, 109, 109, 103, 110, 116, 117, 106, 124, 125, 130],
 *   close: [103, 105, 110, 111, 118, 119, 119, 119, 121, 118, 124, 135, 145],
 * }
 * cdl3WhiteSoldiers(bars)[12] // 100
 * ```
 */
export function cdl3WhiteSoldiers(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdl3WhiteSoldiers}: `update(bar)` returns the value `cdl3WhiteSoldiers` gives the newest bar (0
 * until more than 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDL3WHITESOLDIERS.c`.
 *
 * @example
 * ```ts
 * import { CDL3WHITESOLDIERS } from '@aitrade/indicators'
 *
 * const detector = new CDL3WHITESOLDIERS()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDL3WHITESOLDIERS extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
