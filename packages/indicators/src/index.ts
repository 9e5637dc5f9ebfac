/**
 * `@aitrade/indicators` — TA-Lib-exact technical indicators and candlestick patterns, as fast batch functions over
 * typed arrays and O(1) streaming classes with snapshot/restore.
 *
 * @packageDocumentation
 */
// shared types

// overlap studies
export { DEMA, type DemaOptions, dema, demaLookback } from './overlap/dema.js'
export { EMA, type EmaOptions, ema, emaLookback } from './overlap/ema.js'
export { KAMA, type KamaOptions, kama, kamaLookback } from './overlap/kama.js'
export { createMa, MA, type MaOptions, MaType, ma, maLookback } from './overlap/ma.js'
export { SMA, type SmaOptions, sma, smaLookback } from './overlap/sma.js'
export { T3, type T3Options, t3, t3Lookback } from './overlap/t3.js'
export { TEMA, type TemaOptions, tema, temaLookback } from './overlap/tema.js'
export { TRIMA, type TrimaOptions, trima, trimaLookback } from './overlap/trima.js'
export { WMA, type WmaOptions, wma, wmaLookback } from './overlap/wma.js'
export type { IndicatorSnapshot, OhlcvBar, OhlcvInput, OutputOptions, StreamingIndicator } from './types.js'
