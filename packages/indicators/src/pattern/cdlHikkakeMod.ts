import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, hi, lo } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLHIKKAKEMOD',
  lookback: Math.max(1, S.near.avgPeriod) + 5,
  totals: [[S.near, 2]],
  preRoll: 3,
  stateSize: 2,
  evaluate(b, i, tot, state, t) {
    if (
      hi(b, i - 2) < hi(b, i - 3) &&
      lo(b, i - 2) > lo(b, i - 3) &&
      hi(b, i - 1) < hi(b, i - 2) &&
      lo(b, i - 1) > lo(b, i - 2) &&
      ((hi(b, i) < hi(b, i - 1) &&
        lo(b, i) < lo(b, i - 1) &&
        cl(b, i - 2) <= lo(b, i - 2) + avg(S.near, tot, 0, b, i - 2)) ||
        (hi(b, i) > hi(b, i - 1) &&
          lo(b, i) > lo(b, i - 1) &&
          cl(b, i - 2) >= hi(b, i - 2) - avg(S.near, tot, 0, b, i - 2)))
    ) {
      const result = 100 * (hi(b, i) < hi(b, i - 1) ? 1 : -1)
      state[0] = t
      state[1] = result
      return result
    }
    const patternIdx = state[0] as number
    const patternResult = state[1] as number
    const second = i - t + patternIdx - 1 // bar patternIdx − 1
    if (
      t <= patternIdx + 3 &&
      ((patternResult > 0 && cl(b, i) > hi(b, second)) || (patternResult < 0 && cl(b, i) < lo(b, second)))
    ) {
      state[0] = 0
      return patternResult + 100 * (patternResult > 0 ? 1 : -1)
    }
    return 0
  },
}

/**
 * Lookback of {@link cdlHikkakeMod}: the number of leading bars that never get a value, `max(1, near.avgPeriod) + 5`
 * over TA-Lib's default {@link CANDLE_SETTINGS} (10).
 *
 * @returns 10.
 * @see TA-Lib 0.6 `TA_CDLHIKKAKEMOD_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlHikkakeModLookback } from '@aitrade/indicators'
 *
 * cdlHikkakeModLookback() // 10
 * ```
 */
export function cdlHikkakeModLookback(): number {
  return DEF.lookback
}

/**
 * Modified Hikkake Pattern (TA-Lib `CDLHIKKAKEMOD`): a hikkake whose inside bar follows a narrowing bar closing near
 * its extreme. Signals on the last candle of:
 * - second candle: lower high and higher low than the first, closing near its low (bullish) or its high (bearish);
 * - third candle: lower high and higher low than the second;
 * - fourth candle: lower high and lower low (bullish) or higher high and higher low (bearish) than the third;
 * - confirmation within the next three candles: a close above the third candle's high (bullish) or below its low
 *   (bearish).
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 / -100 on the set-up candle, 200 / -200 on the confirming candle
 *   (a new set-up on the same candle wins); 0 elsewhere and on the first 10 bars ({@link cdlHikkakeModLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLHIKKAKEMOD.c`; D. Chesler, "Trading False Moves with the Hikkake Pattern", *Active
 *   Trader* (April 2004).
 *
 * @example
 * ```ts
 * import { cdlHikkakeMod } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [87, 87, 87, 87, 88, 89, 97, 100, 95, 96, 96],
 *   high: [87, 90, 88, 100, 98, 97, 113, 103, 101, 99, 97],
 *   low: [87, 82, 86, 87, 88, 81, 96, 86, 95, 96, 86],
 *   close: [87, 83, 87, 88, 98, 97, 105, 86, 96, 96, 88],
 * }
 * cdlHikkakeMod(bars)[10] // 100
 * ```
 */
export function cdlHikkakeMod(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlHikkakeMod}: `update(bar)` returns the value `cdlHikkakeMod` gives the newest bar (0 until more
 * than 10 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the
 * state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLHIKKAKEMOD.c`.
 *
 * @example
 * ```ts
 * import { CDLHIKKAKEMOD } from '@aitrade/indicators'
 *
 * const detector = new CDLHIKKAKEMOD()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLHIKKAKEMOD extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
