import {
  type CandleInput,
  type CandlePatternDef,
  CandlePatternStream,
  type PenetrationOptions,
  type PenetrationPatternOptions,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, cmax, cmin, color, hi, op, realBody, realBodyGapUp } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLMATHOLD',
  lookback: Math.max(S.bodyShort.avgPeriod, S.bodyLong.avgPeriod) + 4,
  totals: [
    [S.bodyShort, 3],
    [S.bodyShort, 2],
    [S.bodyShort, 1],
    [S.bodyLong, 4],
  ],
  penetration: 0.5,
  evaluate(b, i, tot, _state, _t, penetration) {
    return realBody(b, i - 4) > avg(S.bodyLong, tot, 3, b, i - 4) &&
      realBody(b, i - 3) < avg(S.bodyShort, tot, 0, b, i - 3) &&
      realBody(b, i - 2) < avg(S.bodyShort, tot, 1, b, i - 2) &&
      realBody(b, i - 1) < avg(S.bodyShort, tot, 2, b, i - 1) &&
      color(b, i - 4) === 1 &&
      color(b, i - 3) === -1 &&
      color(b, i) === 1 &&
      realBodyGapUp(b, i - 3, i - 4) &&
      cmin(op(b, i - 2), cl(b, i - 2)) < cl(b, i - 4) &&
      cmin(op(b, i - 1), cl(b, i - 1)) < cl(b, i - 4) &&
      cmin(op(b, i - 2), cl(b, i - 2)) > cl(b, i - 4) - realBody(b, i - 4) * penetration &&
      cmin(op(b, i - 1), cl(b, i - 1)) > cl(b, i - 4) - realBody(b, i - 4) * penetration &&
      cmax(cl(b, i - 2), op(b, i - 2)) < op(b, i - 3) &&
      cmax(cl(b, i - 1), op(b, i - 1)) < cmax(cl(b, i - 2), op(b, i - 2)) &&
      op(b, i) > cl(b, i - 1) &&
      cl(b, i) > cmax(cmax(hi(b, i - 3), hi(b, i - 2)), hi(b, i - 1))
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdlMatHold}: the number of leading bars that never get a value, `max(bodyShort.avgPeriod,
 * bodyLong.avgPeriod) + 4` over TA-Lib's default {@link CANDLE_SETTINGS} (14).
 *
 * @returns 14.
 * @see TA-Lib 0.6 `TA_CDLMATHOLD_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlMatHoldLookback } from '@aitrade/indicators'
 *
 * cdlMatHoldLookback() // 14
 * ```
 */
export function cdlMatHoldLookback(): number {
  return DEF.lookback
}

/**
 * Mat Hold (TA-Lib `CDLMATHOLD`): a bullish continuation: a pause of small candles above the first body, then a new
 * high. Signals on the last candle of:
 * - first candle: long white;
 * - second candle: small black, its body gapping up;
 * - third and fourth candles: small, falling, each body dipping into the first body but by less than `penetration` ×
 *   the first body;
 * - fifth candle: white, opening above the prior close and closing above the reaction candles' highs.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length; `penetration`: fraction of the
 *   first real body the last candle must move into it (≥ 0, default 0.5).
 * @returns `Int32Array` of the input's length: 100 on the fifth candle; 0 elsewhere and on the first 14 bars
 *   ({@link cdlMatHoldLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short, `penetration` when it is not a number in [0, 3e37].
 * @see TA-Lib 0.6 `ta_func/ta_CDLMATHOLD.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York Institute
 *   of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlMatHold } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 113, 111, 110, 109],
 *   high: [102, 102, 102, 102, 102, 102, 102, 102, 102, 102, 111, 114, 111.5, 110.5, 116.5],
 *   low: [99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 111, 109, 108, 108.5],
 *   close: [101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 110, 112, 109.5, 108.5, 116],
 * }
 * cdlMatHold(bars)[14] // 100
 * ```
 */
export function cdlMatHold(bars: CandleInput, options?: PenetrationPatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlMatHold}: `update(bar)` returns the value `cdlMatHold` gives the newest bar (0 until more than
 * 14 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state
 * across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLMATHOLD.c`.
 *
 * @example
 * ```ts
 * import { CDLMATHOLD } from '@aitrade/indicators'
 *
 * const detector = new CDLMATHOLD({ penetration: 0.5 })
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLMATHOLD extends CandlePatternStream {
  /**
   * @param options - `penetration`: fraction of the first real body the last candle must move into it (≥ 0, default
   *   0.5).
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `penetration` when it is not a
   *   number in [0, 3e37].
   */
  constructor(options: PenetrationOptions = {}) {
    super(DEF, options)
  }
}
