import {
  type CandleInput,
  CandlePatternStream,
  type PenetrationOptions,
  type PenetrationPatternOptions,
  runCandlePattern,
} from './candlePattern.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'
import { eveningStarDef } from './starPattern.js'

const DEF = eveningStarDef('CDLEVENINGSTAR', S.bodyShort)

/**
 * Lookback of {@link cdlEveningStar}: the number of leading bars that never get a value, `max(bodyShort.avgPeriod,
 * bodyLong.avgPeriod) + 2` over TA-Lib's default {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDLEVENINGSTAR_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlEveningStarLookback } from '@aitrade/indicators'
 *
 * cdlEveningStarLookback() // 12
 * ```
 */
export function cdlEveningStarLookback(): number {
  return DEF.lookback
}

/**
 * Evening Star (TA-Lib `CDLEVENINGSTAR`): a bearish top: long white candle, star, black candle. Signals on the last
 * candle of:
 * - first candle: long white;
 * - second candle: short real body gapping up;
 * - third candle: black, longer than short, closing inside the first body by more than `penetration` × the first
 *   body.
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
 * @returns `Int32Array` of the input's length: -100 on the third candle; 0 elsewhere and on the first 12 bars
 *   ({@link cdlEveningStarLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short, `penetration` when it is not a number in [0, 3e37].
 * @see TA-Lib 0.6 `ta_func/ta_CDLEVENINGSTAR.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlEveningStar } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [219, 215, 213, 214, 214, 214, 202, 202, 206, 205, 211, 219, 219],
 *   high: [219, 215, 218, 219, 214, 217, 207, 202, 209, 220, 217, 220, 220],
 *   low: [215, 200, 201, 212, 208, 210, 197, 202, 201, 193, 203, 218, 209],
 *   close: [215, 212, 213, 218, 208, 211, 202, 202, 206, 219, 215, 219, 209],
 * }
 * cdlEveningStar(bars)[12] // -100
 * ```
 */
export function cdlEveningStar(bars: CandleInput, options?: PenetrationPatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlEveningStar}: `update(bar)` returns the value `cdlEveningStar` gives the newest bar (0 until
 * more than 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLEVENINGSTAR.c`.
 *
 * @example
 * ```ts
 * import { CDLEVENINGSTAR } from '@aitrade/indicators'
 *
 * const detector = new CDLEVENINGSTAR({ penetration: 0.3 })
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLEVENINGSTAR extends CandlePatternStream {
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
