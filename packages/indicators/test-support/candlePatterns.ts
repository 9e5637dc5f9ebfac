// Test support: the 61 TA-Lib candlestick patterns with their batch function, streaming class and lookback, for the
// TA-Lib parity test (src/pattern/patterns.test.ts) and the shared streaming contract (streamingCases.ts).
import type { CandleInput, CandlePatternOptions, PenetrationOptions } from '../src/pattern/candlePattern.js'
import { CDL2CROWS, cdl2Crows, cdl2CrowsLookback } from '../src/pattern/cdl2Crows.js'
import { CDL3BLACKCROWS, cdl3BlackCrows, cdl3BlackCrowsLookback } from '../src/pattern/cdl3BlackCrows.js'
import { CDL3INSIDE, cdl3Inside, cdl3InsideLookback } from '../src/pattern/cdl3Inside.js'
import { CDL3LINESTRIKE, cdl3LineStrike, cdl3LineStrikeLookback } from '../src/pattern/cdl3LineStrike.js'
import { CDL3OUTSIDE, cdl3Outside, cdl3OutsideLookback } from '../src/pattern/cdl3Outside.js'
import { CDL3STARSINSOUTH, cdl3StarsInSouth, cdl3StarsInSouthLookback } from '../src/pattern/cdl3StarsInSouth.js'
import { CDL3WHITESOLDIERS, cdl3WhiteSoldiers, cdl3WhiteSoldiersLookback } from '../src/pattern/cdl3WhiteSoldiers.js'
import { CDLABANDONEDBABY, cdlAbandonedBaby, cdlAbandonedBabyLookback } from '../src/pattern/cdlAbandonedBaby.js'
import { CDLADVANCEBLOCK, cdlAdvanceBlock, cdlAdvanceBlockLookback } from '../src/pattern/cdlAdvanceBlock.js'
import { CDLBELTHOLD, cdlBeltHold, cdlBeltHoldLookback } from '../src/pattern/cdlBeltHold.js'
import { CDLBREAKAWAY, cdlBreakaway, cdlBreakawayLookback } from '../src/pattern/cdlBreakaway.js'
import {
  CDLCLOSINGMARUBOZU,
  cdlClosingMarubozu,
  cdlClosingMarubozuLookback,
} from '../src/pattern/cdlClosingMarubozu.js'
import {
  CDLCONCEALBABYSWALL,
  cdlConcealBabysWall,
  cdlConcealBabysWallLookback,
} from '../src/pattern/cdlConcealBabysWall.js'
import { CDLCOUNTERATTACK, cdlCounterAttack, cdlCounterAttackLookback } from '../src/pattern/cdlCounterAttack.js'
import { CDLDARKCLOUDCOVER, cdlDarkCloudCover, cdlDarkCloudCoverLookback } from '../src/pattern/cdlDarkCloudCover.js'
import { CDLDOJI, cdlDoji, cdlDojiLookback } from '../src/pattern/cdlDoji.js'
import { CDLDOJISTAR, cdlDojiStar, cdlDojiStarLookback } from '../src/pattern/cdlDojiStar.js'
import { CDLDRAGONFLYDOJI, cdlDragonflyDoji, cdlDragonflyDojiLookback } from '../src/pattern/cdlDragonflyDoji.js'
import { CDLENGULFING, cdlEngulfing, cdlEngulfingLookback } from '../src/pattern/cdlEngulfing.js'
import {
  CDLEVENINGDOJISTAR,
  cdlEveningDojiStar,
  cdlEveningDojiStarLookback,
} from '../src/pattern/cdlEveningDojiStar.js'
import { CDLEVENINGSTAR, cdlEveningStar, cdlEveningStarLookback } from '../src/pattern/cdlEveningStar.js'
import {
  CDLGAPSIDESIDEWHITE,
  cdlGapSideSideWhite,
  cdlGapSideSideWhiteLookback,
} from '../src/pattern/cdlGapSideSideWhite.js'
import { CDLGRAVESTONEDOJI, cdlGravestoneDoji, cdlGravestoneDojiLookback } from '../src/pattern/cdlGravestoneDoji.js'
import { CDLHAMMER, cdlHammer, cdlHammerLookback } from '../src/pattern/cdlHammer.js'
import { CDLHANGINGMAN, cdlHangingMan, cdlHangingManLookback } from '../src/pattern/cdlHangingMan.js'
import { CDLHARAMI, cdlHarami, cdlHaramiLookback } from '../src/pattern/cdlHarami.js'
import { CDLHARAMICROSS, cdlHaramiCross, cdlHaramiCrossLookback } from '../src/pattern/cdlHaramiCross.js'
import { CDLHIGHWAVE, cdlHighWave, cdlHighWaveLookback } from '../src/pattern/cdlHighWave.js'
import { CDLHIKKAKE, cdlHikkake, cdlHikkakeLookback } from '../src/pattern/cdlHikkake.js'
import { CDLHIKKAKEMOD, cdlHikkakeMod, cdlHikkakeModLookback } from '../src/pattern/cdlHikkakeMod.js'
import { CDLHOMINGPIGEON, cdlHomingPigeon, cdlHomingPigeonLookback } from '../src/pattern/cdlHomingPigeon.js'
import {
  CDLIDENTICAL3CROWS,
  cdlIdentical3Crows,
  cdlIdentical3CrowsLookback,
} from '../src/pattern/cdlIdentical3Crows.js'
import { CDLINNECK, cdlInNeck, cdlInNeckLookback } from '../src/pattern/cdlInNeck.js'
import { CDLINVERTEDHAMMER, cdlInvertedHammer, cdlInvertedHammerLookback } from '../src/pattern/cdlInvertedHammer.js'
import { CDLKICKING, cdlKicking, cdlKickingLookback } from '../src/pattern/cdlKicking.js'
import {
  CDLKICKINGBYLENGTH,
  cdlKickingByLength,
  cdlKickingByLengthLookback,
} from '../src/pattern/cdlKickingByLength.js'
import { CDLLADDERBOTTOM, cdlLadderBottom, cdlLadderBottomLookback } from '../src/pattern/cdlLadderBottom.js'
import { CDLLONGLEGGEDDOJI, cdlLongLeggedDoji, cdlLongLeggedDojiLookback } from '../src/pattern/cdlLongLeggedDoji.js'
import { CDLLONGLINE, cdlLongLine, cdlLongLineLookback } from '../src/pattern/cdlLongLine.js'
import { CDLMARUBOZU, cdlMarubozu, cdlMarubozuLookback } from '../src/pattern/cdlMarubozu.js'
import { CDLMATCHINGLOW, cdlMatchingLow, cdlMatchingLowLookback } from '../src/pattern/cdlMatchingLow.js'
import { CDLMATHOLD, cdlMatHold, cdlMatHoldLookback } from '../src/pattern/cdlMatHold.js'
import {
  CDLMORNINGDOJISTAR,
  cdlMorningDojiStar,
  cdlMorningDojiStarLookback,
} from '../src/pattern/cdlMorningDojiStar.js'
import { CDLMORNINGSTAR, cdlMorningStar, cdlMorningStarLookback } from '../src/pattern/cdlMorningStar.js'
import { CDLONNECK, cdlOnNeck, cdlOnNeckLookback } from '../src/pattern/cdlOnNeck.js'
import { CDLPIERCING, cdlPiercing, cdlPiercingLookback } from '../src/pattern/cdlPiercing.js'
import { CDLRICKSHAWMAN, cdlRickshawMan, cdlRickshawManLookback } from '../src/pattern/cdlRickshawMan.js'
import {
  CDLRISEFALL3METHODS,
  cdlRiseFall3Methods,
  cdlRiseFall3MethodsLookback,
} from '../src/pattern/cdlRiseFall3Methods.js'
import {
  CDLSEPARATINGLINES,
  cdlSeparatingLines,
  cdlSeparatingLinesLookback,
} from '../src/pattern/cdlSeparatingLines.js'
import { CDLSHOOTINGSTAR, cdlShootingStar, cdlShootingStarLookback } from '../src/pattern/cdlShootingStar.js'
import { CDLSHORTLINE, cdlShortLine, cdlShortLineLookback } from '../src/pattern/cdlShortLine.js'
import { CDLSPINNINGTOP, cdlSpinningTop, cdlSpinningTopLookback } from '../src/pattern/cdlSpinningTop.js'
import { CDLSTALLEDPATTERN, cdlStalledPattern, cdlStalledPatternLookback } from '../src/pattern/cdlStalledPattern.js'
import { CDLSTICKSANDWICH, cdlStickSandwich, cdlStickSandwichLookback } from '../src/pattern/cdlStickSandwich.js'
import { CDLTAKURI, cdlTakuri, cdlTakuriLookback } from '../src/pattern/cdlTakuri.js'
import { CDLTASUKIGAP, cdlTasukiGap, cdlTasukiGapLookback } from '../src/pattern/cdlTasukiGap.js'
import { CDLTHRUSTING, cdlThrusting, cdlThrustingLookback } from '../src/pattern/cdlThrusting.js'
import { CDLTRISTAR, cdlTristar, cdlTristarLookback } from '../src/pattern/cdlTristar.js'
import { CDLUNIQUE3RIVER, cdlUnique3River, cdlUnique3RiverLookback } from '../src/pattern/cdlUnique3River.js'
import {
  CDLUPSIDEGAP2CROWS,
  cdlUpsideGap2Crows,
  cdlUpsideGap2CrowsLookback,
} from '../src/pattern/cdlUpsideGap2Crows.js'
import {
  CDLXSIDEGAP3METHODS,
  cdlXSideGap3Methods,
  cdlXSideGap3MethodsLookback,
} from '../src/pattern/cdlXSideGap3Methods.js'
import type { StreamingIndicator } from '../src/types.js'

/** One candlestick pattern: TA-Lib's name, our batch function, streaming class and lookback. */
export interface CandlePatternCase {
  /** TA-Lib function name, e.g. `'CDLENGULFING'`. */
  readonly name: string
  /** Our batch function (options: `penetration` where TA-Lib has it). */
  readonly batch: (bars: CandleInput, options?: CandlePatternOptions & PenetrationOptions) => Int32Array
  /** A fresh streaming instance with the given options. */
  readonly create: (
    options?: PenetrationOptions,
  ) => StreamingIndicator<{ open: number; high: number; low: number; close: number }, number>
  /** Our lookback function. */
  readonly lookback: () => number
  /** TA-Lib's default `optInPenetration`, for the patterns that have it. */
  readonly penetration?: number
}

/** Every TA-Lib 0.6 candlestick pattern, in TA-Lib's order. */
export const CANDLE_PATTERNS: readonly CandlePatternCase[] = [
  { name: 'CDL2CROWS', batch: cdl2Crows, create: () => new CDL2CROWS(), lookback: cdl2CrowsLookback },
  {
    name: 'CDL3BLACKCROWS',
    batch: cdl3BlackCrows,
    create: () => new CDL3BLACKCROWS(),
    lookback: cdl3BlackCrowsLookback,
  },
  { name: 'CDL3INSIDE', batch: cdl3Inside, create: () => new CDL3INSIDE(), lookback: cdl3InsideLookback },
  {
    name: 'CDL3LINESTRIKE',
    batch: cdl3LineStrike,
    create: () => new CDL3LINESTRIKE(),
    lookback: cdl3LineStrikeLookback,
  },
  { name: 'CDL3OUTSIDE', batch: cdl3Outside, create: () => new CDL3OUTSIDE(), lookback: cdl3OutsideLookback },
  {
    name: 'CDL3STARSINSOUTH',
    batch: cdl3StarsInSouth,
    create: () => new CDL3STARSINSOUTH(),
    lookback: cdl3StarsInSouthLookback,
  },
  {
    name: 'CDL3WHITESOLDIERS',
    batch: cdl3WhiteSoldiers,
    create: () => new CDL3WHITESOLDIERS(),
    lookback: cdl3WhiteSoldiersLookback,
  },
  {
    name: 'CDLABANDONEDBABY',
    batch: cdlAbandonedBaby,
    create: (o) => new CDLABANDONEDBABY(o),
    lookback: cdlAbandonedBabyLookback,
    penetration: 0.3,
  },
  {
    name: 'CDLADVANCEBLOCK',
    batch: cdlAdvanceBlock,
    create: () => new CDLADVANCEBLOCK(),
    lookback: cdlAdvanceBlockLookback,
  },
  { name: 'CDLBELTHOLD', batch: cdlBeltHold, create: () => new CDLBELTHOLD(), lookback: cdlBeltHoldLookback },
  { name: 'CDLBREAKAWAY', batch: cdlBreakaway, create: () => new CDLBREAKAWAY(), lookback: cdlBreakawayLookback },
  {
    name: 'CDLCLOSINGMARUBOZU',
    batch: cdlClosingMarubozu,
    create: () => new CDLCLOSINGMARUBOZU(),
    lookback: cdlClosingMarubozuLookback,
  },
  {
    name: 'CDLCONCEALBABYSWALL',
    batch: cdlConcealBabysWall,
    create: () => new CDLCONCEALBABYSWALL(),
    lookback: cdlConcealBabysWallLookback,
  },
  {
    name: 'CDLCOUNTERATTACK',
    batch: cdlCounterAttack,
    create: () => new CDLCOUNTERATTACK(),
    lookback: cdlCounterAttackLookback,
  },
  {
    name: 'CDLDARKCLOUDCOVER',
    batch: cdlDarkCloudCover,
    create: (o) => new CDLDARKCLOUDCOVER(o),
    lookback: cdlDarkCloudCoverLookback,
    penetration: 0.5,
  },
  { name: 'CDLDOJI', batch: cdlDoji, create: () => new CDLDOJI(), lookback: cdlDojiLookback },
  { name: 'CDLDOJISTAR', batch: cdlDojiStar, create: () => new CDLDOJISTAR(), lookback: cdlDojiStarLookback },
  {
    name: 'CDLDRAGONFLYDOJI',
    batch: cdlDragonflyDoji,
    create: () => new CDLDRAGONFLYDOJI(),
    lookback: cdlDragonflyDojiLookback,
  },
  { name: 'CDLENGULFING', batch: cdlEngulfing, create: () => new CDLENGULFING(), lookback: cdlEngulfingLookback },
  {
    name: 'CDLEVENINGDOJISTAR',
    batch: cdlEveningDojiStar,
    create: (o) => new CDLEVENINGDOJISTAR(o),
    lookback: cdlEveningDojiStarLookback,
    penetration: 0.3,
  },
  {
    name: 'CDLEVENINGSTAR',
    batch: cdlEveningStar,
    create: (o) => new CDLEVENINGSTAR(o),
    lookback: cdlEveningStarLookback,
    penetration: 0.3,
  },
  {
    name: 'CDLGAPSIDESIDEWHITE',
    batch: cdlGapSideSideWhite,
    create: () => new CDLGAPSIDESIDEWHITE(),
    lookback: cdlGapSideSideWhiteLookback,
  },
  {
    name: 'CDLGRAVESTONEDOJI',
    batch: cdlGravestoneDoji,
    create: () => new CDLGRAVESTONEDOJI(),
    lookback: cdlGravestoneDojiLookback,
  },
  { name: 'CDLHAMMER', batch: cdlHammer, create: () => new CDLHAMMER(), lookback: cdlHammerLookback },
  { name: 'CDLHANGINGMAN', batch: cdlHangingMan, create: () => new CDLHANGINGMAN(), lookback: cdlHangingManLookback },
  { name: 'CDLHARAMI', batch: cdlHarami, create: () => new CDLHARAMI(), lookback: cdlHaramiLookback },
  {
    name: 'CDLHARAMICROSS',
    batch: cdlHaramiCross,
    create: () => new CDLHARAMICROSS(),
    lookback: cdlHaramiCrossLookback,
  },
  { name: 'CDLHIGHWAVE', batch: cdlHighWave, create: () => new CDLHIGHWAVE(), lookback: cdlHighWaveLookback },
  { name: 'CDLHIKKAKE', batch: cdlHikkake, create: () => new CDLHIKKAKE(), lookback: cdlHikkakeLookback },
  { name: 'CDLHIKKAKEMOD', batch: cdlHikkakeMod, create: () => new CDLHIKKAKEMOD(), lookback: cdlHikkakeModLookback },
  {
    name: 'CDLHOMINGPIGEON',
    batch: cdlHomingPigeon,
    create: () => new CDLHOMINGPIGEON(),
    lookback: cdlHomingPigeonLookback,
  },
  {
    name: 'CDLIDENTICAL3CROWS',
    batch: cdlIdentical3Crows,
    create: () => new CDLIDENTICAL3CROWS(),
    lookback: cdlIdentical3CrowsLookback,
  },
  { name: 'CDLINNECK', batch: cdlInNeck, create: () => new CDLINNECK(), lookback: cdlInNeckLookback },
  {
    name: 'CDLINVERTEDHAMMER',
    batch: cdlInvertedHammer,
    create: () => new CDLINVERTEDHAMMER(),
    lookback: cdlInvertedHammerLookback,
  },
  { name: 'CDLKICKING', batch: cdlKicking, create: () => new CDLKICKING(), lookback: cdlKickingLookback },
  {
    name: 'CDLKICKINGBYLENGTH',
    batch: cdlKickingByLength,
    create: () => new CDLKICKINGBYLENGTH(),
    lookback: cdlKickingByLengthLookback,
  },
  {
    name: 'CDLLADDERBOTTOM',
    batch: cdlLadderBottom,
    create: () => new CDLLADDERBOTTOM(),
    lookback: cdlLadderBottomLookback,
  },
  {
    name: 'CDLLONGLEGGEDDOJI',
    batch: cdlLongLeggedDoji,
    create: () => new CDLLONGLEGGEDDOJI(),
    lookback: cdlLongLeggedDojiLookback,
  },
  { name: 'CDLLONGLINE', batch: cdlLongLine, create: () => new CDLLONGLINE(), lookback: cdlLongLineLookback },
  { name: 'CDLMARUBOZU', batch: cdlMarubozu, create: () => new CDLMARUBOZU(), lookback: cdlMarubozuLookback },
  {
    name: 'CDLMATCHINGLOW',
    batch: cdlMatchingLow,
    create: () => new CDLMATCHINGLOW(),
    lookback: cdlMatchingLowLookback,
  },
  {
    name: 'CDLMATHOLD',
    batch: cdlMatHold,
    create: (o) => new CDLMATHOLD(o),
    lookback: cdlMatHoldLookback,
    penetration: 0.5,
  },
  {
    name: 'CDLMORNINGDOJISTAR',
    batch: cdlMorningDojiStar,
    create: (o) => new CDLMORNINGDOJISTAR(o),
    lookback: cdlMorningDojiStarLookback,
    penetration: 0.3,
  },
  {
    name: 'CDLMORNINGSTAR',
    batch: cdlMorningStar,
    create: (o) => new CDLMORNINGSTAR(o),
    lookback: cdlMorningStarLookback,
    penetration: 0.3,
  },
  { name: 'CDLONNECK', batch: cdlOnNeck, create: () => new CDLONNECK(), lookback: cdlOnNeckLookback },
  { name: 'CDLPIERCING', batch: cdlPiercing, create: () => new CDLPIERCING(), lookback: cdlPiercingLookback },
  {
    name: 'CDLRICKSHAWMAN',
    batch: cdlRickshawMan,
    create: () => new CDLRICKSHAWMAN(),
    lookback: cdlRickshawManLookback,
  },
  {
    name: 'CDLRISEFALL3METHODS',
    batch: cdlRiseFall3Methods,
    create: () => new CDLRISEFALL3METHODS(),
    lookback: cdlRiseFall3MethodsLookback,
  },
  {
    name: 'CDLSEPARATINGLINES',
    batch: cdlSeparatingLines,
    create: () => new CDLSEPARATINGLINES(),
    lookback: cdlSeparatingLinesLookback,
  },
  {
    name: 'CDLSHOOTINGSTAR',
    batch: cdlShootingStar,
    create: () => new CDLSHOOTINGSTAR(),
    lookback: cdlShootingStarLookback,
  },
  { name: 'CDLSHORTLINE', batch: cdlShortLine, create: () => new CDLSHORTLINE(), lookback: cdlShortLineLookback },
  {
    name: 'CDLSPINNINGTOP',
    batch: cdlSpinningTop,
    create: () => new CDLSPINNINGTOP(),
    lookback: cdlSpinningTopLookback,
  },
  {
    name: 'CDLSTALLEDPATTERN',
    batch: cdlStalledPattern,
    create: () => new CDLSTALLEDPATTERN(),
    lookback: cdlStalledPatternLookback,
  },
  {
    name: 'CDLSTICKSANDWICH',
    batch: cdlStickSandwich,
    create: () => new CDLSTICKSANDWICH(),
    lookback: cdlStickSandwichLookback,
  },
  { name: 'CDLTAKURI', batch: cdlTakuri, create: () => new CDLTAKURI(), lookback: cdlTakuriLookback },
  { name: 'CDLTASUKIGAP', batch: cdlTasukiGap, create: () => new CDLTASUKIGAP(), lookback: cdlTasukiGapLookback },
  { name: 'CDLTHRUSTING', batch: cdlThrusting, create: () => new CDLTHRUSTING(), lookback: cdlThrustingLookback },
  { name: 'CDLTRISTAR', batch: cdlTristar, create: () => new CDLTRISTAR(), lookback: cdlTristarLookback },
  {
    name: 'CDLUNIQUE3RIVER',
    batch: cdlUnique3River,
    create: () => new CDLUNIQUE3RIVER(),
    lookback: cdlUnique3RiverLookback,
  },
  {
    name: 'CDLUPSIDEGAP2CROWS',
    batch: cdlUpsideGap2Crows,
    create: () => new CDLUPSIDEGAP2CROWS(),
    lookback: cdlUpsideGap2CrowsLookback,
  },
  {
    name: 'CDLXSIDEGAP3METHODS',
    batch: cdlXSideGap3Methods,
    create: () => new CDLXSIDEGAP3METHODS(),
    lookback: cdlXSideGap3MethodsLookback,
  },
]
