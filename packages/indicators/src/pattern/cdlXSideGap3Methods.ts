import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { cl, cmax, cmin, color, op, realBodyGapDown, realBodyGapUp } from './candleRange.js'

const DEF: CandlePatternDef = {
  name: 'CDLXSIDEGAP3METHODS',
  lookback: 2,
  totals: [],
  evaluate(b, i) {
    return color(b, i - 2) === color(b, i - 1) &&
      color(b, i - 1) === -color(b, i) &&
      op(b, i) < cmax(cl(b, i - 1), op(b, i - 1)) &&
      op(b, i) > cmin(cl(b, i - 1), op(b, i - 1)) &&
      cl(b, i) < cmax(cl(b, i - 2), op(b, i - 2)) &&
      cl(b, i) > cmin(cl(b, i - 2), op(b, i - 2)) &&
      ((color(b, i - 2) === 1 && realBodyGapUp(b, i - 1, i - 2)) ||
        (color(b, i - 2) === -1 && realBodyGapDown(b, i - 1, i - 2)))
      ? color(b, i - 2) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdlXSideGap3Methods}: the number of leading bars that never get a value, 2 (fixed).
 *
 * @returns 2.
 * @see TA-Lib 0.6 `TA_CDLXSIDEGAP3METHODS_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlXSideGap3MethodsLookback } from '@aitrade/indicators'
 *
 * cdlXSideGap3MethodsLookback() // 2
 * ```
 */
export function cdlXSideGap3MethodsLookback(): number {
  return DEF.lookback
}

/**
 * Upside/Downside Gap Three Methods (TA-Lib `CDLXSIDEGAP3METHODS`): a gap filled by a counter-trend third candle.
 * Signals on the last candle of:
 * - first and second candles: white (black), the second body gapping up (down);
 * - third candle: of the other colour, opening inside the second body and closing inside the first body.
 *
 * The trend before the pattern is not checked. NaN prices make the comparisons that read them false (no signal on
 * those bars).
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 for the upside version (white candles), -100 for the downside
 *   version, on the third candle; 0 elsewhere and on the first 2 bars ({@link cdlXSideGap3MethodsLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLXSIDEGAP3METHODS.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlXSideGap3Methods } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [298, 311, 315],
 *   high: [316, 331, 315],
 *   low: [298, 311, 300],
 *   close: [308, 319, 301],
 * }
 * cdlXSideGap3Methods(bars)[2] // 100
 * ```
 */
export function cdlXSideGap3Methods(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlXSideGap3Methods}: `update(bar)` returns the value `cdlXSideGap3Methods` gives the newest bar
 * (0 until more than 2 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLXSIDEGAP3METHODS.c`.
 *
 * @example
 * ```ts
 * import { CDLXSIDEGAP3METHODS } from '@aitrade/indicators'
 *
 * const detector = new CDLXSIDEGAP3METHODS()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLXSIDEGAP3METHODS extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
