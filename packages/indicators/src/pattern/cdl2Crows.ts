import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, op, realBody, realBodyGapUp } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDL2CROWS',
  lookback: S.bodyLong.avgPeriod + 2,
  totals: [[S.bodyLong, 2]],
  evaluate(b, i, tot) {
    return color(b, i - 2) === 1 &&
      realBody(b, i - 2) > avg(S.bodyLong, tot, 0, b, i - 2) &&
      color(b, i - 1) === -1 &&
      realBodyGapUp(b, i - 1, i - 2) &&
      color(b, i) === -1 &&
      op(b, i) < op(b, i - 1) &&
      op(b, i) > cl(b, i - 1) &&
      cl(b, i) > op(b, i - 2) &&
      cl(b, i) < cl(b, i - 2)
      ? -100
      : 0
  },
}

/**
 * Lookback of {@link cdl2Crows}: the number of leading bars that never get a value, `bodyLong.avgPeriod + 2` over
 * TA-Lib's default {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDL2CROWS_Lookback`.
 *
 * @example
 * ```ts
 * import { cdl2CrowsLookback } from '@aitrade/indicators'
 *
 * cdl2CrowsLookback() // 12
 * ```
 */
export function cdl2CrowsLookback(): number {
  return DEF.lookback
}

/**
 * Two Crows (TA-Lib `CDL2CROWS`): a bearish three-candle top reversal. Signals on the last candle of:
 * - first candle: long white;
 * - second candle: black, its real body gapping up from the first;
 * - third candle: black, opening inside the second candle's body and closing inside the first candle's body.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: -100 on the third candle of the pattern; 0 elsewhere and on the first
 *   12 bars ({@link cdl2CrowsLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDL2CROWS.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York Institute
 *   of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdl2Crows } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [68, 71, 65, 71, 62, 62, 62, 62, 62, 72, 66, 89, 85],
 *   high: [73, 76, 65, 71, 62, 64, 64, 74, 72, 73, 80, 89, 86],
 *   low: [67, 61, 63, 71, 58, 50, 59, 59, 60, 69, 66, 82, 71],
 *   close: [72, 61, 65, 71, 61, 63, 59, 62, 72, 69, 80, 83, 71],
 * }
 * cdl2Crows(bars)[12] // -100
 * ```
 */
export function cdl2Crows(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdl2Crows}: `update(bar)` returns the value `cdl2Crows` gives the newest bar (0 until more than 12
 * bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state across
 * restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDL2CROWS.c`.
 *
 * @example
 * ```ts
 * import { CDL2CROWS } from '@aitrade/indicators'
 *
 * const detector = new CDL2CROWS()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDL2CROWS extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
