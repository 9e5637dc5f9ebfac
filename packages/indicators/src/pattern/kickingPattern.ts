// TA-Lib's kicking and kicking-by-length (ta_CDLKICKING.c, ta_CDLKICKINGBYLENGTH.c): the same two marubozu of
// opposite colour with a gap; they differ only in whose colour gives the direction. Internal to the package: not
// exported from the entry.
import type { CandlePatternDef } from './candlePattern.js'
import {
  candleAverage as avg,
  candleGapDown,
  candleGapUp,
  color,
  lowerShadow,
  realBody,
  upperShadow,
} from './candleRange.js'
import { CANDLE_SETTINGS as S } from './candleSettings.js'

/**
 * Kicking: a marubozu, then a marubozu of the other colour gapping away from it; `±100` in the colour of the second
 * candle, or with `byLength` of the candle with the longer real body.
 */
export function kickingDef(name: string, byLength: boolean): CandlePatternDef {
  return {
    name,
    lookback: Math.max(S.shadowVeryShort.avgPeriod, S.bodyLong.avgPeriod) + 1,
    totals: [
      [S.shadowVeryShort, 1],
      [S.shadowVeryShort, 0],
      [S.bodyLong, 1],
      [S.bodyLong, 0],
    ],
    evaluate(b, i, tot) {
      if (
        color(b, i - 1) === -color(b, i) &&
        realBody(b, i - 1) > avg(S.bodyLong, tot, 2, b, i - 1) &&
        upperShadow(b, i - 1) < avg(S.shadowVeryShort, tot, 0, b, i - 1) &&
        lowerShadow(b, i - 1) < avg(S.shadowVeryShort, tot, 0, b, i - 1) &&
        realBody(b, i) > avg(S.bodyLong, tot, 3, b, i) &&
        upperShadow(b, i) < avg(S.shadowVeryShort, tot, 1, b, i) &&
        lowerShadow(b, i) < avg(S.shadowVeryShort, tot, 1, b, i) &&
        ((color(b, i - 1) === -1 && candleGapUp(b, i, i - 1)) || (color(b, i - 1) === 1 && candleGapDown(b, i, i - 1)))
      ) {
        return byLength ? color(b, realBody(b, i) > realBody(b, i - 1) ? i : i - 1) * 100 : color(b, i) * 100
      }
      return 0
    },
  }
}
