import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { cl, color, op } from './candleRange.js'

const DEF: CandlePatternDef = {
  name: 'CDL3OUTSIDE',
  lookback: 3,
  totals: [],
  evaluate(b, i) {
    return (color(b, i - 1) === 1 &&
      color(b, i - 2) === -1 &&
      cl(b, i - 1) > op(b, i - 2) &&
      op(b, i - 1) < cl(b, i - 2) &&
      cl(b, i) > cl(b, i - 1)) ||
      (color(b, i - 1) === -1 &&
        color(b, i - 2) === 1 &&
        op(b, i - 1) > cl(b, i - 2) &&
        cl(b, i - 1) < op(b, i - 2) &&
        cl(b, i) < cl(b, i - 1))
      ? color(b, i - 1) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdl3Outside}: the number of leading bars that never get a value, 3 (fixed).
 *
 * @returns 3.
 * @see TA-Lib 0.6 `TA_CDL3OUTSIDE_Lookback`.
 *
 * @example
 * ```ts
 * import { cdl3OutsideLookback } from '@aitrade/indicators'
 *
 * cdl3OutsideLookback() // 3
 * ```
 */
export function cdl3OutsideLookback(): number {
  return DEF.lookback
}

/**
 * Three Outside Up/Down (TA-Lib `CDL3OUTSIDE`): an engulfing pattern confirmed by a third candle. Signals on the last
 * candle of:
 * - first candle: black (white) real body;
 * - second candle: white (black) real body engulfing the first;
 * - third candle: closing higher (lower) than the second.
 *
 * The trend before the pattern is not checked. NaN prices make the comparisons that read them false (no signal on
 * those bars).
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 for three outside up, -100 for three outside down, on the third
 *   candle; 0 elsewhere and on the first 3 bars ({@link cdl3OutsideLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDL3OUTSIDE.c`; G. Morris, *Candlestick Charting Explained* (1992; 3rd ed. McGraw-Hill,
 *   2006).
 *
 * @example
 * ```ts
 * import { cdl3Outside } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [246, 245, 249, 241],
 *   high: [258, 257, 254, 241],
 *   low: [233, 245, 241, 230],
 *   close: [245, 245, 241, 238],
 * }
 * cdl3Outside(bars)[3] // -100
 * ```
 */
export function cdl3Outside(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdl3Outside}: `update(bar)` returns the value `cdl3Outside` gives the newest bar (0 until more
 * than 3 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state
 * across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDL3OUTSIDE.c`.
 *
 * @example
 * ```ts
 * import { CDL3OUTSIDE } from '@aitrade/indicators'
 *
 * const detector = new CDL3OUTSIDE()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDL3OUTSIDE extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
