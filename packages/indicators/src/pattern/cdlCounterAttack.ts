import {
  type CandleInput,
  type CandlePatternDef,
  type CandlePatternOptions,
  CandlePatternStream,
  runCandlePattern,
} from './candlePattern.js'
import { candleAverage as avg, cl, color, realBody } from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

const DEF: CandlePatternDef = {
  name: 'CDLCOUNTERATTACK',
  lookback: Math.max(S.equal.avgPeriod, S.bodyLong.avgPeriod) + 1,
  totals: [
    [S.equal, 1],
    [S.bodyLong, 1],
    [S.bodyLong, 0],
  ],
  evaluate(b, i, tot) {
    return color(b, i - 1) === -color(b, i) &&
      realBody(b, i - 1) > avg(S.bodyLong, tot, 1, b, i - 1) &&
      realBody(b, i) > avg(S.bodyLong, tot, 2, b, i) &&
      cl(b, i) <= cl(b, i - 1) + avg(S.equal, tot, 0, b, i - 1) &&
      cl(b, i) >= cl(b, i - 1) - avg(S.equal, tot, 0, b, i - 1)
      ? color(b, i) * 100
      : 0
  },
}

/**
 * Lookback of {@link cdlCounterAttack}: the number of leading bars that never get a value, `max(equal.avgPeriod,
 * bodyLong.avgPeriod) + 1` over TA-Lib's default {@link CANDLE_SETTINGS} (11).
 *
 * @returns 11.
 * @see TA-Lib 0.6 `TA_CDLCOUNTERATTACK_Lookback`.
 *
 * @example
 * ```ts
 * import { cdlCounterAttackLookback } from '@aitrade/indicators'
 *
 * cdlCounterAttackLookback() // 11
 * ```
 */
export function cdlCounterAttackLookback(): number {
  return DEF.lookback
}

/**
 * Counterattack (TA-Lib `CDLCOUNTERATTACK`): two long opposite candles closing at the same price. Signals on the last
 * candle of:
 * - first candle: long black (white);
 * - second candle: long white (black) whose close equals the first close.
 *
 * "Long", "short", "doji", "very short", "near", "far" and "equal" compare a candle with the average of the candles
 * before it, as set by {@link CANDLE_SETTINGS}; the trend before the pattern is not checked. NaN prices make the
 * comparisons that read them false; as in TA-Lib, a NaN also stays in the running candle averages, so conditions that
 * use those averages never hold again for the rest of the series.
 *
 * @param bars - Open, high, low and close prices in quote currency, oldest first, all of the same length (volume is
 *   not read).
 * @param options - `out`: preallocated `Int32Array` of at least the input's length.
 * @returns `Int32Array` of the input's length: 100 when bullish (second white), -100 when bearish, on the second
 *   candle; 0 elsewhere and on the first 11 bars ({@link cdlCounterAttackLookback}).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `bars.<field>` when a price array is
 *   missing or differs in length, `out` when it is too short.
 * @see TA-Lib 0.6 `ta_func/ta_CDLCOUNTERATTACK.c`; S. Nison, *Japanese Candlestick Charting Techniques* (New York
 *   Institute of Finance, 1991).
 *
 * @example
 * ```ts
 * import { cdlCounterAttack } from '@aitrade/indicators'
 *
 * const bars = {
 *   open: [66, 66, 67, 61, 75, 77, 71, 85, 85, 83, 85, 97],
 *   high: [66, 68, 75, 76, 81, 89, 87, 88, 85, 85, 92, 100],
 *   low: [65, 66, 60, 60, 72, 77, 69, 82, 83, 71, 82, 90],
 *   close: [65, 67, 61, 75, 78, 77, 85, 85, 83, 85, 91, 91],
 * }
 * cdlCounterAttack(bars)[11] // -100
 * ```
 */
export function cdlCounterAttack(bars: CandleInput, options?: CandlePatternOptions): Int32Array {
  return runCandlePattern(DEF, bars, options)
}

/**
 * Streaming {@link cdlCounterAttack}: `update(bar)` returns the value `cdlCounterAttack` gives the newest bar (0
 * until more than 11 bars have been seen), `replace(bar)` revises the still-forming bar, `snapshot()`/`restore()`
 * carry the state across restarts. Constant work per bar, no allocation.
 *
 * @see TA-Lib 0.6 `ta_func/ta_CDLCOUNTERATTACK.c`.
 *
 * @example
 * ```ts
 * import { CDLCOUNTERATTACK } from '@aitrade/indicators'
 *
 * const detector = new CDLCOUNTERATTACK()
 * detector.update({ open: 100, high: 102, low: 99, close: 101 }) // 0 while warming up
 * detector.isReady // false
 * ```
 */
export class CDLCOUNTERATTACK extends CandlePatternStream {
  constructor() {
    super(DEF)
  }
}
