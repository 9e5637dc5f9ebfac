import {
  type CandleInput,
  type CandlePatternDef,
  CandlePatternStream,
  type PenetrationOptions,
  type PenetrationPatternOptions,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, candleGapDown, candleGapUp, cl, color, realBody } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLABANDONEDBABY',
  lookback: Math.max(S.bodyDoji.avgPeriod, S.bodyLong.avgPeriod, S.bodyShort.avgPeriod) + 2,
  totals: [
    [S.bodyLong, 2],
    [S.bodyDoji, 1],
    [S.bodyShort, 0],
  ],
  penetration: 0.3,
  evaluate(b, i, tot, _state, _t, penetration) {
    return realBody(b, i - 2) > avg(S.bodyLong, tot, 0, b, i - 2) &&
      realBody(b, i - 1) <= avg(S.bodyDoji, tot, 1, b, i - 1) &&
      realBody(b, i) > avg(S.bodyShort, tot, 2, b, i) &&
      ((color(b, i - 2) === 1 &&
        color(b, i) === -1 &&
        cl(b, i) < cl(b, i - 2) - realBody(b, i - 2) * penetration &&
        candleGapUp(b, i - 1, i - 2) &&
        candleGapDown(b, i, i - 1)) ||
        (color(b, i - 2) === -1 &&
          color(b, i) === 1 &&
          cl(b, i) > cl(b, i - 2) + realBody(b, i - 2) * penetration &&
          candleGapDown(b, i - 1, i - 2) &&
          candleGapUp(b, i, i - 1)))
      ? color(b, i) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdlAbandonedBaby}: the number of leading bars that never get a value, `max(bodyDoji.avgPeriod,
 * bodyLong.avgPeriod, bodyShort.avgPeriod) + 2` over TA-Lib's default {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDLABANDONEDBABY_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlAbandonedBabyLookback } from '@aitrade/indicators'
 *
 * cdlAbandonedBabyLookback() // 12
 * ```
 */
export function cdlAbandonedBabyLookback(): number {
  return DEF.lookback
}

/**
 * Abandoned Baby (TA-Lib `CDLABANDONEDBABY`): a doji star isolated by gaps on both sides. Signals on the last candle
 * of:
 * - first candle: long white (black) real body;
 * - second candle: doji whose shadows gap above (below) the first candle;
 * - third candle: black (white), gapping away from the doji the other way, its real body longer than short, closing
 *   well inside the first body (by `penetration` × the first body).
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length; `penetration`: fraction of the
 *   first real body the last candle must move into it (≥ 0, default 0.3).
 * @returns `Int32Array` of the input's length: 100 for a bottom (bullish), -100 for a top (bearish), on the third
 *   candle; 0 elsewhere and on the first 12 bars ({@link cdlAbandonedBabyLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short, `penetration` when it is not a number in [0, 3e37].
 * @see TA-Lib 0.6 `ta_func/ta_CDLABANDONEDBABY.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlAbandonedBaby } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [245, 245, 245, 233, 236, 226, 226, 226, 226, 225, 222, 234, 230],
 *   high: [263, 267, 246, 236, 248, 238, 226, 234, 226, 225, 228, 235, 231],
 *   low: [245, 237, 237, 230, 223, 225, 223, 226, 222, 220, 220, 234, 226],
 *   close: [255, 255, 237, 236, 226, 225, 223, 232, 225, 225, 228, 234, 226],
 * }
 * cdlAbandonedBaby(bars)[12] // -100
 * ```
 */
export function cdlAbandonedBaby(bars: CandleInput, options?: PenetrationPatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlAbandonedBaby}: `update(bar)` returns the value `cdlAbandonedBaby` gives the newest bar (0
 * until more than 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLABANDONEDBABY.c`.
 *
 * @example
 * ```ts
 * import { CDLABANDONEDBABY } from '@aitrade/indicators'
 *
 * const detector = new CDLABANDONEDBABY({ penetration: 0.3 })
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLABANDONEDBABY extends CandlePatternStream {
  /**
   * @param options - `penetration`: fraction of the first real body the last candle must move into it (≥ 0, default
   *   0.3).
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `penetration` when it is not a
   *   number in [0, 3e37].
   */
  constructor(options: PenetrationOptions = {}) {
    super(DEF, options)
  }
}
