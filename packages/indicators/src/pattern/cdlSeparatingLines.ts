import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, color, lowerShadow, op, realBody, upperShadow } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLSEPARATINGLINES',
  lookback: Math.max(S.shadowVeryShort.avgPeriod, S.bodyLong.avgPeriod, S.equal.avgPeriod) + 1,
  totals: [
    [S.shadowVeryShort, 0],
    [S.bodyLong, 0],
    [S.equal, 1],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 1) === -color(b, i) &&
      op(b, i) <= op(b, i - 1) + avg(S.equal, tot, 2, b, i - 1) &&
      op(b, i) >= op(b, i - 1) - avg(S.equal, tot, 2, b, i - 1) &&
      realBody(b, i) > avg(S.bodyLong, tot, 1, b, i) &&
      ((color(b, i) === 1 && lowerShadow(b, i) < avg(S.shadowVeryShort, tot, 0, b, i)) ||
        (color(b, i) === -1 && upperShadow(b, i) < avg(S.shadowVeryShort, tot, 0, b, i)))
      ? color(b, i) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdlSeparatingLines}: the number of leading bars that never get a value,
 * `max(shadowVeryShort.avgPeriod, bodyLong.avgPeriod, equal.avgPeriod) + 1` over TA-Lib's default
 * {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLSEPARATINGLINES_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlSeparatingLinesLookback } from '@aitrade/indicators'
 *
 * cdlSeparatingLinesLookback() // 11
 * ```
 */
export function cdlSeparatingLinesLookback(): number {
  return DEF.lookback
}

/**
 * Separating Lines (TA-Lib `CDLSEPARATINGLINES`): a belt-hold opening at the prior opposite candle's open. Signals on
 * the last candle of:
 * - first candle: black (white);
 * - second candle: white (black) belt-hold (long body, no or a very short lower (upper) shadow) opening at ("equal"
 *   to) the first open.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 when bullish (second white), -100 when bearish; 0 elsewhere and on
 *   the first 11 bars ({@link cdlSeparatingLinesLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLSEPARATINGLINES.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlSeparatingLines } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [230, 228, 223, 223, 223, 224, 218, 219, 215, 213, 214, 214],
 *   high: [233, 240, 223, 226, 232, 229, 223, 219, 215, 218, 219, 214],
 *   low: [219, 218, 220, 211, 218, 212, 218, 215, 200, 201, 212, 208],
 *   close: [224, 218, 223, 219, 224, 224, 222, 215, 212, 213, 218, 208],
 * }
 * cdlSeparatingLines(bars)[11] // -100
 * ```
 */
export function cdlSeparatingLines(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlSeparatingLines}: `update(bar)` returns the value `cdlSeparatingLines` gives the newest bar (0
 * until more than 11 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLSEPARATINGLINES.c`.
 *
 * @example
 * ```ts
 * import { CDLSEPARATINGLINES } from '@aitrade/indicators'
 *
 * const detector = new CDLSEPARATINGLINES()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLSEPARATINGLINES extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
