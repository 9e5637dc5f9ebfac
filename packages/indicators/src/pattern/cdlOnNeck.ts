import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, lo, op, realBody } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLONNECK',
  lookback: Math.max(S.equal.avgPeriod, S.bodyLong.avgPeriod) + 1,
  totals: [
    [S.equal, 1],
    [S.bodyLong, 1],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 1) === -1 &&
      realBody(b, i - 1) > avg(S.bodyLong, tot, 1, b, i - 1) &&
      color(b, i) === 1 &&
      op(b, i) < lo(b, i - 1) &&
      cl(b, i) <= lo(b, i - 1) + avg(S.equal, tot, 0, b, i - 1) &&
      cl(b, i) >= lo(b, i - 1) - avg(S.equal, tot, 0, b, i - 1)
      ? -100
      : 0
  },
}

/**
 * Lookback of {@link cdlOnNeck}: the number of leading bars that never get a value, `max(equal.avgPeriod,
 * bodyLong.avgPeriod) + 1` over TA-Lib's default {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLONNECK_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlOnNeckLookback } from '@aitrade/indicators'
 *
 * cdlOnNeckLookback() // 11
 * ```
 */
export function cdlOnNeckLookback(): number {
  return DEF.lookback
}

/**
 * On-Neck Pattern (TA-Lib `CDLONNECK`): a white candle closing at the prior black candle's low. Signals on the last
 * candle of:
 * - first candle: long black;
 * - second candle: white, opening below the first candle's low and closing at ("equal" to) that low.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: -100 on the second candle; 0 elsewhere and on the first 11 bars
 *   ({@link cdlOnNeckLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLONNECK.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York Institute
 *   of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlOnNeck } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [271, 271, 272, 272, 271, 274, 274, 274, 271, 273, 263, 256],
 *   high: [273, 273, 280, 272, 271, 274, 274, 282, 279, 276, 263, 257],
 *   low: [259, 270, 271, 267, 270, 266, 262, 273, 268, 263, 257, 256],
 *   close: [271, 271, 272, 270, 270, 266, 264, 274, 279, 263, 259, 257],
 * }
 * cdlOnNeck(bars)[11] // -100
 * ```
 */
export function cdlOnNeck(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlOnNeck}: `update(bar)` returns the value `cdlOnNeck` gives the newest bar (0 until more than 11
 * bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state across
 * restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLONNECK.c`.
 *
 * @example
 * ```ts
 * import { CDLONNECK } from '@aitrade/indicators'
 *
 * const detector = new CDLONNECK()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLONNECK extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
