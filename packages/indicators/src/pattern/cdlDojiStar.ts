import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, color, realBody, realBodyGapDown, realBodyGapUp } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLDOJISTAR',
  lookback: Math.max(S.bodyDoji.avgPeriod, S.bodyLong.avgPeriod) + 1,
  totals: [
    [S.bodyLong, 1],
    [S.bodyDoji, 0],
  ],
  evaluate(b, i, tot) {
    return realBody(b, i - 1) > avg(S.bodyLong, tot, 0, b, i - 1) &&
      realBody(b, i) <= avg(S.bodyDoji, tot, 1, b, i) &&
      ((color(b, i - 1) === 1 && realBodyGapUp(b, i, i - 1)) ||
        (color(b, i - 1) === -1 && realBodyGapDown(b, i, i - 1)))
      ? -color(b, i - 1) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdlDojiStar}: the number of leading bars that never get a value, `max(bodyDoji.avgPeriod,
 * bodyLong.avgPeriod) + 1` over TA-Lib's default {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLDOJISTAR_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlDojiStarLookback } from '@aitrade/indicators'
 *
 * cdlDojiStarLookback() // 11
 * ```
 */
export function cdlDojiStarLookback(): number {
  return DEF.lookback
}

/**
 * Doji Star (TA-Lib `CDLDOJISTAR`): a doji gapping away from a long candle. Signals on the last candle of:
 * - first candle: long real body;
 * - second candle: doji whose body gaps up (after a white candle) or down (after a black one).
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: -100 after a long white candle (bearish), 100 after a long black one
 *   (bullish), on the doji (TA-Lib's convention); 0 elsewhere and on the first 11 bars ({@link cdlDojiStarLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLDOJISTAR.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlDojiStar } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [223, 223, 223, 224, 218, 219, 215, 213, 214, 214, 214, 202],
 *   high: [223, 226, 232, 229, 223, 219, 215, 218, 219, 214, 217, 207],
 *   low: [220, 211, 218, 212, 218, 215, 200, 201, 212, 208, 210, 197],
 *   close: [223, 219, 224, 224, 222, 215, 212, 213, 218, 208, 211, 202],
 * }
 * cdlDojiStar(bars)[11] // 100
 * ```
 */
export function cdlDojiStar(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlDojiStar}: `update(bar)` returns the value `cdlDojiStar` gives the newest bar (0 until more
 * than 11 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLDOJISTAR.c`.
 *
 * @example
 * ```ts
 * import { CDLDOJISTAR } from '@aitrade/indicators'
 *
 * const detector = new CDLDOJISTAR()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLDOJISTAR extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
