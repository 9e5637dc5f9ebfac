import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, cmax, cmin, color, op, realBody } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDL3INSIDE',
  lookback: Math.max(S.bodyShort.avgPeriod, S.bodyLong.avgPeriod) + 2,
  totals: [
    [S.bodyLong, 2],
    [S.bodyShort, 1],
  ],
  evaluate(b, i, tot) {
    return realBody(b, i - 2) > avg(S.bodyLong, tot, 0, b, i - 2) &&
      realBody(b, i - 1) <= avg(S.bodyShort, tot, 1, b, i - 1) &&
      cmax(cl(b, i - 1), op(b, i - 1)) < cmax(cl(b, i - 2), op(b, i - 2)) &&
      cmin(cl(b, i - 1), op(b, i - 1)) > cmin(cl(b, i - 2), op(b, i - 2)) &&
      ((color(b, i - 2) === 1 && color(b, i) === -1 && cl(b, i) < op(b, i - 2)) ||
        (color(b, i - 2) === -1 && color(b, i) === 1 && cl(b, i) > op(b, i - 2)))
      ? -color(b, i - 2) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdl3Inside}: the number of leading bars that never get a value, `max(bodyShort.avgPeriod,
 * bodyLong.avgPeriod) + 2` over TA-Lib's default {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDL3INSIDE_Lookback`.
 *
 * @example
 * ```ts
 * import { cdl3InsideLookback } from '@aitrade/indicators'
 *
 * cdl3InsideLookback() // 12
 * ```
 */
export function cdl3InsideLookback(): number {
  return DEF.lookback
}

/**
 * Three Inside Up/Down (TA-Lib `CDL3INSIDE`): a harami confirmed by a third candle. Signals on the last candle of:
 * - first candle: long white (black) real body;
 * - second candle: short real body inside the first body;
 * - third candle: black (white), closing below (above) the first candle's open.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 for three inside up, -100 for three inside down, on the third
 *   candle; 0 elsewhere and on the first 12 bars ({@link cdl3InsideLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDL3INSIDE.c`; G. Morris, *Candlestick Charting Explained* (1992; 3rd ed. McGraw-Hill,
 *   2006).
 *
 * @example
 * ```ts
 * import { cdl3Inside } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [219, 219, 214, 214, 211, 210, 209, 210, 210, 211, 211, 215, 214],
 *   high: [220, 220, 215, 214, 211, 215, 212, 212, 212, 211, 222, 217, 222],
 *   low: [218, 209, 207, 208, 210, 209, 197, 208, 198, 199, 206, 214, 206],
 *   close: [219, 209, 208, 210, 210, 210, 210, 212, 210, 211, 221, 215, 206],
 * }
 * cdl3Inside(bars)[12] // -100
 * ```
 */
export function cdl3Inside(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdl3Inside}: `update(bar)` returns the value `cdl3Inside` gives the newest bar (0 until more than
 * 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state
 * across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDL3INSIDE.c`.
 *
 * @example
 * ```ts
 * import { CDL3INSIDE } from '@aitrade/indicators'
 *
 * const detector = new CDL3INSIDE()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDL3INSIDE extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
