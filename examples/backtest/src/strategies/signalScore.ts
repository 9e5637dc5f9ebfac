import type { Strategy } from '@aitrade/core'
import { ATR, BBANDS, CDLENGULFING, CDLHAMMER, CDLSHOOTINGSTAR, EMA, emaLookback, MACD, RSI } from '@aitrade/indicators'
import { fixedFractionalSize } from '@aitrade/risk'
import type { StrategyDefinition } from './definition.js'

/** Weights of the score's components; they sum to 1 so the score lies in [−1, 1]. */
const W = { trend: 0.3, rsi: 0.2, macd: 0.2, bands: 0.15, pattern: 0.15 } as const

/**
 * A multi-indicator score in [−1, 1] from trend (EMA(50) vs EMA(200)), momentum (RSI distance from 50, MACD
 * histogram sign), volatility (position inside the Bollinger bands) and candlestick patterns (engulfing, hammer,
 * shooting star). A score beyond `threshold` emits a `Signal` with confidence |score|, entry at the close, an ATR
 * stop-loss and a take-profit at `rewardRisk` times the stop distance, and enters with a bracket order sized so that
 * the stop loses `riskFraction` of equity.
 */
export const signalScore: StrategyDefinition = {
  name: 'signal-score',
  description: 'multi-indicator score → Signals with ATR stop-loss / take-profit, fixed risk per trade',
  params: [
    { name: 'threshold', type: 'number', default: 0.55, min: 0.05, max: 1, description: 'minimum |score| to trade' },
    {
      name: 'riskFraction',
      type: 'number',
      default: 0.01,
      min: 0.0001,
      max: 0.2,
      description: 'equity risked per trade',
    },
    { name: 'atrPeriod', type: 'int', default: 14, min: 2, max: 500, description: 'ATR period (bars)' },
    { name: 'atrStop', type: 'number', default: 2, min: 0.1, max: 20, description: 'stop distance in ATRs' },
    {
      name: 'rewardRisk',
      type: 'number',
      default: 2,
      min: 0.1,
      max: 20,
      description: 'take-profit distance / stop distance',
    },
  ],
  warmup: () => emaLookback({ period: 200 }),
  create(p, env): Strategy {
    const fast = new EMA({ period: 50 })
    const slow = new EMA({ period: 200 })
    const rsi = new RSI({ period: 14 })
    const macd = new MACD({ fastPeriod: 12, slowPeriod: 26, signalPeriod: 9 })
    const bb = new BBANDS({ period: 20, nbDevUp: 2, nbDevDn: 2 })
    const atr = new ATR({ period: p.atrPeriod! })
    const engulfing = new CDLENGULFING()
    const hammer = new CDLHAMMER()
    const shootingStar = new CDLSHOOTINGSTAR()
    let seq = 0
    return {
      name: 'signal-score',
      onBar(bar, ctx) {
        const ef = fast.update(bar.close)
        const es = slow.update(bar.close)
        const r = rsi.update(bar.close)
        const m = macd.update(bar.close)
        const band = bb.update(bar.close)
        const a = atr.update(bar)
        const pattern = (engulfing.update(bar) + hammer.update(bar) + shootingStar.update(bar)) / 100
        if ([es, r, m.histogram, band.upper, a].some(Number.isNaN) || ctx.position() || ctx.openOrders().length > 0)
          return
        const width = band.upper - band.lower
        const parts = {
          trend: ef > es ? 1 : -1,
          rsi: Math.max(-1, Math.min(1, (r - 50) / 25)),
          macd: Math.sign(m.histogram),
          bands: width > 0 ? Math.max(-1, Math.min(1, ((bar.close - band.middle) / width) * 2)) : 0,
          pattern: Math.max(-1, Math.min(1, pattern)),
        }
        const score =
          W.trend * parts.trend +
          W.rsi * parts.rsi +
          W.macd * parts.macd +
          W.bands * parts.bands +
          W.pattern * parts.pattern
        if (Math.abs(score) < p.threshold! || (score < 0 && !env.allowShort)) return
        const side = score > 0 ? 'buy' : 'sell'
        const dir = score > 0 ? 1 : -1
        const stopDistance = p.atrStop! * a
        const stopLoss = bar.close - dir * stopDistance
        const takeProfit = bar.close + dir * stopDistance * p.rewardRisk!
        if (!(stopLoss > 0) || !(stopDistance > 0)) return
        const instrument = ctx.instrument()
        const amount = fixedFractionalSize({
          equity: ctx.account().equity,
          riskFraction: p.riskFraction!,
          stopDistance: stopDistance.toPrecision(15),
          ...(instrument ? { instrument } : {}),
        })
        if (!amount.gt(0)) return
        const reasons = Object.entries(parts).map(([k, v]) => `${k} ${v >= 0 ? '+' : ''}${v.toFixed(2)}`)
        ctx.emitSignal({
          id: `${env.symbol}-${++seq}`,
          symbol: env.symbol,
          side,
          confidence: Math.min(1, Math.abs(score)),
          entry: bar.close,
          stopLoss: stopLoss.toPrecision(12),
          takeProfit: takeProfit.toPrecision(12),
          timeframe: env.timeframe,
          reasons,
          timestamp: ctx.time,
          status: 'executed',
        })
        ctx.submit({
          symbol: env.symbol,
          side,
          type: 'market',
          amount,
          stopLoss: { price: stopLoss.toPrecision(12) },
          takeProfit: { price: takeProfit.toPrecision(12) },
        })
      },
    }
  },
}
