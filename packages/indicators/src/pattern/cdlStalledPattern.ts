import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, op, realBody, upperShadow } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLSTALLEDPATTERN',
  lookback: Math.max(S.bodyLong.avgPeriod, S.bodyShort.avgPeriod, S.shadowVeryShort.avgPeriod, S.near.avgPeriod) + 2,
  totals: [
    [S.bodyLong, 2],
    [S.bodyLong, 1],
    [S.bodyShort, 0],
    [S.shadowVeryShort, 1],
    [S.near, 2],
    [S.near, 1],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 2) === 1 &&
      color(b, i - 1) === 1 &&
      color(b, i) === 1 &&
      cl(b, i) > cl(b, i - 1) &&
      cl(b, i - 1) > cl(b, i - 2) &&
      realBody(b, i - 2) > avg(S.bodyLong, tot, 0, b, i - 2) &&
      realBody(b, i - 1) > avg(S.bodyLong, tot, 1, b, i - 1) &&
      upperShadow(b, i - 1) < avg(S.shadowVeryShort, tot, 3, b, i - 1) &&
      op(b, i - 1) > op(b, i - 2) &&
      op(b, i - 1) <= cl(b, i - 2) + avg(S.near, tot, 4, b, i - 2) &&
      realBody(b, i) < avg(S.bodyShort, tot, 2, b, i) &&
      op(b, i) >= cl(b, i - 1) - realBody(b, i) - avg(S.near, tot, 5, b, i - 1)
      ? -100
      : 0
  },
}

/**
 * Lookback of {@link cdlStalledPattern}: the number of leading bars that never get a value, `max(bodyLong.avgPeriod,
 * bodyShort.avgPeriod, shadowVeryShort.avgPeriod, near.avgPeriod) + 2` over TA-Lib's default {@link CANDLE_SETTINGS}
 * (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDLSTALLEDPATTERN_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlStalledPatternLookback } from '@aitrade/indicators'
 *
 * cdlStalledPatternLookback() // 12
 * ```
 */
export function cdlStalledPatternLookback(): number {
  return DEF.lookback
}

/**
 * Stalled Pattern (TA-Lib `CDLSTALLEDPATTERN`): three white candles whose advance stalls on the third. Signals on the
 * last candle of:
 * - three white candles with consecutively higher closes;
 * - first candle: long;
 * - second candle: long, with no or a very short upper shadow, opening above the first open and at most near the
 *   first close;
 * - third candle: small, riding on the shoulder of the second (opening near the top of the second body).
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: -100 on the third candle; 0 elsewhere and on the first 12 bars
 *   ({@link cdlStalledPatternLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLSTALLEDPATTERN.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlStalledPattern } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [234, 241, 236, 230, 230, 222, 221, 221, 221, 221, 225, 231, 237],
 *   high: [260, 242, 242, 236, 230, 222, 229, 221, 221, 225, 235, 237, 238],
 *   low: [234, 239, 236, 227, 221, 221, 217, 217, 219, 221, 225, 219, 234],
 *   close: [248, 239, 239, 236, 222, 222, 219, 218, 221, 225, 235, 237, 238],
 * }
 * cdlStalledPattern(bars)[12] // -100
 * ```
 */
export function cdlStalledPattern(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlStalledPattern}: `update(bar)` returns the value `cdlStalledPattern` gives the newest bar (0
 * until more than 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLSTALLEDPATTERN.c`.
 *
 * @example
 * ```ts
 * import { CDLSTALLEDPATTERN } from '@aitrade/indicators'
 *
 * const detector = new CDLSTALLEDPATTERN()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLSTALLEDPATTERN extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
