import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, lo } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLSTICKSANDWICH',
  lookback: S.equal.avgPeriod + 2,
  totals: [[S.equal, 2]],
  evaluate(b, i, tot) {
    return color(b, i - 2) === -1 &&
      color(b, i - 1) === 1 &&
      color(b, i) === -1 &&
      lo(b, i - 1) > cl(b, i - 2) &&
      cl(b, i) <= cl(b, i - 2) + avg(S.equal, tot, 0, b, i - 2) &&
      cl(b, i) >= cl(b, i - 2) - avg(S.equal, tot, 0, b, i - 2)
      ? 100
      : 0
  },
}

/**
 * Lookback of {@link cdlStickSandwich}: the number of leading bars that never get a value, `equal.avgPeriod + 2` over
 * TA-Lib's default {@link CANDLE_SETTINGS} (7).
 *
 * @returns 7.
 * @see TA-Lib 0.6 `TA_CDLSTICKSANDWICH_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlStickSandwichLookback } from '@aitrade/indicators'
 *
 * cdlStickSandwichLookback() // 7
 * ```
 */
export function cdlStickSandwichLookback(): number {
  return DEF.lookback
}

/**
 * Stick Sandwich (TA-Lib `CDLSTICKSANDWICH`): two black candles with equal closes around a white one. Signals on the
 * last candle of:
 * - first candle: black;
 * - second candle: white, trading above the first close (its low above it);
 * - third candle: black, closing at ("equal" to) the first close.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 on the third candle; 0 elsewhere and on the first 7 bars
 *   ({@link cdlStickSandwichLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLSTICKSANDWICH.c`; G. Morris, *Candlestick Charting Explained* (1992; 3rd ed.
 *   McGraw-Hill, 2006).
 *
 * @example
 * ```ts
 * import { cdlStickSandwich } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [255, 255, 256, 252, 254, 254, 254, 257],
 *   high: [255, 260, 257, 255, 254, 266, 265, 257],
 *   low: [238, 254, 250, 252, 251, 248, 254, 253],
 *   close: [241, 259, 250, 254, 253, 253, 262, 253],
 * }
 * cdlStickSandwich(bars)[7] // 100
 * ```
 */
export function cdlStickSandwich(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlStickSandwich}: `update(bar)` returns the value `cdlStickSandwich` gives the newest bar (0
 * until more than 7 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLSTICKSANDWICH.c`.
 *
 * @example
 * ```ts
 * import { CDLSTICKSANDWICH } from '@aitrade/indicators'
 *
 * const detector = new CDLSTICKSANDWICH()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLSTICKSANDWICH extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
