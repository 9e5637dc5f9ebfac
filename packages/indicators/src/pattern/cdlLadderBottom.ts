import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, hi, op, upperShadow } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLLADDERBOTTOM',
  lookback: S.shadowVeryShort.avgPeriod + 4,
  totals: [[S.shadowVeryShort, 1]],
  evaluate(b, i, tot) {
    return color(b, i - 4) === -1 &&
      color(b, i - 3) === -1 &&
      color(b, i - 2) === -1 &&
      op(b, i - 4) > op(b, i - 3) &&
      op(b, i - 3) > op(b, i - 2) &&
      cl(b, i - 4) > cl(b, i - 3) &&
      cl(b, i - 3) > cl(b, i - 2) &&
      color(b, i - 1) === -1 &&
      upperShadow(b, i - 1) > avg(S.shadowVeryShort, tot, 0, b, i - 1) &&
      color(b, i) === 1 &&
      op(b, i) > op(b, i - 1) &&
      cl(b, i) > hi(b, i - 1)
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdlLadderBottom}: the number of leading bars that never get a value, `shadowVeryShort.avgPeriod
 * + 4` over TA-Lib's default {@link CANDLE_SETTINGS} (14).
 *
 * @returns 14.
 * @see TA-Lib 0.6 `TA_CDLLADDERBOTTOM_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlLadderBottomLookback } from '@aitrade/indicators'
 *
 * cdlLadderBottomLookback() // 14
 * ```
 */
export function cdlLadderBottomLookback(): number {
  return DEF.lookback
}

/**
 * Ladder Bottom (TA-Lib `CDLLADDERBOTTOM`): a bullish bottom after four black candles. Signals on the last candle of:
 * - three black candles with consecutively lower opens and closes;
 * - fourth candle: black with an upper shadow (not very short);
 * - fifth candle: white, opening above the fourth candle's open and closing above its high.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 on the fifth candle; 0 elsewhere and on the first 14 bars
 *   ({@link cdlLadderBottomLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLLADDERBOTTOM.c`; G. Morris, *Candlestick Charting Explained* (1992; 3rd ed.
 *   McGraw-Hill, 2006).
 *
 * @example
 * ```ts
 * import { cdlLadderBottom } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [102, 101, 100, 100, 105, 107, 111, 123, 117, 117, 116, 109, 107, 91, 94],
 *   high: [102, 101, 103, 113, 111, 125, 117, 123, 117, 118, 116, 111, 108, 94, 103],
 *   low: [99, 99, 91, 100, 105, 95, 111, 118, 116, 108, 115, 107, 97, 84, 94],
 *   close: [102, 99, 99, 110, 109, 113, 117, 123, 117, 116, 115, 107, 97, 85, 102],
 * }
 * cdlLadderBottom(bars)[14] // 100
 * ```
 */
export function cdlLadderBottom(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlLadderBottom}: `update(bar)` returns the value `cdlLadderBottom` gives the newest bar (0 until
 * more than 14 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLLADDERBOTTOM.c`.
 *
 * @example
 * ```ts
 * import { CDLLADDERBOTTOM } from '@aitrade/indicators'
 *
 * const detector = new CDLLADDERBOTTOM()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLLADDERBOTTOM extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
