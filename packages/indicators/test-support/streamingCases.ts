// The table the shared streaming contract test (src/streamingContract.test.ts) runs: every streaming class of
// the package, each paired with its batch function. The test feeds real bars (GOOG.csv daily, Coinbase BTC/USD
// hourly) and checks, for every row: streaming == batch exactly at every bar; `isReady` flips at `lookback`;
// `update(wrong); replace(real)` (also twice in a row) == `update(real)`; `snapshot()` → JSON → `restore()` into a
// fresh instance, then continuing (update and replace) == the uninterrupted run; `reset()` starts over; `replace()`
// before any `update()` throws InvalidStateError; `restore()` of another class's snapshot throws InvalidArgumentError.
//
// HOW TO ADD ROWS: append one object per streaming class (and per interesting option set) to the array of your
// section below — keep to your own section so concurrent edits don't collide:
//   { name: 'SMA 20', create: () => new SMA({ period: 20 }), batch: (b) => sma(b.close, { period: 20 }), input: 'close' }
// `input` is 'close' (update(number) with the close), 'bar' (update(OhlcvBar)), or a function `(bars, i) => input`
// for other shapes (e.g. BETA's `{ x, y }` pair). `batch` returns the batch output for the same bars: a Float64Array /
// Int32Array, or an object of them whose keys equal the keys of the streaming output object.
import { HT_DCPERIOD, htDcPeriod } from '../src/cycle/htDcPeriod.js'
import { HT_DCPHASE, htDcPhase } from '../src/cycle/htDcPhase.js'
import { HT_PHASOR, htPhasor } from '../src/cycle/htPhasor.js'
import { HT_SINE, htSine } from '../src/cycle/htSine.js'
import { HT_TRENDMODE, htTrendMode } from '../src/cycle/htTrendMode.js'
import { ALMA, alma } from '../src/extra/alma.js'
import { AO, awesomeOscillator } from '../src/extra/awesomeOscillator.js'
import { CMF, chaikinMoneyFlow } from '../src/extra/chaikinMoneyFlow.js'
import { CHANDELIER, chandelierExit } from '../src/extra/chandelierExit.js'
import { CHOP, choppiness } from '../src/extra/choppiness.js'
import { CONNORSRSI, connorsRsi } from '../src/extra/connorsRsi.js'
import { DONCHIAN, donchianChannels } from '../src/extra/donchianChannels.js'
import { EOM, easeOfMovement } from '../src/extra/easeOfMovement.js'
import { FISHER, fisherTransform } from '../src/extra/fisherTransform.js'
import { FORCEINDEX, forceIndex } from '../src/extra/forceIndex.js'
import { HEIKINASHI, heikinAshi } from '../src/extra/heikinAshi.js'
import { HMA, hma } from '../src/extra/hma.js'
import { ICHIMOKU, ichimoku } from '../src/extra/ichimoku.js'
import { KELTNER, keltnerChannels } from '../src/extra/keltnerChannels.js'
import { PIVOTPOINTS, pivotPoints } from '../src/extra/pivotPoints.js'
import { SUPERTREND, superTrend } from '../src/extra/superTrend.js'
import { TSI, tsi } from '../src/extra/tsi.js'
import { VORTEX, vortex } from '../src/extra/vortex.js'
import { VWAP, vwap } from '../src/extra/vwap.js'
import { ZLEMA, zlema } from '../src/extra/zlema.js'
import { ADX, adx } from '../src/momentum/adx.js'
import { ADXR, adxr } from '../src/momentum/adxr.js'
import { APO, apo } from '../src/momentum/apo.js'
import { AROON, aroon } from '../src/momentum/aroon.js'
import { AROONOSC, aroonOsc } from '../src/momentum/aroonOsc.js'
import { BOP, bop } from '../src/momentum/bop.js'
import { CCI, cci } from '../src/momentum/cci.js'
import { CMO, cmo } from '../src/momentum/cmo.js'
import { DX, dx } from '../src/momentum/dx.js'
import { IMI, imi } from '../src/momentum/imi.js'
import { MACD, macd } from '../src/momentum/macd.js'
import { MACDEXT, macdExt } from '../src/momentum/macdExt.js'
import { MACDFIX, macdFix } from '../src/momentum/macdFix.js'
import { MFI, mfi } from '../src/momentum/mfi.js'
import { MINUS_DI, minusDi } from '../src/momentum/minusDi.js'
import { MINUS_DM, minusDm } from '../src/momentum/minusDm.js'
import { MOM, mom } from '../src/momentum/mom.js'
import { PLUS_DI, plusDi } from '../src/momentum/plusDi.js'
import { PLUS_DM, plusDm } from '../src/momentum/plusDm.js'
import { PPO, ppo } from '../src/momentum/ppo.js'
import { ROC, roc } from '../src/momentum/roc.js'
import { ROCP, rocp } from '../src/momentum/rocp.js'
import { ROCR, rocr } from '../src/momentum/rocr.js'
import { ROCR100, rocr100 } from '../src/momentum/rocr100.js'
import { RSI, rsi } from '../src/momentum/rsi.js'
import { STOCH, stoch } from '../src/momentum/stoch.js'
import { STOCHF, stochF } from '../src/momentum/stochF.js'
import { STOCHRSI, stochRsi } from '../src/momentum/stochRsi.js'
import { TRIX, trix } from '../src/momentum/trix.js'
import { ULTOSC, ultosc } from '../src/momentum/ultosc.js'
import { WILLR, willr } from '../src/momentum/willr.js'
import { ACCBANDS, accBands } from '../src/overlap/accBands.js'
import { BBANDS, bbands } from '../src/overlap/bbands.js'
import { DEMA, dema } from '../src/overlap/dema.js'
import { EMA, ema } from '../src/overlap/ema.js'
import { HT_TRENDLINE, htTrendline } from '../src/overlap/htTrendline.js'
import { KAMA, kama } from '../src/overlap/kama.js'
import { createMa, MA, ma } from '../src/overlap/ma.js'
import { MAMA, mama } from '../src/overlap/mama.js'
import { MAVP, mavp } from '../src/overlap/mavp.js'
import { MIDPOINT, midPoint } from '../src/overlap/midPoint.js'
import { MIDPRICE, midPrice } from '../src/overlap/midPrice.js'
import { SAR, sar } from '../src/overlap/sar.js'
import { SAREXT, sarExt } from '../src/overlap/sarExt.js'
import { SMA, sma } from '../src/overlap/sma.js'
import { T3, t3 } from '../src/overlap/t3.js'
import { TEMA, tema } from '../src/overlap/tema.js'
import { TRIMA, trima } from '../src/overlap/trima.js'
import { WMA, wma } from '../src/overlap/wma.js'
import { AVGPRICE, avgPrice } from '../src/price/avgPrice.js'
import { MEDPRICE, medPrice } from '../src/price/medPrice.js'
import { TYPPRICE, typPrice } from '../src/price/typPrice.js'
import { WCLPRICE, wclPrice } from '../src/price/wclPrice.js'
import { AVGDEV, avgDev } from '../src/statistic/avgDev.js'
import { BETA, beta } from '../src/statistic/beta.js'
import { CORREL, correl } from '../src/statistic/correl.js'
import { LINEARREG, linearreg } from '../src/statistic/linearreg.js'
import { LINEARREG_ANGLE, linearregAngle } from '../src/statistic/linearregAngle.js'
import { LINEARREG_INTERCEPT, linearregIntercept } from '../src/statistic/linearregIntercept.js'
import { LINEARREG_SLOPE, linearregSlope } from '../src/statistic/linearregSlope.js'
import { MAX, max } from '../src/statistic/max.js'
import { MAXINDEX, maxIndex } from '../src/statistic/maxIndex.js'
import { MIN, min } from '../src/statistic/min.js'
import { MININDEX, minIndex } from '../src/statistic/minIndex.js'
import { MINMAX, minMax } from '../src/statistic/minMax.js'
import { MINMAXINDEX, minMaxIndex } from '../src/statistic/minMaxIndex.js'
import { STDDEV, stdDev } from '../src/statistic/stdDev.js'
import { SUM, sum } from '../src/statistic/sum.js'
import { TSF, tsf } from '../src/statistic/tsf.js'
import { VAR, variance } from '../src/statistic/variance.js'
import type { OhlcvInput, StreamingIndicator } from '../src/types.js'
import { ATR, atr } from '../src/volatility/atr.js'
import { NATR, natr } from '../src/volatility/natr.js'
import { TRANGE, trange } from '../src/volatility/trange.js'
import { AD, ad } from '../src/volume/ad.js'
import { ADOSC, adOsc } from '../src/volume/adOsc.js'
import { OBV, obv } from '../src/volume/obv.js'
import { CANDLE_PATTERNS } from './candlePatterns.js'

/** Batch output: one array or an object of arrays named like the streaming output's keys. */
export type BatchOutput = Float64Array | Int32Array | object

/** One row of the streaming contract table. */
export interface StreamingCase {
  /** Label shown in the test name, e.g. `'SMA 20'`. */
  readonly name: string
  /** Builds a fresh instance (called several times per case). */
  readonly create: () => StreamingIndicator<never, unknown>
  /** The batch function on the same bars. */
  readonly batch: (bars: OhlcvInput) => BatchOutput
  /** What `update` takes: the close, the whole bar, or a custom input built from bar `i`. */
  readonly input: 'close' | 'bar' | ((bars: OhlcvInput, i: number) => unknown)
}

// ---- IND-A: overlap (moving averages, bands, SAR, midpoints), volume, volatility, price, statistics ----
/** Rows of the overlap, volume, volatility, price-transform and statistic indicators (also property-tested). */
export const overlapEtc: StreamingCase[] = [
  { name: 'SMA 2', create: () => new SMA({ period: 2 }), batch: (b) => sma(b.close, { period: 2 }), input: 'close' },
  { name: 'SMA 20', create: () => new SMA({ period: 20 }), batch: (b) => sma(b.close, { period: 20 }), input: 'close' },
  { name: 'EMA 12', create: () => new EMA({ period: 12 }), batch: (b) => ema(b.close, { period: 12 }), input: 'close' },
  { name: 'WMA 9', create: () => new WMA({ period: 9 }), batch: (b) => wma(b.close, { period: 9 }), input: 'close' },
  {
    name: 'DEMA 10',
    create: () => new DEMA({ period: 10 }),
    batch: (b) => dema(b.close, { period: 10 }),
    input: 'close',
  },
  { name: 'TEMA 7', create: () => new TEMA({ period: 7 }), batch: (b) => tema(b.close, { period: 7 }), input: 'close' },
  {
    name: 'TRIMA 9',
    create: () => new TRIMA({ period: 9 }),
    batch: (b) => trima(b.close, { period: 9 }),
    input: 'close',
  },
  {
    name: 'TRIMA 10',
    create: () => new TRIMA({ period: 10 }),
    batch: (b) => trima(b.close, { period: 10 }),
    input: 'close',
  },
  {
    name: 'KAMA 10',
    create: () => new KAMA({ period: 10 }),
    batch: (b) => kama(b.close, { period: 10 }),
    input: 'close',
  },
  {
    name: 'T3 5',
    create: () => new T3({ period: 5, vFactor: 0.7 }),
    batch: (b) => t3(b.close, { period: 5, vFactor: 0.7 }),
    input: 'close',
  },
  {
    name: 'MA 1 T3',
    create: () => new MA({ period: 1, maType: 8 }),
    batch: (b) => ma(b.close, { period: 1, maType: 8 }),
    input: 'close',
  },
  {
    name: 'MA 6 KAMA',
    create: () => new MA({ period: 6, maType: 6 }),
    batch: (b) => ma(b.close, { period: 6, maType: 6 }),
    input: 'close',
  },
  {
    name: 'createMa WMA 4',
    create: () => createMa(2, 4),
    batch: (b) => ma(b.close, { period: 4, maType: 2 }),
    input: 'close',
  },
  {
    name: 'BBANDS 20',
    create: () => new BBANDS({ period: 20 }),
    batch: (b) => bbands(b.close, { period: 20 }),
    input: 'close',
  },
  {
    name: 'BBANDS 10 EMA 1.5/2.5',
    create: () => new BBANDS({ period: 10, maType: 1, nbDevUp: 1.5, nbDevDn: 2.5 }),
    batch: (b) => bbands(b.close, { period: 10, maType: 1, nbDevUp: 1.5, nbDevDn: 2.5 }),
    input: 'close',
  },
  {
    name: 'BBANDS 5 T3',
    create: () => new BBANDS({ period: 5, maType: 8 }),
    batch: (b) => bbands(b.close, { period: 5, maType: 8 }),
    input: 'close',
  },
  { name: 'ATR 14', create: () => new ATR({ period: 14 }), batch: (b) => atr(b, { period: 14 }), input: 'bar' },
  { name: 'ATR 1', create: () => new ATR({ period: 1 }), batch: (b) => atr(b, { period: 1 }), input: 'bar' },
  { name: 'NATR 14', create: () => new NATR({ period: 14 }), batch: (b) => natr(b, { period: 14 }), input: 'bar' },
  { name: 'TRANGE', create: () => new TRANGE(), batch: (b) => trange(b), input: 'bar' },
  {
    name: 'VAR 5',
    create: () => new VAR({ period: 5 }),
    batch: (b) => variance(b.close, { period: 5 }),
    input: 'close',
  },
  {
    name: 'VAR 1',
    create: () => new VAR({ period: 1 }),
    batch: (b) => variance(b.close, { period: 1 }),
    input: 'close',
  },
  {
    name: 'STDDEV 20 x2',
    create: () => new STDDEV({ period: 20, nbDev: 2 }),
    batch: (b) => stdDev(b.close, { period: 20, nbDev: 2 }),
    input: 'close',
  },
  {
    name: 'MA 10 MAMA',
    create: () => new MA({ period: 10, maType: 7 }),
    batch: (b) => ma(b.close, { period: 10, maType: 7 }),
    input: 'close',
  },
  {
    name: 'BBANDS 5 MAMA',
    create: () => new BBANDS({ period: 5, maType: 7 }),
    batch: (b) => bbands(b.close, { period: 5, maType: 7 }),
    input: 'close',
  },
  { name: 'AVGPRICE', create: () => new AVGPRICE(), batch: (b) => avgPrice(b), input: 'bar' },
  { name: 'MEDPRICE', create: () => new MEDPRICE(), batch: (b) => medPrice(b), input: 'bar' },
  { name: 'TYPPRICE', create: () => new TYPPRICE(), batch: (b) => typPrice(b), input: 'bar' },
  { name: 'WCLPRICE', create: () => new WCLPRICE(), batch: (b) => wclPrice(b), input: 'bar' },
  { name: 'AD', create: () => new AD(), batch: (b) => ad(b), input: 'bar' },
  { name: 'ADOSC 3/10', create: () => new ADOSC(), batch: (b) => adOsc(b), input: 'bar' },
  {
    name: 'ADOSC 10/3',
    create: () => new ADOSC({ fastPeriod: 10, slowPeriod: 3 }),
    batch: (b) => adOsc(b, { fastPeriod: 10, slowPeriod: 3 }),
    input: 'bar',
  },
  { name: 'OBV', create: () => new OBV(), batch: (b) => obv(b), input: 'bar' },
  { name: 'MAX 14', create: () => new MAX({ period: 14 }), batch: (b) => max(b.close, { period: 14 }), input: 'close' },
  { name: 'MIN 14', create: () => new MIN({ period: 14 }), batch: (b) => min(b.close, { period: 14 }), input: 'close' },
  {
    name: 'MAXINDEX 9',
    create: () => new MAXINDEX({ period: 9 }),
    batch: (b) => maxIndex(b.close, { period: 9 }),
    input: 'close',
  },
  {
    name: 'MININDEX 9',
    create: () => new MININDEX({ period: 9 }),
    batch: (b) => minIndex(b.close, { period: 9 }),
    input: 'close',
  },
  {
    name: 'MINMAX 20',
    create: () => new MINMAX({ period: 20 }),
    batch: (b) => minMax(b.close, { period: 20 }),
    input: 'close',
  },
  {
    name: 'MINMAXINDEX 5',
    create: () => new MINMAXINDEX({ period: 5 }),
    batch: (b) => minMaxIndex(b.close, { period: 5 }),
    input: 'close',
  },
  { name: 'SUM 10', create: () => new SUM({ period: 10 }), batch: (b) => sum(b.close, { period: 10 }), input: 'close' },
  {
    name: 'MIDPOINT 14',
    create: () => new MIDPOINT({ period: 14 }),
    batch: (b) => midPoint(b.close, { period: 14 }),
    input: 'close',
  },
  {
    name: 'MIDPRICE 14',
    create: () => new MIDPRICE({ period: 14 }),
    batch: (b) => midPrice(b, { period: 14 }),
    input: 'bar',
  },
  { name: 'LINEARREG 14', create: () => new LINEARREG(), batch: (b) => linearreg(b.close), input: 'close' },
  {
    name: 'LINEARREG_ANGLE 14',
    create: () => new LINEARREG_ANGLE(),
    batch: (b) => linearregAngle(b.close),
    input: 'close',
  },
  {
    name: 'LINEARREG_INTERCEPT 14',
    create: () => new LINEARREG_INTERCEPT(),
    batch: (b) => linearregIntercept(b.close),
    input: 'close',
  },
  {
    name: 'LINEARREG_SLOPE 14',
    create: () => new LINEARREG_SLOPE(),
    batch: (b) => linearregSlope(b.close),
    input: 'close',
  },
  { name: 'TSF 14', create: () => new TSF(), batch: (b) => tsf(b.close), input: 'close' },
  { name: 'AVGDEV 14', create: () => new AVGDEV(), batch: (b) => avgDev(b.close), input: 'close' },
  {
    name: 'BETA 5 (close, open)',
    create: () => new BETA(),
    batch: (b) => beta(b.close, b.open),
    input: (b, i) => ({ real0: b.close[i], real1: b.open[i] }),
  },
  {
    name: 'CORREL 30 (high, low)',
    create: () => new CORREL(),
    batch: (b) => correl(b.high, b.low),
    input: (b, i) => ({ real0: b.high[i], real1: b.low[i] }),
  },
  {
    name: 'CORREL 1 (close, volume)',
    create: () => new CORREL({ period: 1 }),
    batch: (b) => correl(b.close, b.volume, { period: 1 }),
    input: (b, i) => ({ real0: b.close[i], real1: b.volume[i] }),
  },
  { name: 'SAR', create: () => new SAR(), batch: (b) => sar(b), input: 'bar' },
  {
    name: 'SAREXT offset 1 %',
    create: () => new SAREXT({ offsetOnReverse: 0.01, accelerationShort: 0.03 }),
    batch: (b) => sarExt(b, { offsetOnReverse: 0.01, accelerationShort: 0.03 }),
    input: 'bar',
  },
  {
    name: 'SAREXT start short',
    create: () => new SAREXT({ startValue: -1e6 }),
    batch: (b) => sarExt(b, { startValue: -1e6 }),
    input: 'bar',
  },
  { name: 'ACCBANDS 20', create: () => new ACCBANDS(), batch: (b) => accBands(b), input: 'bar' },
  {
    name: 'MAVP 2-30 EMA',
    create: () => new MAVP({ minPeriod: 2, maxPeriod: 30, maType: 1 }),
    batch: (b) =>
      mavp(
        b.close,
        Float64Array.from(b.volume, (v, i) => (v % 37) + (i % 5)),
        { minPeriod: 2, maxPeriod: 30, maType: 1 },
      ),
    input: (b, i) => ({ value: b.close[i], period: ((b.volume[i] as number) % 37) + (i % 5) }),
  },
]

// ---- IND-B: momentum, cycle, MAMA / HT_TRENDLINE ----
const momentumCycle: StreamingCase[] = [
  { name: 'RSI 14', create: () => new RSI({ period: 14 }), batch: (b) => rsi(b.close, { period: 14 }), input: 'close' },
  { name: 'RSI 2', create: () => new RSI({ period: 2 }), batch: (b) => rsi(b.close, { period: 2 }), input: 'close' },
  { name: 'CMO 14', create: () => new CMO({ period: 14 }), batch: (b) => cmo(b.close, { period: 14 }), input: 'close' },
  { name: 'MOM 10', create: () => new MOM({ period: 10 }), batch: (b) => mom(b.close, { period: 10 }), input: 'close' },
  { name: 'ROC 10', create: () => new ROC({ period: 10 }), batch: (b) => roc(b.close, { period: 10 }), input: 'close' },
  { name: 'ROCP 1', create: () => new ROCP({ period: 1 }), batch: (b) => rocp(b.close, { period: 1 }), input: 'close' },
  {
    name: 'ROCR 10',
    create: () => new ROCR({ period: 10 }),
    batch: (b) => rocr(b.close, { period: 10 }),
    input: 'close',
  },
  {
    name: 'ROCR100 5',
    create: () => new ROCR100({ period: 5 }),
    batch: (b) => rocr100(b.close, { period: 5 }),
    input: 'close',
  },
  {
    name: 'PLUS_DM 14',
    create: () => new PLUS_DM({ period: 14 }),
    batch: (b) => plusDm(b, { period: 14 }),
    input: 'bar',
  },
  { name: 'PLUS_DM 1', create: () => new PLUS_DM({ period: 1 }), batch: (b) => plusDm(b, { period: 1 }), input: 'bar' },
  {
    name: 'MINUS_DM 14',
    create: () => new MINUS_DM({ period: 14 }),
    batch: (b) => minusDm(b, { period: 14 }),
    input: 'bar',
  },
  {
    name: 'PLUS_DI 14',
    create: () => new PLUS_DI({ period: 14 }),
    batch: (b) => plusDi(b, { period: 14 }),
    input: 'bar',
  },
  {
    name: 'MINUS_DI 1',
    create: () => new MINUS_DI({ period: 1 }),
    batch: (b) => minusDi(b, { period: 1 }),
    input: 'bar',
  },
  {
    name: 'MINUS_DI 14',
    create: () => new MINUS_DI({ period: 14 }),
    batch: (b) => minusDi(b, { period: 14 }),
    input: 'bar',
  },
  { name: 'DX 14', create: () => new DX({ period: 14 }), batch: (b) => dx(b, { period: 14 }), input: 'bar' },
  { name: 'ADX 14', create: () => new ADX({ period: 14 }), batch: (b) => adx(b, { period: 14 }), input: 'bar' },
  { name: 'ADXR 14', create: () => new ADXR({ period: 14 }), batch: (b) => adxr(b, { period: 14 }), input: 'bar' },
  { name: 'WILLR 14', create: () => new WILLR({ period: 14 }), batch: (b) => willr(b, { period: 14 }), input: 'bar' },
  { name: 'AROON 14', create: () => new AROON({ period: 14 }), batch: (b) => aroon(b, { period: 14 }), input: 'bar' },
  {
    name: 'AROONOSC 25',
    create: () => new AROONOSC({ period: 25 }),
    batch: (b) => aroonOsc(b, { period: 25 }),
    input: 'bar',
  },
  { name: 'BOP', create: () => new BOP(), batch: (b) => bop(b), input: 'bar' },
  { name: 'IMI 14', create: () => new IMI({ period: 14 }), batch: (b) => imi(b, { period: 14 }), input: 'bar' },
  { name: 'CCI 20', create: () => new CCI({ period: 20 }), batch: (b) => cci(b, { period: 20 }), input: 'bar' },
  { name: 'MFI 14', create: () => new MFI({ period: 14 }), batch: (b) => mfi(b, { period: 14 }), input: 'bar' },
  { name: 'ULTOSC 7/14/28', create: () => new ULTOSC(), batch: (b) => ultosc(b), input: 'bar' },
  { name: 'MACD 12/26/9', create: () => new MACD(), batch: (b) => macd(b.close), input: 'close' },
  {
    name: 'MACD signal 1',
    create: () => new MACD({ fastPeriod: 5, slowPeriod: 13, signalPeriod: 1 }),
    batch: (b) => macd(b.close, { fastPeriod: 5, slowPeriod: 13, signalPeriod: 1 }),
    input: 'close',
  },
  { name: 'MACDFIX 9', create: () => new MACDFIX(), batch: (b) => macdFix(b.close), input: 'close' },
  {
    name: 'MACDEXT EMA/DEMA/WMA',
    create: () => new MACDEXT({ fastMaType: 1, slowMaType: 3, signalMaType: 2 }),
    batch: (b) => macdExt(b.close, { fastMaType: 1, slowMaType: 3, signalMaType: 2 }),
    input: 'close',
  },
  {
    name: 'MACDEXT MAMA/T3/KAMA',
    create: () => new MACDEXT({ fastMaType: 7, slowMaType: 8, signalMaType: 6 }),
    batch: (b) => macdExt(b.close, { fastMaType: 7, slowMaType: 8, signalMaType: 6 }),
    input: 'close',
  },
  { name: 'APO EMA', create: () => new APO({ maType: 1 }), batch: (b) => apo(b.close, { maType: 1 }), input: 'close' },
  { name: 'PPO SMA', create: () => new PPO(), batch: (b) => ppo(b.close), input: 'close' },
  { name: 'STOCH 5/3/3', create: () => new STOCH(), batch: (b) => stoch(b), input: 'bar' },
  {
    name: 'STOCH 14 EMA/TRIMA',
    create: () => new STOCH({ fastKPeriod: 14, slowKMaType: 1, slowDPeriod: 5, slowDMaType: 5 }),
    batch: (b) => stoch(b, { fastKPeriod: 14, slowKMaType: 1, slowDPeriod: 5, slowDMaType: 5 }),
    input: 'bar',
  },
  { name: 'STOCHF 5/3', create: () => new STOCHF(), batch: (b) => stochF(b), input: 'bar' },
  { name: 'STOCHRSI 14/5/3', create: () => new STOCHRSI(), batch: (b) => stochRsi(b.close), input: 'close' },
  {
    name: 'TRIX 15',
    create: () => new TRIX({ period: 15 }),
    batch: (b) => trix(b.close, { period: 15 }),
    input: 'close',
  },
  { name: 'TRIX 1', create: () => new TRIX({ period: 1 }), batch: (b) => trix(b.close, { period: 1 }), input: 'close' },
  { name: 'HT_DCPERIOD', create: () => new HT_DCPERIOD(), batch: (b) => htDcPeriod(b.close), input: 'close' },
  { name: 'HT_DCPHASE', create: () => new HT_DCPHASE(), batch: (b) => htDcPhase(b.close), input: 'close' },
  { name: 'HT_PHASOR', create: () => new HT_PHASOR(), batch: (b) => htPhasor(b.close), input: 'close' },
  { name: 'HT_SINE', create: () => new HT_SINE(), batch: (b) => htSine(b.close), input: 'close' },
  { name: 'HT_TRENDMODE', create: () => new HT_TRENDMODE(), batch: (b) => htTrendMode(b.close), input: 'close' },
  { name: 'HT_TRENDLINE', create: () => new HT_TRENDLINE(), batch: (b) => htTrendline(b.close), input: 'close' },
  { name: 'MAMA 0.5/0.05', create: () => new MAMA(), batch: (b) => mama(b.close), input: 'close' },
]

// ---- IND-C: candlestick patterns ----
const patterns: StreamingCase[] = [
  ...CANDLE_PATTERNS.map(
    (p): StreamingCase => ({
      name: p.name,
      create: () => p.create(),
      batch: (b) => p.batch(b),
      input: 'bar',
    }),
  ),
  ...CANDLE_PATTERNS.filter((p) => p.penetration !== undefined).map(
    (p): StreamingCase => ({
      name: `${p.name} penetration 0`,
      create: () => p.create({ penetration: 0 }),
      batch: (b) => p.batch(b, { penetration: 0 }),
      input: 'bar',
    }),
  ),
]

// ---- IND-D: indicators beyond TA-Lib ----
const extras: StreamingCase[] = [
  { name: 'VWAP day', create: () => new VWAP(), batch: (b) => vwap(b), input: withTime },
  {
    name: 'VWAP week UTC+1',
    create: () => new VWAP({ anchor: 'week', utcOffset: 60 }),
    batch: (b) => vwap(b, { anchor: 'week', utcOffset: 60 }),
    input: withTime,
  },
  {
    name: 'VWAP rolling 24',
    create: () => new VWAP({ period: 24 }),
    batch: (b) => vwap(b, { period: 24 }),
    input: 'bar',
  },
  { name: 'SUPERTREND', create: () => new SUPERTREND(), batch: (b) => superTrend(b), input: 'bar' },
  { name: 'KELTNER', create: () => new KELTNER(), batch: (b) => keltnerChannels(b), input: 'bar' },
  { name: 'DONCHIAN', create: () => new DONCHIAN(), batch: (b) => donchianChannels(b), input: 'bar' },
  {
    name: 'ICHIMOKU (no chikou)',
    create: () => new ICHIMOKU(),
    batch: (b) => {
      const { tenkan, kijun, senkouA, senkouB } = ichimoku(b)
      return { tenkan, kijun, senkouA, senkouB }
    },
    input: 'bar',
  },
  { name: 'HMA 9', create: () => new HMA(), batch: (b) => hma(b.close), input: 'close' },
  { name: 'ALMA 9', create: () => new ALMA(), batch: (b) => alma(b.close), input: 'close' },
  { name: 'ZLEMA 20', create: () => new ZLEMA(), batch: (b) => zlema(b.close), input: 'close' },
  {
    name: 'ZLEMA 2',
    create: () => new ZLEMA({ period: 2 }),
    batch: (b) => zlema(b.close, { period: 2 }),
    input: 'close',
  },
  { name: 'HEIKINASHI', create: () => new HEIKINASHI(), batch: (b) => heikinAshi(b), input: 'bar' },
  { name: 'PIVOTPOINTS classic', create: () => new PIVOTPOINTS(), batch: (b) => pivotPoints(b), input: 'bar' },
  {
    name: 'PIVOTPOINTS camarilla',
    create: () => new PIVOTPOINTS({ method: 'camarilla' }),
    batch: (b) => pivotPoints(b, { method: 'camarilla' }),
    input: 'bar',
  },
  { name: 'CHANDELIER', create: () => new CHANDELIER(), batch: (b) => chandelierExit(b), input: 'bar' },
  { name: 'AO', create: () => new AO(), batch: (b) => awesomeOscillator(b), input: 'bar' },
  { name: 'VORTEX', create: () => new VORTEX(), batch: (b) => vortex(b), input: 'bar' },
  { name: 'CHOP', create: () => new CHOP(), batch: (b) => choppiness(b), input: 'bar' },
  { name: 'CMF', create: () => new CMF(), batch: (b) => chaikinMoneyFlow(b), input: 'bar' },
  { name: 'FORCEINDEX', create: () => new FORCEINDEX(), batch: (b) => forceIndex(b), input: 'bar' },
  {
    name: 'EOM',
    create: () => new EOM({ volumeDivisor: 1e4 }),
    batch: (b) => easeOfMovement(b, { volumeDivisor: 1e4 }),
    input: 'bar',
  },
  { name: 'TSI', create: () => new TSI(), batch: (b) => tsi(b.close), input: 'close' },
  { name: 'CONNORSRSI', create: () => new CONNORSRSI(), batch: (b) => connorsRsi(b.close), input: 'close' },
  { name: 'FISHER', create: () => new FISHER(), batch: (b) => fisherTransform(b), input: 'bar' },
]

/** Bar `i` with its open time, for the session-anchored classes (the shared files load as `BarSeries`). */
function withTime(bars: OhlcvInput, i: number): unknown {
  const time = (bars as OhlcvInput & { time: ArrayLike<number> }).time[i]
  return { high: bars.high[i], low: bars.low[i], close: bars.close[i], volume: bars.volume[i], time }
}

/** Every row of the streaming contract test. */
export const streamingCases: readonly StreamingCase[] = [...overlapEtc, ...momentumCycle, ...patterns, ...extras]
