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
  name: 'CDLDRAGONFLYDOJI',
  lookback: Math.max(S.bodyDoji.avgPeriod, S.shadowVeryShort.avgPeriod),
  totals: [
    [S.bodyDoji, 0],
    [S.shadowVeryShort, 0],
  ],
  evaluate(b, i, tot) {
    return realBody(b, i) <= avg(S.bodyDoji, tot, 0, b, i) &&
      upperShadow(b, i) < avg(S.shadowVeryShort, tot, 1, b, i) &&
      lowerShadow(b, i) > avg(S.shadowVeryShort, tot, 1, b, i)
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdlDragonflyDoji}: the number of leading bars that never get a value, `max(bodyDoji.avgPeriod,
 * shadowVeryShort.avgPeriod)` over TA-Lib's default {@link CANDLE_SETTINGS} (10).
 *
 * @returns 10.
 * @see TA-Lib 0.6 `TA_CDLDRAGONFLYDOJI_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlDragonflyDojiLookback } from '@aitrade/indicators'
 *
 * cdlDragonflyDojiLookback() // 10
 * ```
 */
export function cdlDragonflyDojiLookback(): number {
  return DEF.lookback
}

/**
 * Dragonfly Doji (TA-Lib `CDLDRAGONFLYDOJI`): a doji opening and closing at its high. Signals on the last candle of:
 * - doji body;
 * - no or a very short upper shadow;
 * - a lower shadow that is not very short.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 on each dragonfly doji (read it against the trend); 0 elsewhere
 *   and on the first 10 bars ({@link cdlDragonflyDojiLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLDRAGONFLYDOJI.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlDragonflyDoji } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [244, 246, 245, 249, 241, 232, 233, 219, 221, 224, 220],
 *   high: [253, 258, 257, 254, 241, 234, 233, 221, 225, 229, 222],
 *   low: [244, 233, 245, 241, 230, 232, 219, 219, 218, 216, 212],
 *   close: [250, 245, 245, 241, 238, 233, 219, 221, 224, 216, 221],
 * }
 * cdlDragonflyDoji(bars)[10] // 100
 * ```
 */
export function cdlDragonflyDoji(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlDragonflyDoji}: `update(bar)` returns the value `cdlDragonflyDoji` gives the newest bar (0
 * until more than 10 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLDRAGONFLYDOJI.c`.
 *
 * @example
 * ```ts
 * import { CDLDRAGONFLYDOJI } from '@aitrade/indicators'
 *
 * const detector = new CDLDRAGONFLYDOJI()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLDRAGONFLYDOJI extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
