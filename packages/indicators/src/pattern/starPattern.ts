// The evening and morning star patterns of TA-Lib (ta_CDLEVENINGSTAR.c, ta_CDLEVENINGDOJISTAR.c,
// ta_CDLMORNINGSTAR.c, ta_CDLMORNINGDOJISTAR.c): the same three-candle shape, the doji variants judging the star
// against `bodyDoji` instead of `bodyShort`. Internal to the package: not exported from the entry.
import type { CandlePatternDef } from './candlePattern.js'
import { candleAverage as avg, cl, color, realBody, realBodyGapDown, realBodyGapUp } from './candleRange.js'
import { type CandleSetting, CANDLE_SETTINGS as S } from './candleSettings.js'

function starTotals(star: CandleSetting): CandlePatternDef['totals'] {
  return [
    [S.bodyLong, 2],
    [star, 1],
    [S.bodyShort, 0],
  ]
}

function starLookback(star: CandleSetting): number {
  return Math.max(star.avgPeriod, S.bodyLong.avgPeriod, S.bodyShort.avgPeriod) + 2
}

/**
 * Evening (doji) star: long white candle, `star` body gapping up, black candle closing more than `penetration` of
 * the first body into it; `-100` on the third candle.
 */
export function eveningStarDef(name: string, star: CandleSetting): CandlePatternDef {
  return {
    name,
    lookback: starLookback(star),
    totals: starTotals(star),
    penetration: 0.3,
    evaluate(b, i, tot, _state, _t, penetration) {
      return realBody(b, i - 2) > avg(S.bodyLong, tot, 0, b, i - 2) &&
        color(b, i - 2) === 1 &&
        realBody(b, i - 1) <= avg(star, tot, 1, b, i - 1) &&
        realBodyGapUp(b, i - 1, i - 2) &&
        realBody(b, i) > avg(S.bodyShort, tot, 2, b, i) &&
        color(b, i) === -1 &&
        cl(b, i) < cl(b, i - 2) - realBody(b, i - 2) * penetration
        ? -100
        : 0
    },
  }
}

/**
 * Morning (doji) star: long black candle, `star` body gapping down, white candle closing more than `penetration` of
 * the first body into it; `100` on the third candle.
 */
export function morningStarDef(name: string, star: CandleSetting): CandlePatternDef {
  return {
    name,
    lookback: starLookback(star),
    totals: starTotals(star),
    penetration: 0.3,
    evaluate(b, i, tot, _state, _t, penetration) {
      return realBody(b, i - 2) > avg(S.bodyLong, tot, 0, b, i - 2) &&
        color(b, i - 2) === -1 &&
        realBody(b, i - 1) <= avg(star, tot, 1, b, i - 1) &&
        realBodyGapDown(b, i - 1, i - 2) &&
        realBody(b, i) > avg(S.bodyShort, tot, 2, b, i) &&
        color(b, i) === 1 &&
        cl(b, i) > cl(b, i - 2) + realBody(b, i - 2) * penetration
        ? 100
        : 0
    },
  }
}
