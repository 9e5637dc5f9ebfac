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
  name: 'CDLUNIQUE3RIVER',
  lookback: Math.max(S.bodyShort.avgPeriod, S.bodyLong.avgPeriod) + 2,
  totals: [
    [S.bodyLong, 2],
    [S.bodyShort, 0],
  ],
  evaluate(b, i, tot) {
    return realBody(b, i - 2) > avg(S.bodyLong, tot, 0, b, i - 2) &&
      color(b, i - 2) === -1 &&
      color(b, i - 1) === -1 &&
      cl(b, i - 1) > cl(b, i - 2) &&
      op(b, i - 1) <= op(b, i - 2) &&
      lo(b, i - 1) < lo(b, i - 2) &&
      realBody(b, i) < avg(S.bodyShort, tot, 1, b, i) &&
      color(b, i) === 1 &&
      op(b, i) > lo(b, i - 1)
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdlUnique3River}: the number of leading bars that never get a value, `max(bodyShort.avgPeriod,
 * bodyLong.avgPeriod) + 2` over TA-Lib's default {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDLUNIQUE3RIVER_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlUnique3RiverLookback } from '@aitrade/indicators'
 *
 * cdlUnique3RiverLookback() // 12
 * ```
 */
export function cdlUnique3RiverLookback(): number {
  return DEF.lookback
}

/**
 * Unique 3 River (TA-Lib `CDLUNIQUE3RIVER`): a bullish bottom: long black, black harami with a lower low, small
 * white. Signals on the last candle of:
 * - first candle: long black;
 * - second candle: black harami (body inside the first) with a lower low than the first;
 * - third candle: small white, opening above the second candle's low.
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
 *   ({@link cdlUnique3RiverLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLUNIQUE3RIVER.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlUnique3River } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [178, 178, 186, 196, 196, 196, 195, 193, 193, 200, 194, 192, 191],
 *   high: [179, 186, 196, 196, 197, 208, 196, 196, 211, 200, 197, 197, 195],
 *   low: [175, 175, 185, 196, 188, 183, 192, 181, 191, 189, 185, 183, 188],
 *   close: [175, 186, 196, 196, 190, 195, 193, 193, 203, 194, 188, 191, 194],
 * }
 * cdlUnique3River(bars)[12] // 100
 * ```
 */
export function cdlUnique3River(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlUnique3River}: `update(bar)` returns the value `cdlUnique3River` gives the newest bar (0 until
 * more than 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLUNIQUE3RIVER.c`.
 *
 * @example
 * ```ts
 * import { CDLUNIQUE3RIVER } from '@aitrade/indicators'
 *
 * const detector = new CDLUNIQUE3RIVER()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLUNIQUE3RIVER extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
