import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, hi, lowerShadow, op } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDL3BLACKCROWS',
  lookback: S.shadowVeryShort.avgPeriod + 3,
  totals: [
    [S.shadowVeryShort, 2],
    [S.shadowVeryShort, 1],
    [S.shadowVeryShort, 0],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 3) === 1 &&
      color(b, i - 2) === -1 &&
      lowerShadow(b, i - 2) < avg(S.shadowVeryShort, tot, 0, b, i - 2) &&
      color(b, i - 1) === -1 &&
      lowerShadow(b, i - 1) < avg(S.shadowVeryShort, tot, 1, b, i - 1) &&
      color(b, i) === -1 &&
      lowerShadow(b, i) < avg(S.shadowVeryShort, tot, 2, b, i) &&
      op(b, i - 1) < op(b, i - 2) &&
      op(b, i - 1) > cl(b, i - 2) &&
      op(b, i) < op(b, i - 1) &&
      op(b, i) > cl(b, i - 1) &&
      hi(b, i - 3) > cl(b, i - 2) &&
      cl(b, i - 2) > cl(b, i - 1) &&
      cl(b, i - 1) > cl(b, i)
      ? -100
      : 0
  },
}

/**
 * Lookback of {@link cdl3BlackCrows}: the number of leading bars that never get a value, `shadowVeryShort.avgPeriod +
 * 3` over TA-Lib's default {@link CANDLE_SETTINGS} (13).
 *
 * @returns 13.
 * @see TA-Lib 0.6 `TA_CDL3BLACKCROWS_Lookback`.
 *
 * @example
 * ```ts
 * import { cdl3BlackCrowsLookback } from '@aitrade/indicators'
 *
 * cdl3BlackCrowsLookback() // 13
 * ```
 */
export function cdl3BlackCrowsLookback(): number {
  return DEF.lookback
}

/**
 * Three Black Crows (TA-Lib `CDL3BLACKCROWS`): a bearish reversal: three declining black candles after a white one.
 * Signals on the last candle of:
 * - a white candle, then three black candles with consecutively lower closes;
 * - each black candle has no or a very short lower shadow;
 * - the second and third black candles open inside the prior black candle's real body;
 * - the first black candle closes below the white candle's high.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: -100 on the third black candle; 0 elsewhere and on the first 13 bars
 *   ({@link cdl3BlackCrowsLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDL3BLACKCROWS.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdl3BlackCrows } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 105, 103, 101],
 *   high: [102, 102, 102, 102, 102, 102, 102, 102, 102, 102, 106, 105.5, 103, 101],
 *   low: [99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99.5, 101, 99, 97],
 *   close: [101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 104, 101, 99, 97],
 * }
 * cdl3BlackCrows(bars)[13] // -100
 * ```
 */
export function cdl3BlackCrows(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdl3BlackCrows}: `update(bar)` returns the value `cdl3BlackCrows` gives the newest bar (0 until
 * more than 13 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDL3BLACKCROWS.c`.
 *
 * @example
 * ```ts
 * import { CDL3BLACKCROWS } from '@aitrade/indicators'
 *
 * const detector = new CDL3BLACKCROWS()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDL3BLACKCROWS extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
