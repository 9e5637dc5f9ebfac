import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, cmax, cmin, op, realBody, realBodyGapDown, realBodyGapUp } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLTRISTAR',
  lookback: S.bodyDoji.avgPeriod + 2,
  totals: [[S.bodyDoji, 2]],
  evaluate(b, i, tot) {
    if (
      realBody(b, i - 2) <= avg(S.bodyDoji, tot, 0, b, i - 2) &&
      realBody(b, i - 1) <= avg(S.bodyDoji, tot, 0, b, i - 2) &&
      realBody(b, i) <= avg(S.bodyDoji, tot, 0, b, i - 2)
    ) {
      let result = 0
      if (realBodyGapUp(b, i - 1, i - 2) && cmax(op(b, i), cl(b, i)) < cmax(op(b, i - 1), cl(b, i - 1))) result = -100
      if (realBodyGapDown(b, i - 1, i - 2) && cmin(op(b, i), cl(b, i)) > cmin(op(b, i - 1), cl(b, i - 1))) result = 100
      return result
    }
    return 0
  },
}

/**
 * Lookback of {@link cdlTristar}: the number of leading bars that never get a value, `bodyDoji.avgPeriod + 2` over
 * TA-Lib's default {@link CANDLE_SETTINGS} (12).
 *
 * @returns 12.
 * @see TA-Lib 0.6 `TA_CDLTRISTAR_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlTristarLookback } from '@aitrade/indicators'
 *
 * cdlTristarLookback() // 12
 * ```
 */
export function cdlTristarLookback(): number {
  return DEF.lookback
}

/**
 * Tristar Pattern (TA-Lib `CDLTRISTAR`): three dojis, the middle one a star. Signals on the last candle of:
 * - three dojis (each judged against the average before the first);
 * - the second gaps up with the third not higher (bearish), or gaps down with the third not lower (bullish).
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: -100 (top) or 100 (bottom) on the third doji; 0 elsewhere and on the
 *   first 12 bars ({@link cdlTristarLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLTRISTAR.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York Institute
 *   of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlTristar } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [119, 118, 112, 109, 99, 99, 95, 98, 98, 98, 98, 97, 98],
 *   high: [131, 118, 124, 110, 100, 104, 100, 100, 112, 99, 110, 98, 98],
 *   low: [119, 112, 108, 99, 95, 87, 95, 86, 98, 97, 93, 84, 90],
 *   close: [119, 112, 109, 99, 95, 99, 98, 98, 112, 97, 98, 96, 98],
 * }
 * cdlTristar(bars)[12] // 100
 * ```
 */
export function cdlTristar(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlTristar}: `update(bar)` returns the value `cdlTristar` gives the newest bar (0 until more than
 * 12 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()` carry the state
 * across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLTRISTAR.c`.
 *
 * @example
 * ```ts
 * import { CDLTRISTAR } from '@aitrade/indicators'
 *
 * const detector = new CDLTRISTAR()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLTRISTAR extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
