import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLMATCHINGLOW',
  lookback: S.equal.avgPeriod + 1,
  totals: [[S.equal, 1]],
  evaluate(b, i, tot) {
    return color(b, i - 1) === -1 &&
      color(b, i) === -1 &&
      cl(b, i) <= cl(b, i - 1) + avg(S.equal, tot, 0, b, i - 1) &&
      cl(b, i) >= cl(b, i - 1) - avg(S.equal, tot, 0, b, i - 1)
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdlMatchingLow}: the number of leading bars that never get a value, `equal.avgPeriod + 1` over
 * TA-Lib's default {@link CANDLE_SETTINGS} (6).
 *
 * @returns 6.
 * @see TA-Lib 0.6 `TA_CDLMATCHINGLOW_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlMatchingLowLookback } from '@aitrade/indicators'
 *
 * cdlMatchingLowLookback() // 6
 * ```
 */
export function cdlMatchingLowLookback(): number {
  return DEF.lookback
}

/**
 * Matching Low (TA-Lib `CDLMATCHINGLOW`): two black candles closing at the same price. Signals on the last candle of:
 * - first candle: black;
 * - second candle: black, closing at ("equal" to) the first close.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 on the second candle; 0 elsewhere and on the first 6 bars
 *   ({@link cdlMatchingLowLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLMATCHINGLOW.c`; G. Morris, *Candlestick Charting Explained* (1992; 3rd ed.
 *   McGraw-Hill, 2006).
 *
 * @example
 * ```ts
 * import { cdlMatchingLow } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [205, 211, 219, 219, 214, 214, 211],
 *   high: [220, 217, 220, 220, 215, 214, 211],
 *   low: [193, 203, 218, 209, 207, 208, 210],
 *   close: [219, 215, 219, 209, 208, 210, 210],
 * }
 * cdlMatchingLow(bars)[6] // 100
 * ```
 */
export function cdlMatchingLow(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlMatchingLow}: `update(bar)` returns the value `cdlMatchingLow` gives the newest bar (0 until
 * more than 6 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLMATCHINGLOW.c`.
 *
 * @example
 * ```ts
 * import { CDLMATCHINGLOW } from '@aitrade/indicators'
 *
 * const detector = new CDLMATCHINGLOW()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLMATCHINGLOW extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
