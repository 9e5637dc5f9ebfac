/**
 * `@aitrade/indicators/compat` — a drop-in for the `technicalindicators` package's 25 most used indicators:
 * the same class names, input objects and output shapes (`SMA.calculate({ period, values })` returns only the
 * defined values; `new SMA({ period, values: [] }).nextValue(x)` streams, `undefined` while warming up), built on
 * this package's kernels. Switch by changing one import.
 *
 * Covered: SMA, EMA, WMA, WEMA, RSI, MACD, BollingerBands, ATR, Stochastic, StochasticRSI, ADX, CCI, ROC, OBV,
 * WilliamsR, MFI, VWAP, ADL, TRIX, AwesomeOscillator, ForceIndex, PSAR, KeltnerChannels, ChandelierExit,
 * IchimokuCloud. Not covered: KST, HeikinAshi and the
 * candlestick helpers (use the main entry's `heikinAshi` and `cdl…` functions).
 *
 * Numbers equal technicalindicators' (within the float tolerance documented on each class, 1e-9 relative for
 * most). Where technicalindicators departs from TA-Lib (MACD and StochasticRSI construction, RSI's rounding and flat
 * case, ADX seeds, MFI and ADL edge cases, PSAR) compat computes it technicalindicators' way; the main entry keeps
 * TA-Lib's definitions. `reversedInput` and `format` are honoured.
 *
 * @packageDocumentation
 */
export { ADL, type ADLInput, adl } from './adl.js'
export { ADX, type ADXInput, type ADXOutput, adx } from './adx.js'
export { ATR, type ATRInput, atr } from './atr.js'
export { AwesomeOscillator, type AwesomeOscillatorInput, awesomeoscillator } from './awesomeOscillator.js'
export {
  BollingerBands,
  type BollingerBandsInput,
  type BollingerBandsOutput,
  bollingerbands,
} from './bollingerBands.js'
export { CCI, type CCIInput, cci } from './cci.js'
export {
  ChandelierExit,
  type ChandelierExitInput,
  type ChandelierExitOutput,
  chandelierexit,
} from './chandelierExit.js'
export { EMA, type EMAInput, ema } from './ema.js'
export { ForceIndex, type ForceIndexInput, forceindex } from './forceIndex.js'
export {
  IchimokuCloud,
  type IchimokuCloudInput,
  type IchimokuCloudOutput,
  ichimokucloud,
} from './ichimokuCloud.js'
export {
  KeltnerChannels,
  type KeltnerChannelsInput,
  type KeltnerChannelsOutput,
  keltnerchannels,
} from './keltnerChannels.js'
export { MACD, type MACDInput, type MACDOutput, macd } from './macd.js'
export { MFI, type MFIInput, mfi } from './mfi.js'
export { OBV, type OBVInput, obv } from './obv.js'
export { PSAR, type PSARInput, psar } from './psar.js'
export { ROC, type ROCInput, roc } from './roc.js'
export { RSI, type RSIInput, rsi } from './rsi.js'
export { type MAInput, SMA, type SMAInput, sma } from './sma.js'
export { Stochastic, type StochasticInput, type StochasticOutput, stochastic } from './stochastic.js'
export { StochasticRSI, type StochasticRSIOutput, type StochasticRsiInput, stochasticrsi } from './stochasticRsi.js'
export { type TiBar, TiIndicator, type TiInput } from './tiIndicator.js'
export { TRIX, type TRIXInput, trix } from './trix.js'
export { VWAP, type VWAPInput, vwap } from './vwap.js'
export { WEMA, type WEMAInput, wema } from './wema.js'
export { WilliamsR, type WilliamsRInput, williamsr } from './williamsR.js'
export { WMA, type WMAInput, wma } from './wma.js'
