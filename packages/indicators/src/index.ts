/**
 * `@aitrade/indicators` — TA-Lib-exact technical indicators and candlestick patterns, as fast batch functions over
 * typed arrays and O(1) streaming classes with snapshot/restore.
 *
 * @packageDocumentation
 */
// shared types

// cycle indicators (Ehlers' Hilbert transform)
export { HT_DCPERIOD, type HtDcPeriodOptions, htDcPeriod, htDcPeriodLookback } from './cycle/htDcPeriod.js'
export { HT_DCPHASE, type HtDcPhaseOptions, htDcPhase, htDcPhaseLookback } from './cycle/htDcPhase.js'
export {
  HT_PHASOR,
  type HtPhasorOutput,
  type HtPhasorOutputOptions,
  type HtPhasorValue,
  htPhasor,
  htPhasorLookback,
} from './cycle/htPhasor.js'
export {
  HT_SINE,
  type HtSineOutput,
  type HtSineOutputOptions,
  type HtSineValue,
  htSine,
  htSineLookback,
} from './cycle/htSine.js'
export { HT_TRENDMODE, type HtTrendModeOptions, htTrendMode, htTrendModeLookback } from './cycle/htTrendMode.js'
// beyond TA-Lib: the indicators traders ask for
export {
  ALMA,
  type AlmaOptions,
  alma,
  almaLookback,
} from './extra/alma.js'
export {
  AO,
  type AwesomeOscillatorOptions,
  awesomeOscillator,
  awesomeOscillatorLookback,
} from './extra/awesomeOscillator.js'
export {
  type ChaikinMoneyFlowOptions,
  CMF,
  chaikinMoneyFlow,
  chaikinMoneyFlowLookback,
} from './extra/chaikinMoneyFlow.js'
export {
  CHANDELIER,
  type ChandelierExitBuffers,
  type ChandelierExitOptions,
  type ChandelierExitOutput,
  type ChandelierValue,
  chandelierExit,
  chandelierExitLookback,
} from './extra/chandelierExit.js'
export { CHOP, type ChoppinessOptions, choppiness, choppinessLookback } from './extra/choppiness.js'
export { CONNORSRSI, type ConnorsRsiOptions, connorsRsi, connorsRsiLookback } from './extra/connorsRsi.js'
export {
  DONCHIAN,
  type DonchianChannelsBuffers,
  type DonchianChannelsOptions,
  type DonchianChannelsOutput,
  type DonchianValue,
  donchianChannels,
  donchianChannelsLookback,
} from './extra/donchianChannels.js'
export { type EaseOfMovementOptions, EOM, easeOfMovement, easeOfMovementLookback } from './extra/easeOfMovement.js'
export {
  FISHER,
  type FisherTransformBuffers,
  type FisherTransformOptions,
  type FisherTransformOutput,
  type FisherValue,
  fisherTransform,
  fisherTransformLookback,
} from './extra/fisherTransform.js'
export { FORCEINDEX, type ForceIndexOptions, forceIndex, forceIndexLookback } from './extra/forceIndex.js'
export {
  HEIKINASHI,
  type HeikinAshiCandle,
  type HeikinAshiOptions,
  type HeikinAshiOutput,
  heikinAshi,
  heikinAshiLookback,
} from './extra/heikinAshi.js'
export { HMA, type HmaOptions, hma, hmaLookback } from './extra/hma.js'
export {
  ICHIMOKU,
  type IchimokuOptions,
  type IchimokuOutput,
  type IchimokuValue,
  ichimoku,
  ichimokuLookback,
} from './extra/ichimoku.js'
export {
  KELTNER,
  type KeltnerChannelsBuffers,
  type KeltnerChannelsOptions,
  type KeltnerChannelsOutput,
  type KeltnerValue,
  keltnerChannels,
  keltnerChannelsLookback,
} from './extra/keltnerChannels.js'
export type { PeriodAnchor } from './extra/periodKey.js'
export {
  PIVOTPOINTS,
  type PivotLevels,
  type PivotMethod,
  type PivotPointsBar,
  type PivotPointsInput,
  type PivotPointsOptions,
  type PivotPointsOutput,
  pivotPoints,
  pivotPointsLookback,
} from './extra/pivotPoints.js'
export {
  SUPERTREND,
  type SuperTrendBuffers,
  type SuperTrendOptions,
  type SuperTrendOutput,
  type SuperTrendValue,
  superTrend,
  superTrendLookback,
} from './extra/superTrend.js'
export {
  TSI,
  type TsiBuffers,
  type TsiOptions,
  type TsiOutput,
  type TsiValue,
  tsi,
  tsiLookback,
} from './extra/tsi.js'
export {
  VORTEX,
  type VortexBuffers,
  type VortexOptions,
  type VortexOutput,
  type VortexValue,
  vortex,
  vortexLookback,
} from './extra/vortex.js'
export { VWAP, type VwapBar, type VwapInput, type VwapOptions, vwap, vwapLookback } from './extra/vwap.js'
export { type ZigZagOptions, zigZag, zigZagLookback } from './extra/zigZag.js'
export { ZLEMA, type ZlemaOptions, zlema, zlemaLookback } from './extra/zlema.js'
// momentum (TA-Lib momentum indicators)
export { ADX, type AdxOptions, adx, adxLookback } from './momentum/adx.js'
export { ADXR, type AdxrOptions, adxr, adxrLookback } from './momentum/adxr.js'
export { APO, type ApoOptions, apo, apoLookback } from './momentum/apo.js'
export {
  AROON,
  type AroonOptions,
  type AroonOutput,
  type AroonOutputOptions,
  type AroonValue,
  aroon,
  aroonLookback,
} from './momentum/aroon.js'
export { AROONOSC, type AroonOscOptions, aroonOsc, aroonOscLookback } from './momentum/aroonOsc.js'
export { BOP, type BopOptions, bop, bopLookback } from './momentum/bop.js'
export { CCI, type CciOptions, cci, cciLookback } from './momentum/cci.js'
export { CMO, type CmoOptions, cmo, cmoLookback } from './momentum/cmo.js'
export { DX, type DxOptions, dx, dxLookback } from './momentum/dx.js'
export { IMI, type ImiOptions, imi, imiLookback } from './momentum/imi.js'
export { MACD, type MacdOptions, macd, macdLookback } from './momentum/macd.js'
export { MACDEXT, type MacdExtOptions, macdExt, macdExtLookback } from './momentum/macdExt.js'
export { MACDFIX, type MacdFixOptions, macdFix, macdFixLookback } from './momentum/macdFix.js'
export type { MacdOutput, MacdOutputOptions, MacdValue } from './momentum/macdStream.js'
export { MFI, type MfiOptions, mfi, mfiLookback } from './momentum/mfi.js'
export { MINUS_DI, type MinusDiOptions, minusDi, minusDiLookback } from './momentum/minusDi.js'
export { MINUS_DM, type MinusDmOptions, minusDm, minusDmLookback } from './momentum/minusDm.js'
export { MOM, type MomOptions, mom, momLookback } from './momentum/mom.js'
export { PLUS_DI, type PlusDiOptions, plusDi, plusDiLookback } from './momentum/plusDi.js'
export { PLUS_DM, type PlusDmOptions, plusDm, plusDmLookback } from './momentum/plusDm.js'
export { PPO, type PpoOptions, ppo, ppoLookback } from './momentum/ppo.js'
export type { PriceOscillatorOptions } from './momentum/priceOscillator.js'
export { ROC, type RocOptions, roc, rocLookback } from './momentum/roc.js'
export { ROCP, type RocpOptions, rocp, rocpLookback } from './momentum/rocp.js'
export { ROCR, type RocrOptions, rocr, rocrLookback } from './momentum/rocr.js'
export { ROCR100, type Rocr100Options, rocr100, rocr100Lookback } from './momentum/rocr100.js'
export { RSI, type RsiOptions, rsi, rsiLookback } from './momentum/rsi.js'
export {
  STOCH,
  type StochOptions,
  type StochOutput,
  type StochOutputOptions,
  type StochValue,
  stoch,
  stochLookback,
} from './momentum/stoch.js'
export {
  STOCHF,
  type StochFOptions,
  type StochFOutput,
  type StochFOutputOptions,
  type StochFValue,
  stochF,
  stochFLookback,
} from './momentum/stochF.js'
export { STOCHRSI, type StochRsiOptions, stochRsi, stochRsiLookback } from './momentum/stochRsi.js'
export { TRIX, type TrixOptions, trix, trixLookback } from './momentum/trix.js'
export { ULTOSC, type UltoscOptions, ultosc, ultoscLookback } from './momentum/ultosc.js'
export { WILLR, type WillrOptions, willr, willrLookback } from './momentum/willr.js'
// overlap studies
export {
  ACCBANDS,
  type AccBandsOptions,
  type AccBandsOutput,
  type AccBandsOutputOptions,
  accBands,
  accBandsLookback,
} from './overlap/accBands.js'
export {
  BBANDS,
  type BbandsOptions,
  type BbandsOutput,
  type BbandsOutputOptions,
  bbands,
  bbandsLookback,
} from './overlap/bbands.js'
export { DEMA, type DemaOptions, dema, demaLookback } from './overlap/dema.js'
export { EMA, type EmaOptions, ema, emaLookback } from './overlap/ema.js'
export { HT_TRENDLINE, type HtTrendlineOptions, htTrendline, htTrendlineLookback } from './overlap/htTrendline.js'
export { KAMA, type KamaOptions, kama, kamaLookback } from './overlap/kama.js'
export { createMa, MA, type MaOptions, MaType, ma, maLookback } from './overlap/ma.js'
export {
  MAMA,
  type MamaOptions,
  type MamaOutput,
  type MamaOutputOptions,
  type MamaValue,
  mama,
  mamaLookback,
} from './overlap/mama.js'
export { MAVP, type MavpInput, type MavpOptions, mavp, mavpLookback } from './overlap/mavp.js'
export { MIDPOINT, type MidPointOptions, midPoint, midPointLookback } from './overlap/midPoint.js'
export { MIDPRICE, type MidPriceOptions, midPrice, midPriceLookback } from './overlap/midPrice.js'
export { SAR, type SarOptions, sar, sarLookback } from './overlap/sar.js'
export { SAREXT, type SarExtOptions, sarExt, sarExtLookback } from './overlap/sarExt.js'
export { SMA, type SmaOptions, sma, smaLookback } from './overlap/sma.js'
export { T3, type T3Options, t3, t3Lookback } from './overlap/t3.js'
export { TEMA, type TemaOptions, tema, temaLookback } from './overlap/tema.js'
export { TRIMA, type TrimaOptions, trima, trimaLookback } from './overlap/trima.js'
export { WMA, type WmaOptions, wma, wmaLookback } from './overlap/wma.js'
// candlestick patterns (TA-Lib CDL…)
export {
  type CandleBar,
  type CandleInput,
  type CandlePatternOptions,
  CandlePatternStream,
  type PenetrationOptions,
  type PenetrationPatternOptions,
} from './pattern/candlePattern.js'
export {
  CANDLE_SETTINGS,
  type CandleRangeType,
  type CandleSetting,
  type CandleSettingName,
} from './pattern/candleSettings.js'
export { CDL2CROWS, cdl2Crows, cdl2CrowsLookback } from './pattern/cdl2Crows.js'
export { CDL3BLACKCROWS, cdl3BlackCrows, cdl3BlackCrowsLookback } from './pattern/cdl3BlackCrows.js'
export { CDL3INSIDE, cdl3Inside, cdl3InsideLookback } from './pattern/cdl3Inside.js'
export { CDL3LINESTRIKE, cdl3LineStrike, cdl3LineStrikeLookback } from './pattern/cdl3LineStrike.js'
export { CDL3OUTSIDE, cdl3Outside, cdl3OutsideLookback } from './pattern/cdl3Outside.js'
export { CDL3STARSINSOUTH, cdl3StarsInSouth, cdl3StarsInSouthLookback } from './pattern/cdl3StarsInSouth.js'
export { CDL3WHITESOLDIERS, cdl3WhiteSoldiers, cdl3WhiteSoldiersLookback } from './pattern/cdl3WhiteSoldiers.js'
export { CDLABANDONEDBABY, cdlAbandonedBaby, cdlAbandonedBabyLookback } from './pattern/cdlAbandonedBaby.js'
export { CDLADVANCEBLOCK, cdlAdvanceBlock, cdlAdvanceBlockLookback } from './pattern/cdlAdvanceBlock.js'
export { CDLBELTHOLD, cdlBeltHold, cdlBeltHoldLookback } from './pattern/cdlBeltHold.js'
export { CDLBREAKAWAY, cdlBreakaway, cdlBreakawayLookback } from './pattern/cdlBreakaway.js'
export { CDLCLOSINGMARUBOZU, cdlClosingMarubozu, cdlClosingMarubozuLookback } from './pattern/cdlClosingMarubozu.js'
export { CDLCONCEALBABYSWALL, cdlConcealBabysWall, cdlConcealBabysWallLookback } from './pattern/cdlConcealBabysWall.js'
export { CDLCOUNTERATTACK, cdlCounterAttack, cdlCounterAttackLookback } from './pattern/cdlCounterAttack.js'
export { CDLDARKCLOUDCOVER, cdlDarkCloudCover, cdlDarkCloudCoverLookback } from './pattern/cdlDarkCloudCover.js'
export { CDLDOJI, cdlDoji, cdlDojiLookback } from './pattern/cdlDoji.js'
export { CDLDOJISTAR, cdlDojiStar, cdlDojiStarLookback } from './pattern/cdlDojiStar.js'
export { CDLDRAGONFLYDOJI, cdlDragonflyDoji, cdlDragonflyDojiLookback } from './pattern/cdlDragonflyDoji.js'
export { CDLENGULFING, cdlEngulfing, cdlEngulfingLookback } from './pattern/cdlEngulfing.js'
export { CDLEVENINGDOJISTAR, cdlEveningDojiStar, cdlEveningDojiStarLookback } from './pattern/cdlEveningDojiStar.js'
export { CDLEVENINGSTAR, cdlEveningStar, cdlEveningStarLookback } from './pattern/cdlEveningStar.js'
export { CDLGAPSIDESIDEWHITE, cdlGapSideSideWhite, cdlGapSideSideWhiteLookback } from './pattern/cdlGapSideSideWhite.js'
export { CDLGRAVESTONEDOJI, cdlGravestoneDoji, cdlGravestoneDojiLookback } from './pattern/cdlGravestoneDoji.js'
export { CDLHAMMER, cdlHammer, cdlHammerLookback } from './pattern/cdlHammer.js'
export { CDLHANGINGMAN, cdlHangingMan, cdlHangingManLookback } from './pattern/cdlHangingMan.js'
export { CDLHARAMI, cdlHarami, cdlHaramiLookback } from './pattern/cdlHarami.js'
export { CDLHARAMICROSS, cdlHaramiCross, cdlHaramiCrossLookback } from './pattern/cdlHaramiCross.js'
export { CDLHIGHWAVE, cdlHighWave, cdlHighWaveLookback } from './pattern/cdlHighWave.js'
export { CDLHIKKAKE, cdlHikkake, cdlHikkakeLookback } from './pattern/cdlHikkake.js'
export { CDLHIKKAKEMOD, cdlHikkakeMod, cdlHikkakeModLookback } from './pattern/cdlHikkakeMod.js'
export { CDLHOMINGPIGEON, cdlHomingPigeon, cdlHomingPigeonLookback } from './pattern/cdlHomingPigeon.js'
export { CDLIDENTICAL3CROWS, cdlIdentical3Crows, cdlIdentical3CrowsLookback } from './pattern/cdlIdentical3Crows.js'
export { CDLINNECK, cdlInNeck, cdlInNeckLookback } from './pattern/cdlInNeck.js'
export { CDLINVERTEDHAMMER, cdlInvertedHammer, cdlInvertedHammerLookback } from './pattern/cdlInvertedHammer.js'
export { CDLKICKING, cdlKicking, cdlKickingLookback } from './pattern/cdlKicking.js'
export { CDLKICKINGBYLENGTH, cdlKickingByLength, cdlKickingByLengthLookback } from './pattern/cdlKickingByLength.js'
export { CDLLADDERBOTTOM, cdlLadderBottom, cdlLadderBottomLookback } from './pattern/cdlLadderBottom.js'
export { CDLLONGLEGGEDDOJI, cdlLongLeggedDoji, cdlLongLeggedDojiLookback } from './pattern/cdlLongLeggedDoji.js'
export { CDLLONGLINE, cdlLongLine, cdlLongLineLookback } from './pattern/cdlLongLine.js'
export { CDLMARUBOZU, cdlMarubozu, cdlMarubozuLookback } from './pattern/cdlMarubozu.js'
export { CDLMATCHINGLOW, cdlMatchingLow, cdlMatchingLowLookback } from './pattern/cdlMatchingLow.js'
export { CDLMATHOLD, cdlMatHold, cdlMatHoldLookback } from './pattern/cdlMatHold.js'
export { CDLMORNINGDOJISTAR, cdlMorningDojiStar, cdlMorningDojiStarLookback } from './pattern/cdlMorningDojiStar.js'
export { CDLMORNINGSTAR, cdlMorningStar, cdlMorningStarLookback } from './pattern/cdlMorningStar.js'
export { CDLONNECK, cdlOnNeck, cdlOnNeckLookback } from './pattern/cdlOnNeck.js'
export { CDLPIERCING, cdlPiercing, cdlPiercingLookback } from './pattern/cdlPiercing.js'
export { CDLRICKSHAWMAN, cdlRickshawMan, cdlRickshawManLookback } from './pattern/cdlRickshawMan.js'
export { CDLRISEFALL3METHODS, cdlRiseFall3Methods, cdlRiseFall3MethodsLookback } from './pattern/cdlRiseFall3Methods.js'
export { CDLSEPARATINGLINES, cdlSeparatingLines, cdlSeparatingLinesLookback } from './pattern/cdlSeparatingLines.js'
export { CDLSHOOTINGSTAR, cdlShootingStar, cdlShootingStarLookback } from './pattern/cdlShootingStar.js'
export { CDLSHORTLINE, cdlShortLine, cdlShortLineLookback } from './pattern/cdlShortLine.js'
export { CDLSPINNINGTOP, cdlSpinningTop, cdlSpinningTopLookback } from './pattern/cdlSpinningTop.js'
export { CDLSTALLEDPATTERN, cdlStalledPattern, cdlStalledPatternLookback } from './pattern/cdlStalledPattern.js'
export { CDLSTICKSANDWICH, cdlStickSandwich, cdlStickSandwichLookback } from './pattern/cdlStickSandwich.js'
export { CDLTAKURI, cdlTakuri, cdlTakuriLookback } from './pattern/cdlTakuri.js'
export { CDLTASUKIGAP, cdlTasukiGap, cdlTasukiGapLookback } from './pattern/cdlTasukiGap.js'
export { CDLTHRUSTING, cdlThrusting, cdlThrustingLookback } from './pattern/cdlThrusting.js'
export { CDLTRISTAR, cdlTristar, cdlTristarLookback } from './pattern/cdlTristar.js'
export { CDLUNIQUE3RIVER, cdlUnique3River, cdlUnique3RiverLookback } from './pattern/cdlUnique3River.js'
export { CDLUPSIDEGAP2CROWS, cdlUpsideGap2Crows, cdlUpsideGap2CrowsLookback } from './pattern/cdlUpsideGap2Crows.js'
export { CDLXSIDEGAP3METHODS, cdlXSideGap3Methods, cdlXSideGap3MethodsLookback } from './pattern/cdlXSideGap3Methods.js'
// price transforms
export { AVGPRICE, avgPrice, avgPriceLookback } from './price/avgPrice.js'
export { MEDPRICE, medPrice, medPriceLookback } from './price/medPrice.js'
export { TYPPRICE, typPrice, typPriceLookback } from './price/typPrice.js'
export { WCLPRICE, wclPrice, wclPriceLookback } from './price/wclPrice.js'
// statistic functions
export { AVGDEV, type AvgDevOptions, avgDev, avgDevLookback } from './statistic/avgDev.js'
export { BETA, type BetaOptions, beta, betaLookback, type PairInput } from './statistic/beta.js'
export { CORREL, type CorrelOptions, correl, correlLookback } from './statistic/correl.js'
export { LINEARREG, type LinearregOptions, linearreg, linearregLookback } from './statistic/linearreg.js'
export { LINEARREG_ANGLE, linearregAngle, linearregAngleLookback } from './statistic/linearregAngle.js'
export { LINEARREG_INTERCEPT, linearregIntercept, linearregInterceptLookback } from './statistic/linearregIntercept.js'
export { LINEARREG_SLOPE, linearregSlope, linearregSlopeLookback } from './statistic/linearregSlope.js'
export { MAX, type MaxOptions, max, maxLookback } from './statistic/max.js'
export { MAXINDEX, type MaxIndexOptions, maxIndex, maxIndexLookback } from './statistic/maxIndex.js'
export { MIN, type MinOptions, min, minLookback } from './statistic/min.js'
export { MININDEX, type MinIndexOptions, minIndex, minIndexLookback } from './statistic/minIndex.js'
export {
  MINMAX,
  type MinMaxOptions,
  type MinMaxOutput,
  type MinMaxOutputOptions,
  minMax,
  minMaxLookback,
} from './statistic/minMax.js'
export {
  MINMAXINDEX,
  type MinMaxIndexOptions,
  type MinMaxIndexOutput,
  type MinMaxIndexOutputOptions,
  minMaxIndex,
  minMaxIndexLookback,
} from './statistic/minMaxIndex.js'
export { STDDEV, type StdDevOptions, stdDev, stdDevLookback } from './statistic/stdDev.js'
export { SUM, type SumOptions, sum, sumLookback } from './statistic/sum.js'
export { TSF, tsf, tsfLookback } from './statistic/tsf.js'
export { VAR, type VarianceOptions, variance, varianceLookback } from './statistic/variance.js'
export type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from './types.js'
// volatility
export { ATR, type AtrOptions, atr, atrLookback } from './volatility/atr.js'
export { NATR, natr, natrLookback } from './volatility/natr.js'
export { TRANGE, trange, trangeLookback } from './volatility/trange.js'
// volume
export { AD, ad, adLookback } from './volume/ad.js'
export { ADOSC, type AdOscOptions, adOsc, adOscLookback } from './volume/adOsc.js'
export { OBV, obv, obvLookback } from './volume/obv.js'
