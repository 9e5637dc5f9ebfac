// Every momentum/cycle batch function against TA-Lib on inputs around its lookback (1 bar up to a few past it):
// the output must be all-NaN (or 0 for integers) exactly where TA-Lib returns nothing, and equal after.
import { describe, it } from 'vitest'
import {
  expectOutputsClose,
  type Outputs,
  type ParityBars,
  parityBars,
  talibInputs,
} from '../../test-support/parity.js'
import { talibRun } from '../../test-support/talibOracle.js'
import * as I from '../index.js'

const MACD_OUT = { macd: 'outMACD', signal: 'outMACDSignal', histogram: 'outMACDHist' }
const cases: [string, Record<string, number>, (b: ParityBars) => Outputs, Record<string, string>?][] = [
  ['RSI', { optInTimePeriod: 14 }, (b) => I.rsi(b.close)],
  ['CMO', { optInTimePeriod: 14 }, (b) => I.cmo(b.close)],
  ['MOM', { optInTimePeriod: 10 }, (b) => I.mom(b.close)],
  ['ROCR100', { optInTimePeriod: 10 }, (b) => I.rocr100(b.close)],
  ['ADX', { optInTimePeriod: 14 }, (b) => I.adx(b)],
  ['ADXR', { optInTimePeriod: 14 }, (b) => I.adxr(b)],
  ['DX', { optInTimePeriod: 14 }, (b) => I.dx(b)],
  ['PLUS_DM', { optInTimePeriod: 14 }, (b) => I.plusDm(b)],
  ['MINUS_DI', { optInTimePeriod: 14 }, (b) => I.minusDi(b)],
  ['WILLR', { optInTimePeriod: 14 }, (b) => I.willr(b)],
  ['CCI', { optInTimePeriod: 14 }, (b) => I.cci(b)],
  ['MFI', { optInTimePeriod: 14 }, (b) => I.mfi(b)],
  ['IMI', { optInTimePeriod: 14 }, (b) => I.imi(b)],
  ['BOP', {}, (b) => I.bop(b)],
  ['ULTOSC', { optInTimePeriod1: 7, optInTimePeriod2: 14, optInTimePeriod3: 28 }, (b) => I.ultosc(b)],
  ['TRIX', { optInTimePeriod: 5 }, (b) => I.trix(b.close, { period: 5 })],
  ['APO', { optInFastPeriod: 12, optInSlowPeriod: 26, optInMAType: 0 }, (b) => I.apo(b.close)],
  ['PPO', { optInFastPeriod: 12, optInSlowPeriod: 26, optInMAType: 1 }, (b) => I.ppo(b.close, { maType: 1 })],
  ['AROON', { optInTimePeriod: 14 }, (b) => I.aroon(b), { aroonUp: 'outAroonUp', aroonDown: 'outAroonDown' }],
  ['AROONOSC', { optInTimePeriod: 14 }, (b) => I.aroonOsc(b)],
  ['MACD', { optInFastPeriod: 12, optInSlowPeriod: 26, optInSignalPeriod: 9 }, (b) => I.macd(b.close), MACD_OUT],
  ['MACDFIX', { optInSignalPeriod: 9 }, (b) => I.macdFix(b.close), MACD_OUT],
  [
    'MACDEXT',
    {
      optInFastPeriod: 12,
      optInFastMAType: 1,
      optInSlowPeriod: 26,
      optInSlowMAType: 3,
      optInSignalPeriod: 9,
      optInSignalMAType: 2,
    },
    (b) => I.macdExt(b.close, { fastMaType: 1, slowMaType: 3, signalMaType: 2 }),
    MACD_OUT,
  ],
  [
    'STOCH',
    { optInFastK_Period: 5, optInSlowK_Period: 3, optInSlowK_MAType: 0, optInSlowD_Period: 3, optInSlowD_MAType: 0 },
    (b) => I.stoch(b),
    { slowK: 'outSlowK', slowD: 'outSlowD' },
  ],
  [
    'STOCHF',
    { optInFastK_Period: 5, optInFastD_Period: 3, optInFastD_MAType: 0 },
    (b) => I.stochF(b),
    { fastK: 'outFastK', fastD: 'outFastD' },
  ],
  [
    'STOCHRSI',
    { optInTimePeriod: 14, optInFastK_Period: 5, optInFastD_Period: 3, optInFastD_MAType: 0 },
    (b) => I.stochRsi(b.close),
    { fastK: 'outFastK', fastD: 'outFastD' },
  ],
  ['HT_DCPERIOD', {}, (b) => I.htDcPeriod(b.close)],
  ['HT_DCPHASE', {}, (b) => I.htDcPhase(b.close)],
  ['HT_PHASOR', {}, (b) => I.htPhasor(b.close), { inPhase: 'outInPhase', quadrature: 'outQuadrature' }],
  ['HT_SINE', {}, (b) => I.htSine(b.close), { sine: 'outSine', leadSine: 'outLeadSine' }],
  ['HT_TRENDMODE', {}, (b) => I.htTrendMode(b.close), { '': 'outInteger' }],
  ['HT_TRENDLINE', {}, (b) => I.htTrendline(b.close)],
  ['MAMA', { optInFastLimit: 0.5, optInSlowLimit: 0.05 }, (b) => I.mama(b.close), { mama: 'outMAMA', fama: 'outFAMA' }],
]

describe('momentum and cycle functions on inputs around their lookback', () => {
  it.each(cases)('%s matches TA-Lib for 1 to 65 bars', (ta, optIn, ours, outputs) => {
    const g = parityBars('GOOG.csv')
    for (const n of [1, 2, 3, 10, 13, 14, 15, 16, 26, 27, 28, 29, 33, 34, 35, 40, 41, 63, 64, 65]) {
      const b: ParityBars = {
        open: g.open.slice(0, n),
        high: g.high.slice(0, n),
        low: g.low.slice(0, n),
        close: g.close.slice(0, n),
        volume: g.volume.slice(0, n),
      }
      expectOutputsClose(
        ours(b),
        talibRun(ta, talibInputs(b), optIn),
        outputs ?? { '': 'outReal' },
        1e-9,
        `${ta} n=${n}`,
      )
    }
  })
})
