import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, lowerShadow, realBody, upperShadow } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLLONGLEGGEDDOJI',
  lookback: Math.max(S.bodyDoji.avgPeriod, S.shadowLong.avgPeriod),
  totals: [
    [S.bodyDoji, 0],
    [S.shadowLong, 0],
  ],
  evaluate(b, i, tot) {
    return realBody(b, i) <= avg(S.bodyDoji, tot, 0, b, i) &&
      (lowerShadow(b, i) > avg(S.shadowLong, tot, 1, b, i) || upperShadow(b, i) > avg(S.shadowLong, tot, 1, b, i))
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdlLongLeggedDoji}: the number of leading bars that never get a value, `max(bodyDoji.avgPeriod,
 * shadowLong.avgPeriod)` over TA-Lib's default {@link CANDLE_SETTINGS} (10).
 *
 * @returns 10.
 * @see TA-Lib 0.6 `TA_CDLLONGLEGGEDDOJI_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlLongLeggedDojiLookback } from '@aitrade/indicators'
 *
 * cdlLongLeggedDojiLookback() // 10
 * ```
 */
export function cdlLongLeggedDojiLookback(): number {
  return DEF.lookback
}

/**
 * Long Legged Doji (TA-Lib `CDLLONGLEGGEDDOJI`): a doji with a long shadow. Signals on the last candle of:
 * - doji body;
 * - a lower or an upper shadow longer than the body.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 on each long-legged doji (indecision); 0 elsewhere and on the
 *   first 10 bars ({@link cdlLongLeggedDojiLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLLONGLEGGEDDOJI.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlLongLeggedDoji } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [231, 231, 231, 239, 222, 229, 229, 227, 240, 244, 246],
 *   high: [237, 234, 243, 251, 232, 229, 229, 237, 244, 253, 258],
 *   low: [231, 229, 231, 222, 214, 203, 224, 227, 240, 244, 233],
 *   close: [232, 231, 235, 225, 232, 215, 227, 237, 244, 250, 245],
 * }
 * cdlLongLeggedDoji(bars)[10] // 100
 * ```
 */
export function cdlLongLeggedDoji(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlLongLeggedDoji}: `update(bar)` returns the value `cdlLongLeggedDoji` gives the newest bar (0
 * until more than 10 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLLONGLEGGEDDOJI.c`.
 *
 * @example
 * ```ts
 * import { CDLLONGLEGGEDDOJI } from '@aitrade/indicators'
 *
 * const detector = new CDLLONGLEGGEDDOJI()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLLONGLEGGEDDOJI extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
