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
  name: 'CDLPIERCING',
  lookback: S.bodyLong.avgPeriod + 1,
  totals: [
    [S.bodyLong, 1],
    [S.bodyLong, 0],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 1) === -1 &&
      realBody(b, i - 1) > avg(S.bodyLong, tot, 0, b, i - 1) &&
      color(b, i) === 1 &&
      realBody(b, i) > avg(S.bodyLong, tot, 1, b, i) &&
      op(b, i) < lo(b, i - 1) &&
      cl(b, i) < op(b, i - 1) &&
      cl(b, i) > cl(b, i - 1) + realBody(b, i - 1) * 0.5
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdlPiercing}: the number of leading bars that never get a value, `bodyLong.avgPeriod + 1` over
 * TA-Lib's default {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLPIERCING_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlPiercingLookback } from '@aitrade/indicators'
 *
 * cdlPiercingLookback() // 11
 * ```
 */
export function cdlPiercingLookback(): number {
  return DEF.lookback
}

/**
 * Piercing Pattern (TA-Lib `CDLPIERCING`): a bullish two-candle bottom reversal. Signals on the last candle of:
 * - first candle: long black;
 * - second candle: long white, opening below the first candle's low and closing above the midpoint of the first body
 *   but below its open.
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
 *   ({@link cdlPiercingLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLPIERCING.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlPiercing } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [103, 101, 101, 97, 100, 103, 103, 93, 83, 89, 85, 72],
 *   high: [109, 102, 101, 97, 115, 103, 108, 101, 95, 90, 97, 82],
 *   low: [101, 99, 89, 96, 100, 89, 93, 87, 82, 77, 75, 72],
 *   close: [107, 102, 97, 96, 103, 97, 93, 92, 93, 85, 75, 82],
 * }
 * cdlPiercing(bars)[11] // 100
 * ```
 */
export function cdlPiercing(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlPiercing}: `update(bar)` returns the value `cdlPiercing` gives the newest bar (0 until more
 * than 11 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLPIERCING.c`.
 *
 * @example
 * ```ts
 * import { CDLPIERCING } from '@aitrade/indicators'
 *
 * const detector = new CDLPIERCING()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLPIERCING extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
