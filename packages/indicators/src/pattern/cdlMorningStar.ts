import {
  type CandleInput,
  CandlePatternStream,
  type PenetrationOptions,
  type PenetrationPatternOptions,
  runCandlePattern,
} from './candlePattern.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'
import { morningStarDef } from './starPattern.js'

const DEF = morningStarDef('CDLMORNINGSTAR', S.bodyShort)

/**
 * Lookback of {@link cdlMorningStar}: the number of leading bars that never get a value, `max(bodyShort.avgPeriod,
 * bodyLong.avgPeriod) + 2` over TA-Lib's default {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDLMORNINGSTAR_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlMorningStarLookback } from '@aitrade/indicators'
 *
 * cdlMorningStarLookback() // 12
 * ```
 */
export function cdlMorningStarLookback(): number {
  return DEF.lookback
}

/**
 * Morning Star (TA-Lib `CDLMORNINGSTAR`): a bullish bottom: long black candle, star, white candle. Signals on the
 * last candle of:
 * - first candle: long black;
 * - second candle: short real body gapping down;
 * - third candle: white, longer than short, closing inside the first body by more than `penetration` × the first
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
 * @returns `Int32Array` of the input's length: 100 on the third candle; 0 elsewhere and on the first 12 bars
 *   ({@link cdlMorningStarLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short, `penetration` when it is not a number in [0, 3e37].
 * @see TA-Lib 0.6 `ta_func/ta_CDLMORNINGSTAR.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlMorningStar } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [271, 271, 272, 272, 271, 274, 274, 274, 271, 273, 263, 256, 257],
 *   high: [273, 273, 280, 272, 271, 274, 274, 282, 279, 276, 263, 257, 275],
 *   low: [259, 270, 271, 267, 270, 266, 262, 273, 268, 263, 257, 256, 255],
 *   close: [271, 271, 272, 270, 270, 266, 264, 274, 279, 263, 259, 257, 263],
 * }
 * cdlMorningStar(bars)[12] // 100
 * ```
 */
export function cdlMorningStar(bars: CandleInput, options?: PenetrationPatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlMorningStar}: `update(bar)` returns the value `cdlMorningStar` gives the newest bar (0 until
 * more than 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLMORNINGSTAR.c`.
 *
 * @example
 * ```ts
 * import { CDLMORNINGSTAR } from '@aitrade/indicators'
 *
 * const detector = new CDLMORNINGSTAR({ penetration: 0.3 })
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLMORNINGSTAR extends CandlePatternStream {
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
