import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { cl, color, op } from './candleRange.js'

const DEF: CandlePatternDef = {
  name: 'CDLENGULFING',
  lookback: 2,
  totals: [],
  evaluate(b, i) {
    if (
      (color(b, i) === 1 &&
        color(b, i - 1) === -1 &&
        ((cl(b, i) >= op(b, i - 1) && op(b, i) < cl(b, i - 1)) ||
          (cl(b, i) > op(b, i - 1) && op(b, i) <= cl(b, i - 1)))) ||
      (color(b, i) === -1 &&
        color(b, i - 1) === 1 &&
        ((op(b, i) >= cl(b, i - 1) && cl(b, i) < op(b, i - 1)) ||
          (op(b, i) > cl(b, i - 1) && cl(b, i) <= op(b, i - 1))))
    ) {
      return op(b, i) !== cl(b, i - 1) && cl(b, i) !== op(b, i - 1) ? color(b, i) * 100 : color(b, i) * 80
    }
    return 0
  },
}

/**
 * Lookback of {@link cdlEngulfing}: the number of leading bars that never get a value, 2 (fixed).
 *
 * @returns 2.
 * @see TA-Lib 0.6 `TA_CDLENGULFING_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlEngulfingLookback } from '@aitrade/indicators'
 *
 * cdlEngulfingLookback() // 2
 * ```
 */
export function cdlEngulfingLookback(): number {
  return DEF.lookback
}

/**
 * Engulfing Pattern (TA-Lib `CDLENGULFING`): a real body engulfing the prior, opposite-coloured real body. Signals on
 * the last candle of:
 * - first candle: black (white) real body;
 * - second candle: white (black) real body that engulfs the first (one end may match, as Greg Morris allows).
 *
 * The trend before the pattern is not checked. NaN prices make the comparisons that read them false (no signal on
 * those bars).
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 (bullish) or -100 (bearish) when the second body strictly engulfs
 *   the first, ±80 when the bodies match on one end; 0 elsewhere and on the first 2 bars
 *   ({@link cdlEngulfingLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLENGULFING.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlEngulfing } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [231, 231, 239],
 *   high: [234, 243, 251],
 *   low: [229, 231, 222],
 *   close: [231, 235, 225],
 * }
 * cdlEngulfing(bars)[2] // -100
 * ```
 */
export function cdlEngulfing(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlEngulfing}: `update(bar)` returns the value `cdlEngulfing` gives the newest bar (0 until more
 * than 2 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state
 * across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLENGULFING.c`.
 *
 * @example
 * ```ts
 * import { CDLENGULFING } from '@aitrade/indicators'
 *
 * const detector = new CDLENGULFING()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLENGULFING extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
