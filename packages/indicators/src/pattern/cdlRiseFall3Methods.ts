import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, cmax, cmin, color, hi, lo, op, realBody } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLRISEFALL3METHODS',
  lookback: Math.max(S.bodyShort.avgPeriod, S.bodyLong.avgPeriod) + 4,
  totals: [
    [S.bodyShort, 3],
    [S.bodyShort, 2],
    [S.bodyShort, 1],
    [S.bodyLong, 4],
    [S.bodyLong, 0],
  ],
  evaluate(b, i, tot) {
    const c = color(b, i - 4)
    return realBody(b, i - 4) > avg(S.bodyLong, tot, 3, b, i - 4) &&
      realBody(b, i - 3) < avg(S.bodyShort, tot, 0, b, i - 3) &&
      realBody(b, i - 2) < avg(S.bodyShort, tot, 1, b, i - 2) &&
      realBody(b, i - 1) < avg(S.bodyShort, tot, 2, b, i - 1) &&
      realBody(b, i) > avg(S.bodyLong, tot, 4, b, i) &&
      color(b, i - 4) === -color(b, i - 3) &&
      color(b, i - 3) === color(b, i - 2) &&
      color(b, i - 2) === color(b, i - 1) &&
      color(b, i - 1) === -color(b, i) &&
      cmin(op(b, i - 3), cl(b, i - 3)) < hi(b, i - 4) &&
      cmax(op(b, i - 3), cl(b, i - 3)) > lo(b, i - 4) &&
      cmin(op(b, i - 2), cl(b, i - 2)) < hi(b, i - 4) &&
      cmax(op(b, i - 2), cl(b, i - 2)) > lo(b, i - 4) &&
      cmin(op(b, i - 1), cl(b, i - 1)) < hi(b, i - 4) &&
      cmax(op(b, i - 1), cl(b, i - 1)) > lo(b, i - 4) &&
      cl(b, i - 2) * c < cl(b, i - 3) * c &&
      cl(b, i - 1) * c < cl(b, i - 2) * c &&
      op(b, i) * c > cl(b, i - 1) * c &&
      cl(b, i) * c > cl(b, i - 4) * c
      ? 100 * c
      : 0
  },
}

/**
 * Lookback of {@link cdlRiseFall3Methods}: the number of leading bars that never get a value,
 * `max(bodyShort.avgPeriod, bodyLong.avgPeriod) + 4` over TA-Lib's default {@link CANDLE_SETTINGS} (14).
 *
 * @returns 14.
 * @see TA-Lib 0.6 `TA_CDLRISEFALL3METHODS_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlRiseFall3MethodsLookback } from '@aitrade/indicators'
 *
 * cdlRiseFall3MethodsLookback() // 14
 * ```
 */
export function cdlRiseFall3MethodsLookback(): number {
  return DEF.lookback
}

/**
 * Rising/Falling Three Methods (TA-Lib `CDLRISEFALL3METHODS`): a continuation: three small counter-trend candles
 * inside a long candle, then a new long candle. Signals on the last candle of:
 * - first candle: long white (black);
 * - second to fourth candles: small, falling (rising), each body overlapping the first candle's range; the first of
 *   them black (white) and all three of one colour;
 * - fifth candle: long white (black), opening above (below) the prior close and closing above (below) the first
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
 * @returns `Int32Array` of the input's length: 100 for rising three methods, -100 for falling three methods, on the
 *   fifth candle; 0 elsewhere and on the first 14 bars ({@link cdlRiseFall3MethodsLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLRISEFALL3METHODS.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlRiseFall3Methods } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [158, 161, 169, 163, 163, 173, 166, 158, 157, 154, 154, 168, 166, 163, 168],
 *   high: [164, 180, 181, 165, 174, 185, 171, 160, 159, 162, 168, 168, 174, 163, 178],
 *   low: [157, 159, 159, 163, 162, 160, 157, 142, 155, 149, 154, 163, 163, 157, 167],
 *   close: [164, 175, 159, 165, 173, 163, 158, 154, 157, 154, 168, 166, 163, 162, 178],
 * }
 * cdlRiseFall3Methods(bars)[14] // 100
 * ```
 */
export function cdlRiseFall3Methods(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlRiseFall3Methods}: `update(bar)` returns the value `cdlRiseFall3Methods` gives the newest bar
 * (0 until more than 14 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLRISEFALL3METHODS.c`.
 *
 * @example
 * ```ts
 * import { CDLRISEFALL3METHODS } from '@aitrade/indicators'
 *
 * const detector = new CDLRISEFALL3METHODS()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLRISEFALL3METHODS extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
