import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, color, op, realBody, realBodyGapDown, realBodyGapUp } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLGAPSIDESIDEWHITE',
  lookback: Math.max(S.near.avgPeriod, S.equal.avgPeriod) + 2,
  totals: [
    [S.near, 1],
    [S.equal, 1],
  ],
  evaluate(b, i, tot) {
    return ((realBodyGapUp(b, i - 1, i - 2) && realBodyGapUp(b, i, i - 2)) ||
      (realBodyGapDown(b, i - 1, i - 2) && realBodyGapDown(b, i, i - 2))) &&
      color(b, i - 1) === 1 &&
      color(b, i) === 1 &&
      realBody(b, i) >= realBody(b, i - 1) - avg(S.near, tot, 0, b, i - 1) &&
      realBody(b, i) <= realBody(b, i - 1) + avg(S.near, tot, 0, b, i - 1) &&
      op(b, i) >= op(b, i - 1) - avg(S.equal, tot, 1, b, i - 1) &&
      op(b, i) <= op(b, i - 1) + avg(S.equal, tot, 1, b, i - 1)
      ? realBodyGapUp(b, i - 1, i - 2)
        ? 100
        : -100
      : 0
  },
}

/**
 * Lookback of {@link cdlGapSideSideWhite}: the number of leading bars that never get a value, `max(near.avgPeriod,
 * equal.avgPeriod) + 2` over TA-Lib's default {@link CANDLE_SETTINGS} (7).
 *
 * @returns 7.
 * @see TA-Lib 0.6 `TA_CDLGAPSIDESIDEWHITE_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlGapSideSideWhiteLookback } from '@aitrade/indicators'
 *
 * cdlGapSideSideWhiteLookback() // 7
 * ```
 */
export function cdlGapSideSideWhiteLookback(): number {
  return DEF.lookback
}

/**
 * Up/Down-gap side-by-side white lines (TA-Lib `CDLGAPSIDESIDEWHITE`): two similar white candles after a gap. Signals
 * on the last candle of:
 * - the second and third candles both gap up (or both gap down) from the first real body;
 * - second and third candles: white, of near the same size, opening at about the same price.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 after an upside gap, -100 after a downside gap, on the third
 *   candle; 0 elsewhere and on the first 7 bars ({@link cdlGapSideSideWhiteLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLGAPSIDESIDEWHITE.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlGapSideSideWhite } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [219, 215, 213, 214, 214, 214, 202, 202],
 *   high: [219, 215, 218, 219, 214, 217, 207, 202],
 *   low: [215, 200, 201, 212, 208, 210, 197, 202],
 *   close: [215, 212, 213, 218, 208, 211, 202, 202],
 * }
 * cdlGapSideSideWhite(bars)[7] // -100
 * ```
 */
export function cdlGapSideSideWhite(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlGapSideSideWhite}: `update(bar)` returns the value `cdlGapSideSideWhite` gives the newest bar
 * (0 until more than 7 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLGAPSIDESIDEWHITE.c`.
 *
 * @example
 * ```ts
 * import { CDLGAPSIDESIDEWHITE } from '@aitrade/indicators'
 *
 * const detector = new CDLGAPSIDESIDEWHITE()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLGAPSIDESIDEWHITE extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
