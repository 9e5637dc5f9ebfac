import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import {
  candleAverage as avg,
  cl,
  cmax,
  cmin,
  color,
  op,
  realBody,
  realBodyGapDown,
  realBodyGapUp,
} from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLTASUKIGAP',
  lookback: S.near.avgPeriod + 2,
  totals: [[S.near, 1]],
  evaluate(b, i, tot) {
    return (realBodyGapUp(b, i - 1, i - 2) &&
      color(b, i - 1) === 1 &&
      color(b, i) === -1 &&
      op(b, i) < cl(b, i - 1) &&
      op(b, i) > op(b, i - 1) &&
      cl(b, i) < op(b, i - 1) &&
      cl(b, i) > cmax(cl(b, i - 2), op(b, i - 2)) &&
      Math.abs(realBody(b, i - 1) - realBody(b, i)) < avg(S.near, tot, 0, b, i - 1)) ||
      (realBodyGapDown(b, i - 1, i - 2) &&
        color(b, i - 1) === -1 &&
        color(b, i) === 1 &&
        op(b, i) < op(b, i - 1) &&
        op(b, i) > cl(b, i - 1) &&
        cl(b, i) > op(b, i - 1) &&
        cl(b, i) < cmin(cl(b, i - 2), op(b, i - 2)) &&
        Math.abs(realBody(b, i - 1) - realBody(b, i)) < avg(S.near, tot, 0, b, i - 1))
      ? color(b, i - 1) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdlTasukiGap}: the number of leading bars that never get a value, `near.avgPeriod + 2` over
 * TA-Lib's default {@link CANDLE_SETTINGS} (7).
 *
 * @returns 7.
 * @see TA-Lib 0.6 `TA_CDLTASUKIGAP_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlTasukiGapLookback } from '@aitrade/indicators'
 *
 * cdlTasukiGapLookback() // 7
 * ```
 */
export function cdlTasukiGapLookback(): number {
  return DEF.lookback
}

/**
 * Tasuki Gap (TA-Lib `CDLTASUKIGAP`): a gap that a counter-trend candle fails to close. Signals on the last candle
 * of:
 * - the second candle's body gaps up (down) from the first body; the second candle is white (black);
 * - third candle: black (white), opening inside the second body and closing beyond it, inside the gap;
 * - the second and third bodies are of near the same size.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 for an upside tasuki gap, -100 for a downside one, on the third
 *   candle; 0 elsewhere and on the first 7 bars ({@link cdlTasukiGapLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLTASUKIGAP.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlTasukiGap } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [418, 418, 425, 434, 420, 419, 426, 437],
 *   high: [430, 419, 427, 434, 432, 419, 440, 449],
 *   low: [413, 416, 420, 423, 414, 417, 425, 411],
 *   close: [418, 419, 425, 424, 419, 417, 440, 423],
 * }
 * cdlTasukiGap(bars)[7] // 100
 * ```
 */
export function cdlTasukiGap(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlTasukiGap}: `update(bar)` returns the value `cdlTasukiGap` gives the newest bar (0 until more
 * than 7 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state
 * across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLTASUKIGAP.c`.
 *
 * @example
 * ```ts
 * import { CDLTASUKIGAP } from '@aitrade/indicators'
 *
 * const detector = new CDLTASUKIGAP()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLTASUKIGAP extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
