/**
 * `@aitrade/indicators/compat` — a drop-in for the `technicalindicators` package's 21 most used indicators:
 * the same class names, input objects and output shapes (`SMA.calculate({ period, values })` returns only the
 * defined values; `new SMA({ period, values: [] }).nextValue(x)` streams, `undefined` while warming up), built on
 * this package's kernels. Switch by changing one import.
 *
 * Covered: SMA, EMA, WMA, WEMA, RSI, MACD, BollingerBands, ATR, Stochastic, StochasticRSI, ADX, CCI, ROC, OBV,
 * WilliamsR, MFI, VWAP, ADL, TRIX, AwesomeOscillator, ForceIndex. Not covered: PSAR, KST, IchimokuCloud and the
 * candlestick helpers (use the main entry's `ichimoku` and `cdl…` functions).
 *
 * Numbers equal technicalindicators' except where documented on the class: ADX (TA-Lib's seed, converging),
 * RSI and MFI edge cases (flat windows, equal typical prices). `reversedInput` and `format` are honoured.
 *
 * @packageDocumentation
 */
export { ADL, type ADLInput } from './adl.js'
export { ADX, type ADXInput, type ADXOutput } from './adx.js'
export { ATR, type ATRInput } from './atr.js'
export { AwesomeOscillator, type AwesomeOscillatorInput } from './awesomeOscillator.js'
export { BollingerBands, type BollingerBandsInput, type BollingerBandsOutput } from './bollingerBands.js'
export { CCI, type CCIInput } from './cci.js'
export { EMA, type EMAInput } from './ema.js'
export { ForceIndex, type ForceIndexInput } from './forceIndex.js'
export { MACD, type MACDInput, type MACDOutput } from './macd.js'
export { MFI, type MFIInput } from './mfi.js'
export { OBV, type OBVInput } from './obv.js'
export { ROC, type ROCInput } from './roc.js'
export { RSI, type RSIInput } from './rsi.js'
export { type MAInput, SMA, type SMAInput } from './sma.js'
export { Stochastic, type StochasticInput, type StochasticOutput } from './stochastic.js'
export { StochasticRSI, type StochasticRSIOutput, type StochasticRsiInput } from './stochasticRsi.js'
export { type TiBar, TiIndicator, type TiInput } from './tiIndicator.js'
export { TRIX, type TRIXInput } from './trix.js'
export { VWAP, type VWAPInput } from './vwap.js'
export { WEMA, type WEMAInput } from './wema.js'
export { WilliamsR, type WilliamsRInput } from './williamsR.js'
export { WMA, type WMAInput } from './wma.js'
