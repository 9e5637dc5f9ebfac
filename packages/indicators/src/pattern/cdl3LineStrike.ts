import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, cmax, cmin, color, op } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDL3LINESTRIKE',
  lookback: S.near.avgPeriod + 3,
  totals: [
    [S.near, 3],
    [S.near, 2],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 3) === color(b, i - 2) &&
      color(b, i - 2) === color(b, i - 1) &&
      color(b, i) === -color(b, i - 1) &&
      op(b, i - 2) >= cmin(op(b, i - 3), cl(b, i - 3)) - avg(S.near, tot, 0, b, i - 3) &&
      op(b, i - 2) <= cmax(op(b, i - 3), cl(b, i - 3)) + avg(S.near, tot, 0, b, i - 3) &&
      op(b, i - 1) >= cmin(op(b, i - 2), cl(b, i - 2)) - avg(S.near, tot, 1, b, i - 2) &&
      op(b, i - 1) <= cmax(op(b, i - 2), cl(b, i - 2)) + avg(S.near, tot, 1, b, i - 2) &&
      ((color(b, i - 1) === 1 &&
        cl(b, i - 1) > cl(b, i - 2) &&
        cl(b, i - 2) > cl(b, i - 3) &&
        op(b, i) > cl(b, i - 1) &&
        cl(b, i) < op(b, i - 3)) ||
        (color(b, i - 1) === -1 &&
          cl(b, i - 1) < cl(b, i - 2) &&
          cl(b, i - 2) < cl(b, i - 3) &&
          op(b, i) < cl(b, i - 1) &&
          cl(b, i) > op(b, i - 3)))
      ? color(b, i - 1) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdl3LineStrike}: the number of leading bars that never get a value, `near.avgPeriod + 3` over
 * TA-Lib's default {@link CANDLE_SETTINGS} (8).
 *
 * @returns 8.
 * @see TA-Lib 0.6 `TA_CDL3LINESTRIKE_Lookback`.
 *
 * @example
 * ```ts
 * import { cdl3LineStrikeLookback } from '@aitrade/indicators'
 *
 * cdl3LineStrikeLookback() // 8
 * ```
 */
export function cdl3LineStrikeLookback(): number {
  return DEF.lookback
}

/**
 * Three-Line Strike (TA-Lib `CDL3LINESTRIKE`): three candles of one colour wiped out by a fourth of the other colour.
 * Signals on the last candle of:
 * - three white (black) candles with consecutively higher (lower) closes, each opening inside or near the prior body;
 * - fourth candle: black (white), opening above (below) the prior close and closing below (above) the first candle's
 *   open.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 when the three are white, -100 when they are black, on the fourth
 *   candle (TA-Lib's sign convention); 0 elsewhere and on the first 8 bars ({@link cdl3LineStrikeLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDL3LINESTRIKE.c`; G. Morris, *Candlestick Charting Explained* (3rd ed., McGraw-Hill,
 *   2006).
 *
 * @example
 * ```ts
 * import { cdl3LineStrike } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [157, 149, 149, 147, 147, 148, 148, 150, 151],
 *   high: [157, 161, 150, 148, 148, 153, 152, 151, 154],
 *   low: [142, 149, 147, 147, 133, 148, 148, 138, 145],
 *   close: [143, 149, 147, 147, 145, 148, 149, 150, 145],
 * }
 * cdl3LineStrike(bars)[8] // 100
 * ```
 */
export function cdl3LineStrike(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdl3LineStrike}: `update(bar)` returns the value `cdl3LineStrike` gives the newest bar (0 until
 * more than 8 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDL3LINESTRIKE.c`.
 *
 * @example
 * ```ts
 * import { CDL3LINESTRIKE } from '@aitrade/indicators'
 *
 * const detector = new CDL3LINESTRIKE()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDL3LINESTRIKE extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
