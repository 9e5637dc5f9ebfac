import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { cl, hi, lo } from './candleRange.js'

const DEF: CandlePatternDef = {
  name: 'CDLHIKKAKE',
  lookback: 5,
  totals: [],
  preRoll: 3,
  stateSize: 2,
  evaluate(b, i, _tot, state, t) {
    if (
      hi(b, i - 1) < hi(b, i - 2) &&
      lo(b, i - 1) > lo(b, i - 2) &&
      ((hi(b, i) < hi(b, i - 1) && lo(b, i) < lo(b, i - 1)) || (hi(b, i) > hi(b, i - 1) && lo(b, i) > lo(b, i - 1)))
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
 * Lookback of {@link cdlHikkake}: the number of leading bars that never get a value, 5 (fixed).
 *
 * @returns 5.
 * @see TA-Lib 0.6 `TA_CDLHIKKAKE_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlHikkakeLookback } from '@aitrade/indicators'
 *
 * cdlHikkakeLookback() // 5
 * ```
 */
export function cdlHikkakeLookback(): number {
  return DEF.lookback
}

/**
 * Hikkake Pattern (TA-Lib `CDLHIKKAKE`): a false break-out of an inside bar. Signals on the last candle of:
 * - first and second candles: an inside bar (the second has a lower high and a higher low);
 * - third candle: lower high and lower low (bullish set-up) or higher high and higher low (bearish set-up);
 * - confirmation within the next three candles: a close above the second candle's high (bullish) or below its low
 *   (bearish).
 *
 * The trend before the pattern is not checked. NaN prices make the comparisons that read them false (no signal on
 * those bars).
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 / -100 on the set-up candle, 200 / -200 on the confirming candle
 *   (a new set-up on the same candle wins); 0 elsewhere and on the first 5 bars ({@link cdlHikkakeLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLHIKKAKE.c`; D. Chesler, "Trading False Moves with the Hikkake Pattern", *Active
 *   Trader* (April 2004).
 *
 * @example
 * ```ts
 * import { cdlHikkake } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [227, 240, 244, 246, 245, 249],
 *   high: [237, 244, 253, 258, 257, 254],
 *   low: [227, 240, 244, 233, 245, 241],
 *   close: [237, 244, 250, 245, 245, 241],
 * }
 * cdlHikkake(bars)[5] // 100
 * ```
 */
export function cdlHikkake(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlHikkake}: `update(bar)` returns the value `cdlHikkake` gives the newest bar (0 until more than
 * 5 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state
 * across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLHIKKAKE.c`.
 *
 * @example
 * ```ts
 * import { CDLHIKKAKE } from '@aitrade/indicators'
 *
 * const detector = new CDLHIKKAKE()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLHIKKAKE extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
