// TA-Lib's harami and harami cross (ta_CDLHARAMI.c, ta_CDLHARAMICROSS.c): the same two-candle shape, the cross
// judging the second candle against `bodyDoji` instead of `bodyShort`. Internal to the package: not exported from the
// entry.
import type { CandlePatternDef } from './candlePattern.js'
import { candleAverage as avg, cl, cmax, cmin, color, op, realBody } from './candleRange.js'
import { type CandleSetting, CANDLE_SETTINGS as S } from './candleSettings.js'

/**
 * Harami (cross): a long candle, then an `inner` one whose body lies inside the first body; `±100` against the first
 * candle's colour, `±80` when the bodies share an edge.
 */
export function haramiDef(name: string, inner: CandleSetting): CandlePatternDef {
  return {
    name,
    lookback: Math.max(inner.avgPeriod, S.bodyLong.avgPeriod) + 1,
    totals: [
      [S.bodyLong, 1],
      [inner, 0],
    ],
    evaluate(b, i, tot) {
      if (realBody(b, i - 1) > avg(S.bodyLong, tot, 0, b, i - 1) && realBody(b, i) <= avg(inner, tot, 1, b, i)) {
        if (
          cmax(cl(b, i), op(b, i)) < cmax(cl(b, i - 1), op(b, i - 1)) &&
          cmin(cl(b, i), op(b, i)) > cmin(cl(b, i - 1), op(b, i - 1))
        ) {
          return -color(b, i - 1) * 100
        }
        if (
          cmax(cl(b, i), op(b, i)) <= cmax(cl(b, i - 1), op(b, i - 1)) &&
          cmin(cl(b, i), op(b, i)) >= cmin(cl(b, i - 1), op(b, i - 1))
        ) {
          return -color(b, i - 1) * 80
        }
      }
      return 0
    },
  }
}
