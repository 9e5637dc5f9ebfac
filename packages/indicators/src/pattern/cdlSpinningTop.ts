import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, color, lowerShadow, realBody, upperShadow } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLSPINNINGTOP',
  lookback: S.bodyShort.avgPeriod,
  totals: [[S.bodyShort, 0]],
  evaluate(b, i, tot) {
    return realBody(b, i) < avg(S.bodyShort, tot, 0, b, i) &&
      upperShadow(b, i) > realBody(b, i) &&
      lowerShadow(b, i) > realBody(b, i)
      ? color(b, i) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdlSpinningTop}: the number of leading bars that never get a value, `bodyShort.avgPeriod` over
 * TA-Lib's default {@link CANDLE_SETTINGS} (10).
 *
 * @returns 10.
 * @see TA-Lib 0.6 `TA_CDLSPINNINGTOP_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlSpinningTopLookback } from '@aitrade/indicators'
 *
 * cdlSpinningTopLookback() // 10
 * ```
 */
export function cdlSpinningTopLookback(): number {
  return DEF.lookback
}

/**
 * Spinning Top (TA-Lib `CDLSPINNINGTOP`): a small real body with shadows longer than the body. Signals on the last
 * candle of:
 * - short real body;
 * - upper and lower shadows each longer than the body.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 when white, -100 when black (not a direction signal by itself); 0
 *   elsewhere and on the first 10 bars ({@link cdlSpinningTopLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLSPINNINGTOP.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlSpinningTop } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [231, 231, 231, 239, 222, 229, 229, 227, 240, 244, 246],
 *   high: [237, 234, 243, 251, 232, 229, 229, 237, 244, 253, 258],
 *   low: [231, 229, 231, 222, 214, 203, 224, 227, 240, 244, 233],
 *   close: [232, 231, 235, 225, 232, 215, 227, 237, 244, 250, 245],
 * }
 * cdlSpinningTop(bars)[10] // -100
 * ```
 */
export function cdlSpinningTop(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlSpinningTop}: `update(bar)` returns the value `cdlSpinningTop` gives the newest bar (0 until
 * more than 10 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLSPINNINGTOP.c`.
 *
 * @example
 * ```ts
 * import { CDLSPINNINGTOP } from '@aitrade/indicators'
 *
 * const detector = new CDLSPINNINGTOP()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLSPINNINGTOP extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
