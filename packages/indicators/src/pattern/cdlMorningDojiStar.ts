import {
  type CandleInput,
  CandlePatternStream,
  type PenetrationOptions,
  type PenetrationPatternOptions,
  runCandlePattern,
} from './candlePattern.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'
import { morningStarDef } from './starPattern.js'

const DEF = morningStarDef('CDLMORNINGDOJISTAR', S.bodyDoji)

/**
 * Lookback of {@link cdlMorningDojiStar}: the number of leading bars that never get a value, `max(bodyDoji.avgPeriod,
 * bodyLong.avgPeriod, bodyShort.avgPeriod) + 2` over TA-Lib's default {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDLMORNINGDOJISTAR_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlMorningDojiStarLookback } from '@aitrade/indicators'
 *
 * cdlMorningDojiStarLookback() // 12
 * ```
 */
export function cdlMorningDojiStarLookback(): number {
  return DEF.lookback
}

/**
 * Morning Doji Star (TA-Lib `CDLMORNINGDOJISTAR`): a bullish bottom: long black candle, doji star, white candle.
 * Signals on the last candle of:
 * - first candle: long black;
 * - second candle: doji gapping down;
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
 *   ({@link cdlMorningDojiStarLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short, `penetration` when it is not a number in [0, 3e37].
 * @see TA-Lib 0.6 `ta_func/ta_CDLMORNINGDOJISTAR.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlMorningDojiStar } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [219, 211, 216, 210, 204, 204, 201, 198, 202, 203, 209, 193, 190],
 *   high: [220, 219, 228, 211, 204, 207, 201, 203, 203, 203, 221, 201, 204],
 *   low: [219, 210, 213, 207, 186, 201, 198, 196, 199, 201, 187, 192, 178],
 *   close: [220, 210, 216, 208, 198, 201, 198, 202, 199, 203, 199, 193, 204],
 * }
 * cdlMorningDojiStar(bars)[12] // 100
 * ```
 */
export function cdlMorningDojiStar(bars: CandleInput, options?: PenetrationPatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlMorningDojiStar}: `update(bar)` returns the value `cdlMorningDojiStar` gives the newest bar (0
 * until more than 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLMORNINGDOJISTAR.c`.
 *
 * @example
 * ```ts
 * import { CDLMORNINGDOJISTAR } from '@aitrade/indicators'
 *
 * const detector = new CDLMORNINGDOJISTAR({ penetration: 0.3 })
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLMORNINGDOJISTAR extends CandlePatternStream {
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
